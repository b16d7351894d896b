// The signals of the casus, newest first, each with its wegingen and, while it waits for one, the
// form to weigh it.
import { Box } from '@mui/material';
import type { CaseDossier } from '../../../src-shared/ipc/cases';
import { SignalCard } from './SignalCard';

export function SignalsTab({ dossier }: { dossier: CaseDossier }) {
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {dossier.signals.map((signal) => (
        <SignalCard key={signal.id} dossier={dossier} signal={signal} />
      ))}
    </Box>
  );
}
