// Matching: the mentor of the trajectory and, while it is open, the suggested mentors (inzetbaar,
// with a place left; own ZVH region first, then most places left) with the reasons, each with a
// button to assign. Once matched, another mentor can be chosen the same way. An assignment typed
// and not saved at a lock opens its dialog again after the unlock.
import { Alert, Box, Button, Skeleton, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorSuggestion } from '../../../src-shared/domain/mentoring';
import type { TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { regionName, useReferenceData } from '../lists';
import { AssignDialog } from './AssignDialog';
import { heldMentor } from './heldDrafts';
import { Part } from '../../kit/Part';
import { isOpen, matchReasons, type MatchReason } from './trajectory';

export function MatchSection({ view }: { view: TrajectoryView }) {
  const { t } = useTranslation();
  const open = isOpen(view.status);
  const [choosing, setChoosing] = useState(view.status === 'aangemeld');
  // The mentor whose assignment was typed and not saved at a lock: its dialog opens again.
  const [assigning, setAssigning] = useState<MentorSuggestion | null>(() => heldMentor(view.id));
  return (
    <Part
      id="matching"
      title={t('trajectories.match.heading')}
      action={
        open && view.mentor && !choosing ? (
          <Button variant="outlined" onClick={() => setChoosing(true)}>
            {t('trajectories.match.other')}
          </Button>
        ) : null
      }
    >
      <Typography sx={{ mb: open && choosing ? 2 : 0 }}>
        {view.mentor ? t('trajectories.match.current', { naam: view.mentor.naam }) : t('trajectories.match.none')}
      </Typography>
      {open && choosing ? <Suggestions view={view} onAssign={setAssigning} /> : null}
      {assigning ? (
        <AssignDialog
          view={view}
          mentor={assigning}
          onClose={(done) => {
            setAssigning(null);
            if (done) setChoosing(false);
          }}
        />
      ) : null}
    </Part>
  );
}

function reasonText(t: (key: string, options?: Record<string, unknown>) => string, reason: MatchReason): string {
  return reason.key === 'free'
    ? t('trajectories.match.reason.free', { count: reason.count, capacity: reason.capacity })
    : t(`trajectories.match.reason.${reason.key}`);
}

function Suggestions({ view, onAssign }: { view: TrajectoryView; onAssign: (mentor: MentorSuggestion) => void }) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const matches = useBridgeQuery('trajectories:matches', { trajectoryId: view.id });
  const header = (column: string) => t(`trajectories.match.columns.${column}`);
  const columns: DataColumn<MentorSuggestion>[] = [
    { key: 'mentor', header: header('mentor'), cell: (mentor) => mentor.naam, rowHeader: true },
    {
      key: 'region',
      header: header('region'),
      cell: (mentor) => regionName(reference, mentor.regionId),
      priority: 2,
    },
    {
      key: 'places',
      header: header('places'),
      cell: (mentor) => t('trajectories.match.places', { free: mentor.free, capacity: mentor.capacity }),
    },
    {
      key: 'why',
      header: header('why'),
      cell: (mentor) =>
        matchReasons(mentor)
          .map((reason) => reasonText(t, reason))
          .join(' · '),
      priority: 3,
    },
    {
      key: 'assign',
      header: t('trajectories.match.columns.assign'),
      headerHidden: true,
      alignRight: true,
      cell: (mentor) => (
        <Button
          variant="contained"
          size="small"
          aria-label={t('trajectories.match.assignNamed', { naam: mentor.naam })}
          onClick={() => onAssign(mentor)}
        >
          {t('trajectories.match.assign')}
        </Button>
      ),
    },
  ];
  if (matches.error) return <Alert severity="error">{describeError(t, matches.error)}</Alert>;
  if (matches.isPending) return <Skeleton variant="rectangular" height={120} />;
  if (matches.data.length === 0) return <Alert severity="info">{t('trajectories.match.noSuggestions')}</Alert>;
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" id="suggesties-uitleg" sx={{ mb: 1 }}>
        {t('trajectories.match.explain')}
      </Typography>
      <DataTable
        columns={columns}
        rows={matches.data}
        rowKey={(mentor) => mentor.id}
        label={t('trajectories.match.table')}
        describedBy="suggesties-uitleg"
      />
    </Box>
  );
}
