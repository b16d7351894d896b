// What is due for the person logged in, in five sections, the most urgent first. Each item opens
// the dossier on the tab where the work is done. Read afresh on every visit: it is a to-do list.
// A section shows only to whom may do its work (the notulist reads cases but weighs no signal and
// plans no action, so she sees none of them: her part is her meetings, MeetingsNext).
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import { Alert, Box, Paper, Skeleton, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, isoDay } from '../../../src-shared/domain/format';
import type { CaseState } from '../../../src-shared/domain/casus';
import type { ChannelName } from '../../../src-shared/ipc/contract';
import type { ReferenceData } from '../../../src-shared/ipc/lists';
import { canUse } from '../../../src-shared/ipc/permissions';
import type { MyWork, WorkItem } from '../../../src-shared/ipc/work';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { useSession } from '../../kit/session';
import { listLabel, useReferenceData } from '../lists';
import { WorkSection, type WorkLine } from './WorkSection';

const DAY = 24 * 60 * 60 * 1000;

/** Whole days from a calendar date to today (positive when it lies in the past). */
function daysSince(day: string, today: string): number {
  const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((utc(today) - utc(day)) / DAY);
}

type SectionKey = keyof MyWork;

interface SectionSpec {
  key: SectionKey;
  /** The dossier tab where this work is done. */
  tab: string;
  /** The channel that does this work: without it, the section is not this person's to-do. */
  does: ChannelName;
  line(item: WorkItem, t: TFunction, reference: ReferenceData | undefined, today: string): WorkLine;
}

const SECTIONS: readonly SectionSpec[] = [
  {
    key: 'overdueActions',
    tab: 'plan',
    does: 'cases:save-action',
    line: (item, t, _reference, today) => {
      const days = daysSince(item.date, today);
      const date = formatDate(item.date);
      return {
        what: item.text,
        when: days === 1 ? t('work.deadlineLateOne', { date }) : t('work.deadlineLate', { date, days }),
        urgent: true,
      };
    },
  },
  {
    key: 'dueSoonActions',
    tab: 'plan',
    does: 'cases:save-action',
    line: (item, t) => ({ what: item.text, when: t('work.deadline', { date: formatDate(item.date) }) }),
  },
  {
    key: 'monitoringDue',
    tab: 'monitoring',
    does: 'cases:record-monitoring',
    line: (item, t) => ({ what: t('work.monitoringWhat'), when: t('work.planned', { date: formatDate(item.date) }) }),
  },
  {
    key: 'awaitingWeging',
    tab: 'signalen',
    does: 'signals:weigh',
    line: (item, t, reference) => ({
      what: t('work.signalWhat', { ideologie: listLabel(reference, 'ideologie', item.text) }),
      when: t('work.received', { date: formatDate(item.date) }),
    }),
  },
  {
    key: 'casesWithoutPlan',
    tab: 'plan',
    does: 'cases:save-action',
    line: (item, t) => ({
      what: t('work.noPlanWhat', { state: t(`common:caseStates.${item.text as CaseState}`) }),
      when: t('work.updated', { date: formatDate(item.date) }),
    }),
  },
];

/** The sections whose work this account may do. */
export function sectionsFor(user: Parameters<typeof canUse>[1]): readonly SectionSpec[] {
  return SECTIONS.filter((section) => canUse(section.does, user));
}

export function WorkOverview() {
  const { user } = useSession();
  const sections = sectionsFor(user);
  return sections.length === 0 ? null : <WorkSections sections={sections} />;
}

function WorkSections({ sections }: { sections: readonly SectionSpec[] }) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const work = useBridgeQuery('work:mine', {}, { staleTime: 0 });
  if (work.isPending) return <Skeleton variant="rectangular" height={240} />;
  if (work.isError) return <Alert severity="error">{describeError(t, work.error)}</Alert>;
  const today = isoDay(new Date());
  const total = sections.reduce((sum, section) => sum + work.data[section.key].length, 0);
  if (total === 0) {
    return (
      <Paper variant="outlined" sx={{ p: 4, maxWidth: 720 }} component="section" aria-labelledby="mijn-werk-leeg">
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
          <TaskAltOutlined sx={{ fontSize: 40, color: 'success.main' }} aria-hidden />
          <Box>
            <Typography variant="h2" id="mijn-werk-leeg" sx={{ mb: 1 }}>
              {t('home.emptyTitle')}
            </Typography>
            <Typography color="text.secondary">{t('home.emptyBody')}</Typography>
          </Box>
        </Box>
      </Paper>
    );
  }
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}>
      {sections.map((section) => (
        <WorkSection
          key={section.key}
          id={`werk-${section.key}`}
          title={t(`work.sections.${section.key}.title`)}
          empty={t(`work.sections.${section.key}.empty`)}
          tab={section.tab}
          items={work.data[section.key]}
          line={(item) => section.line(item, t, reference.data, today)}
        />
      ))}
    </Box>
  );
}
