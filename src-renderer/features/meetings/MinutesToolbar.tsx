// The bar above the item being minuted, kept in view while scrolling: previous and next item, the
// item timer (spent against planned) with its start/pause button, and the autosave status.
import NavigateBeforeOutlined from '@mui/icons-material/NavigateBeforeOutlined';
import NavigateNextOutlined from '@mui/icons-material/NavigateNextOutlined';
import PauseOutlined from '@mui/icons-material/PauseOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import { Box, Button, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AutosaveState } from '../../kit/autosave';
import { formatTimer } from './minutes';
import { SaveStatus } from './SaveStatus';
import { APP_BAR_COVER } from '../../kit/AppBarSpacer';

export interface MinutesToolbarProps {
  /** The item on screen (0-based) and how many there are. */
  index: number;
  total: number;
  onGo: (index: number) => void;
  spentSeconds: number;
  plannedMinutes: number;
  running: boolean;
  onToggleTimer: () => void;
  /** Read-only minutes have no timer button and no save status. */
  readOnly: boolean;
  save: { state: AutosaveState | undefined; onRetry: () => void; local: boolean };
}

export function MinutesToolbar(props: MinutesToolbarProps) {
  const { t } = useTranslation();
  const { index, total, onGo, running, readOnly, save } = props;
  return (
    <Paper
      variant="outlined"
      sx={{
        p: 1.5,
        mb: 2,
        display: 'flex',
        gap: 2,
        alignItems: 'center',
        flexWrap: 'wrap',
        position: 'sticky',
        // Just below the fixed app bar, whatever its height (the demo banner, a wrapped bar).
        top: `calc(${APP_BAR_COVER} + 8px)`,
        zIndex: 2,
      }}
    >
      <Button startIcon={<NavigateBeforeOutlined aria-hidden />} onClick={() => onGo(index - 1)} disabled={index === 0}>
        {t('meetings.minutes.previous')}
      </Button>
      <Button
        endIcon={<NavigateNextOutlined aria-hidden />}
        onClick={() => onGo(index + 1)}
        disabled={index === total - 1}
      >
        {t('meetings.minutes.next')}
      </Button>
      <Typography data-testid="punttimer" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {t('meetings.minutes.timer', {
          spent: formatTimer(props.spentSeconds),
          planned: formatTimer(props.plannedMinutes * 60),
        })}
      </Typography>
      {readOnly ? null : (
        <Button
          variant="outlined"
          size="small"
          onClick={props.onToggleTimer}
          startIcon={running ? <PauseOutlined aria-hidden /> : <PlayArrowOutlined aria-hidden />}
        >
          {running ? t('meetings.minutes.pauseTimer') : t('meetings.minutes.startTimer')}
        </Button>
      )}
      <Box sx={{ ml: 'auto' }}>
        {readOnly ? null : <SaveStatus state={save.state} onRetry={save.onRetry} local={save.local} />}
      </Box>
    </Paper>
  );
}
