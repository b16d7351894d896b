// The status timeline, oldest first: every status change and every change of mentor, with its
// date, who recorded it and the explanation given.
import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import type { TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { Part } from '../../kit/Part';
import { timelineKind } from './trajectory';

export function TimelineSection({ view }: { view: TrajectoryView }) {
  const { t } = useTranslation();
  const status = (s: string) => t(`common:mentorExport.labels.status.${s}`);
  return (
    <Part id="tijdlijn" title={t('trajectories.timeline.heading')}>
      <Box component="ol" aria-labelledby="tijdlijn-kop" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {view.timeline.map((entry, index) => {
          const kind = timelineKind(entry);
          const title =
            kind === 'opened'
              ? t('trajectories.timeline.opened')
              : kind === 'mentor'
                ? t('trajectories.timeline.mentorChanged', { naam: entry.mentor?.naam ?? '' })
                : t('trajectories.timeline.changed', { from: status(entry.from ?? ''), to: status(entry.to) });
          return (
            <Box
              component="li"
              key={index}
              sx={{
                display: 'grid',
                gridTemplateColumns: { xs: '1fr', sm: '120px 1fr' },
                gap: 1.5,
                py: 1,
                borderTop: 1,
                borderColor: 'divider',
                '&:first-of-type': { borderTop: 0 },
              }}
            >
              <Typography sx={{ fontVariantNumeric: 'tabular-nums' }}>{formatDate(entry.datum)}</Typography>
              <Box>
                <Typography component="h3" sx={{ fontWeight: 600, fontSize: '1rem' }}>
                  {title}
                </Typography>
                {kind === 'status' && entry.to === 'gematcht' && entry.mentor ? (
                  <Typography variant="body2">
                    {t('trajectories.timeline.withMentor', { naam: entry.mentor.naam })}
                  </Typography>
                ) : null}
                {entry.toelichting ? (
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                    {entry.toelichting}
                  </Typography>
                ) : null}
                {entry.door ? (
                  <Typography variant="body2" color="text.secondary">
                    {t('trajectories.timeline.by', { naam: entry.door })}
                  </Typography>
                ) : null}
              </Box>
            </Box>
          );
        })}
      </Box>
    </Part>
  );
}
