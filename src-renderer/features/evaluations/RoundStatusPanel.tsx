// The round's status on its set-up page: what it is, what that means, and the one button that
// moves it on (concept → open → gesloten, and gesloten → open again).
import { Button, Paper, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundStatus } from '../../../src-shared/domain/evaluations';
import type { RoundView } from '../../../src-shared/ipc/evaluations';
import { call } from '../../kit/bridge';
import { useNotice } from '../../kit/notices';

/** The next status a round can get from the buttons, and the label's key. */
const NEXT: Record<RoundStatus, { status: RoundStatus; action: string }> = {
  concept: { status: 'open', action: 'open' },
  open: { status: 'gesloten', action: 'close' },
  gesloten: { status: 'open', action: 'reopen' },
};

export function RoundStatusPanel({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const next = NEXT[round.status];
  async function change() {
    setBusy(true);
    try {
      const saved = await call('evaluations:set-round-status', { id: round.id, status: next.status });
      await queryClient.invalidateQueries();
      notice.success(t('evaluations.roundSetup.statusChanged', { status: t(`evaluations.status.${saved.status}`) }));
    } catch (error) {
      notice.error(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Paper
      component="section"
      aria-labelledby="ronde-status"
      sx={{ p: 2, mb: 3, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}
    >
      <Typography variant="h2" id="ronde-status" sx={{ fontSize: '1.15rem', flex: 1 }}>
        {t('evaluations.roundSetup.status', { status: t(`evaluations.status.${round.status}`) })}
      </Typography>
      <Typography color="text.secondary" sx={{ flexBasis: '100%', order: 3 }}>
        {t(`evaluations.roundSetup.statusHelp.${round.status}`)}
      </Typography>
      <Button variant="contained" loading={busy} loadingPosition="start" onClick={() => void change()}>
        {t(`evaluations.roundSetup.action.${next.action}`)}
      </Button>
    </Paper>
  );
}
