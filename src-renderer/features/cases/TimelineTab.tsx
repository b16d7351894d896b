// Everything that happened in the casus, newest first: signals, wegingen, status changes, actions,
// monitoring and notes, each with when, who and what.
import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import EventAvailableOutlined from '@mui/icons-material/EventAvailableOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import FlagOutlined from '@mui/icons-material/FlagOutlined';
import NoteAltOutlined from '@mui/icons-material/NoteAltOutlined';
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import type { SvgIconComponent } from '@mui/icons-material';
import { Box, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CaseDossier, TimelineKind } from '../../../src-shared/ipc/cases';
import { useReferenceData } from '../lists';
import { formatMoment, timelineTitle } from './labels';

const ICONS: Record<TimelineKind, SvgIconComponent> = {
  signaal: FlagOutlined,
  weging: FactCheckOutlined,
  status: SwapHorizOutlined,
  actie: AssignmentOutlined,
  monitoring: EventAvailableOutlined,
  notitie: NoteAltOutlined,
};

export function TimelineTab({ dossier }: { dossier: CaseDossier }) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="tijdlijn-kop" sx={{ p: 2 }}>
      <Typography variant="h2" id="tijdlijn-kop" sx={{ mb: 1 }}>
        {t('cases.timeline.heading')}
      </Typography>
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {dossier.timeline.map((item) => {
          const Icon = ICONS[item.kind];
          return (
            <Box
              component="li"
              key={`${item.kind}-${item.ref}`}
              sx={{
                display: 'grid',
                gridTemplateColumns: '32px 1fr',
                gap: 1.5,
                py: 1.25,
                borderTop: 1,
                borderColor: 'divider',
                '&:first-of-type': { borderTop: 0 },
              }}
            >
              <Icon aria-hidden sx={{ color: 'primary.main', mt: 0.25 }} />
              <Box sx={{ minWidth: 0 }}>
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'baseline' }}>
                  <Typography component="h3" sx={{ fontWeight: 600, fontSize: '1rem' }}>
                    {timelineTitle(t, reference, item)}
                  </Typography>
                  <Typography component="span" variant="body2" color="text.secondary">
                    {item.door
                      ? t('cases.timeline.when', { at: formatMoment(item.at), name: item.door })
                      : formatMoment(item.at)}
                  </Typography>
                </Box>
                {item.text ? (
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {item.text}
                  </Typography>
                ) : null}
              </Box>
            </Box>
          );
        })}
      </Box>
    </Paper>
  );
}
