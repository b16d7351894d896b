// Beside the minutes of an agenda item about a casus: its background for the notulist (issue 21
// item 8) — the signal, the latest weging and what earlier meetings decided. Compact and folded
// open or shut by the notulist (the choice holds for the next items too). Core decides what may be
// shown (meetings:item-context); a withheld or general item never asks.
import ExpandLessOutlined from '@mui/icons-material/ExpandLessOutlined';
import ExpandMoreOutlined from '@mui/icons-material/ExpandMoreOutlined';
import { Box, Button, Paper, Skeleton, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import { BridgeFailure, describeError, useBridgeQuery } from '../../kit/bridge';
import { listLabel, useReferenceData } from '../lists';

const lineSx = { display: 'block', typography: 'body2', mt: 0.5 } as const;

export function ItemContextPanel({ itemId, open, onToggle }: { itemId: number; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const reference = useReferenceData().data;
  const context = useBridgeQuery('meetings:item-context', { itemId });
  const body = () => {
    if (context.isPending) return <Skeleton variant="rectangular" height={60} />;
    if (context.isError) {
      // Offline (a meeting kept on this workstation): the background is the server's; nothing was typed here.
      const offline = context.error instanceof BridgeFailure && context.error.error.code === 'NO_CONNECTION';
      return (
        <Typography variant="body2">
          {offline ? t('meetings.minutes.context.offline') : describeError(t, context.error)}
        </Typography>
      );
    }
    const { signal, wegingen, earlier } = context.data;
    if (!signal && wegingen.length === 0 && earlier.length === 0)
      return <Typography variant="body2">{t('meetings.minutes.context.nothing')}</Typography>;
    return (
      <>
        {signal ? (
          <Box sx={lineSx}>
            <strong>
              {t('meetings.minutes.context.signal', {
                date: formatDate(signal.ontvangen),
                partner: listLabel(reference, 'partner', signal.melderPartner),
                ideologie: listLabel(reference, 'ideologie', signal.ideologie),
                ernst: listLabel(reference, 'ernst', signal.ernst),
              })}
            </strong>{' '}
            {signal.omschrijving}
          </Box>
        ) : null}
        {wegingen.map((weging, i) => (
          <Box key={`w${i}`} sx={lineSx}>
            <strong>
              {t('meetings.minutes.context.weging', {
                date: formatDate(weging.datum),
                besluit: listLabel(reference, 'besluit', weging.besluit),
              })}
            </strong>{' '}
            {weging.motivering}
          </Box>
        ))}
        {earlier.map((meeting) => (
          <Box key={meeting.meetingId} sx={lineSx}>
            <strong>
              {t('meetings.minutes.context.earlier', { title: meeting.title, date: formatDate(meeting.datum) })}
            </strong>{' '}
            {meeting.besluiten.length ? meeting.besluiten.join(' · ') : t('meetings.minutes.context.noBesluiten')}
          </Box>
        ))}
      </>
    );
  };
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={`${id}-kop`}
      sx={{ px: 2, py: 1, mb: 2, bgcolor: 'grey.50' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="h3" id={`${id}-kop`} sx={{ fontSize: '1rem', flex: 1 }}>
          {t('meetings.minutes.context.title')}
        </Typography>
        <Button
          size="small"
          onClick={onToggle}
          aria-expanded={open}
          aria-controls={`${id}-inhoud`}
          endIcon={open ? <ExpandLessOutlined aria-hidden /> : <ExpandMoreOutlined aria-hidden />}
        >
          {open ? t('meetings.minutes.context.hide') : t('meetings.minutes.context.show')}
        </Button>
      </Box>
      <Box id={`${id}-inhoud`} hidden={!open} sx={{ pb: 1 }}>
        {open ? body() : null}
      </Box>
    </Paper>
  );
}
