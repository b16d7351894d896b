// The autosave state of the item on screen: "Opslaan…", "Opgeslagen hh:mm:ss", or an error that
// says the text is kept on screen and will be saved again. Announced politely; errors as alerts.
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import { Box, Button, CircularProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../src-shared/domain/format';
import { describeError } from '../../kit/bridge';
import type { AutosaveState } from '../../kit/autosave';

/** Room for the widest of "Wordt automatisch opgeslagen", "Opslaan…" and "Opgeslagen hh:mm:ss". */
const STATUS_WIDTH = '15rem';
/** The same with "Opgeslagen op deze werkplek hh:mm:ss" (a meeting kept on this workstation). */
const LOCAL_STATUS_WIDTH = '19rem';

/**
 * `local`: the meeting is kept on this workstation (checked out for offline minutes, issue 19), so
 * a save lands in its copy here, not yet on the server: the status says so.
 */
export function SaveStatus({
  state,
  onRetry,
  local = false,
}: {
  state: AutosaveState | undefined;
  onRetry: () => void;
  local?: boolean;
}) {
  const { t } = useTranslation();
  const status = state?.status ?? 'idle';
  if (status === 'error')
    return (
      <Box role="alert" sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'error.main' }}>
        <ErrorOutlined aria-hidden fontSize="small" />
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {t('meetings.minutes.saveFailed', { reason: describeError(t, state?.error) })}
        </Typography>
        <Button size="small" color="error" onClick={onRetry}>
          {t('meetings.minutes.retry')}
        </Button>
      </Box>
    );
  return (
    // One width for every state, so the bar around it never wraps differently when a save starts or
    // ends and the text field below stays where the notulist is typing.
    <Box
      role="status"
      data-testid="opslagstatus"
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        gap: 1,
        minHeight: 30,
        // A narrow window (WCAG 1.4.10) has no room for the reserved width: the text wraps there.
        minWidth: { xs: 0, sm: local ? LOCAL_STATUS_WIDTH : STATUS_WIDTH },
        whiteSpace: { xs: 'normal', sm: 'nowrap' },
      }}
    >
      {status === 'pending' || status === 'saving' ? (
        <>
          <CircularProgress size={14} aria-hidden />
          <Typography variant="body2">{t('meetings.minutes.saving')}</Typography>
        </>
      ) : state?.savedAt ? (
        <>
          <CheckCircleOutlined aria-hidden fontSize="small" color="success" />
          <Typography variant="body2">
            {t(local ? 'meetings.minutes.savedLocallyAt' : 'meetings.minutes.savedAt', {
              time: formatTime(state.savedAt),
            })}
          </Typography>
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('meetings.minutes.autosaveHint')}
        </Typography>
      )}
    </Box>
  );
}
