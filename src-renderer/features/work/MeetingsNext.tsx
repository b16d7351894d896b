// The notulist's part of Mijn werk: her meetings, from the channels the meetings pages use
// (meetings:list, offline:list), not from work:mine. Three lists: the meetings that come (today's
// first), the meetings held whose minutes are still concept (to finish, for the chair to
// vaststellen), and the meetings checked out to this workstation. Hers are those she takes the
// minutes of or chairs, and those without a notulist yet (someone must take them); the meetings
// page lists every meeting of her regions.
import { Alert, Skeleton } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate, isoDay } from '../../../src-shared/domain/format';
import type { MeetingSummary } from '../../../src-shared/ipc/meetings';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { useSession } from '../../kit/session';
import { NextGrid, NextSection, type NextEntry } from './NextSection';

/** How many coming meetings the start page lists (the meetings page has them all). */
const COMING = 5;

/** The meetings split by what the notulist does next; pure, so the rule is tested on its own. */
export function meetingsNext(meetings: readonly MeetingSummary[], today: string, me: number) {
  const hers = (meeting: MeetingSummary) =>
    meeting.notulistId === me || meeting.voorzitterId === me || meeting.notulistId === null;
  const concept = meetings.filter((meeting) => meeting.status === 'concept' && hers(meeting));
  const byTime = (a: MeetingSummary, b: MeetingSummary) =>
    a.datum.localeCompare(b.datum) || a.starttijd.localeCompare(b.starttijd);
  return {
    coming: concept
      .filter((meeting) => meeting.datum >= today)
      .sort(byTime)
      .slice(0, COMING),
    toFinish: concept.filter((meeting) => meeting.datum < today).sort(byTime),
  };
}

export function MeetingsNext() {
  const { t } = useTranslation();
  const { user } = useSession();
  const meetings = useBridgeQuery('meetings:list', { from: null, to: null }, { staleTime: 0 });
  const copies = useBridgeQuery('offline:list', {}, { staleTime: 0 });
  if (meetings.isPending) return <Skeleton variant="rectangular" height={200} sx={{ mb: 3 }} />;
  if (meetings.isError) return <Alert severity="error">{describeError(t, meetings.error)}</Alert>;
  const today = isoDay(new Date());
  const { coming, toFinish } = meetingsNext(meetings.data, today, user?.id ?? 0);
  const when = (meeting: MeetingSummary) =>
    meeting.datum === today
      ? t('work.meetings.today', { time: meeting.starttijd })
      : t('work.meetings.on', { date: formatDate(meeting.datum), time: meeting.starttijd });
  const comingEntries: NextEntry[] = coming.map((meeting) => ({
    key: `komt-${meeting.id}`,
    to: `/overleggen/${meeting.id}`,
    title: meeting.title,
    what: t('work.meetings.items', { count: meeting.items }),
    when: when(meeting),
  }));
  const finishEntries: NextEntry[] = toFinish.map((meeting) => ({
    key: `af-${meeting.id}`,
    to: `/overleggen/${meeting.id}/notuleren`,
    title: meeting.title,
    what: t('work.meetings.finish'),
    when: t('work.meetings.held', { date: formatDate(meeting.datum) }),
    urgent: true,
  }));
  const copyEntries: NextEntry[] = (copies.data ?? []).map((copy) => ({
    key: `kopie-${copy.meetingId}`,
    to: `/overleggen/${copy.meetingId}`,
    title: copy.title,
    what: copy.changed ? t('work.meetings.copyChanged') : t('work.meetings.copy'),
    when: t('work.meetings.until', { date: formatDate(copy.expiresAt.slice(0, 10)) }),
    urgent: copy.changed,
  }));
  return (
    <NextGrid>
      <NextSection
        id="werk-overleggen"
        title={t('work.meetings.coming')}
        empty={t('work.meetings.comingEmpty')}
        entries={comingEntries}
      />
      <NextSection
        id="werk-notulen"
        title={t('work.meetings.toFinish')}
        empty={t('work.meetings.toFinishEmpty')}
        entries={finishEntries}
      />
      {copyEntries.length > 0 ? (
        <NextSection
          id="werk-uitgecheckt"
          title={t('work.meetings.copies')}
          empty={t('work.meetings.copiesEmpty')}
          entries={copyEntries}
        />
      ) : null}
    </NextGrid>
  );
}
