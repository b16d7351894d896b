// Meetings kept on this laptop for offline minutes whose copy cannot be opened: the key slot file
// beside it is damaged (src-main/team/offline-store.ts), so no password opens it. Said before a
// log-in, online and offline, so the notulist does not take the copy's absence for lost work or
// check the meeting out again; the copy is kept for the beheerder. Both log-in screens show it
// (LoginScreen, ProblemScreen), hence the kit.
import { Alert, AlertTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../src-shared/ipc/session';

/** The damaged copies' slot files, as the beheerder finds them in the data folder's `offline/`. */
export function damagedCopyFiles(status: VaultStatus | null | undefined): string[] {
  return (status?.team?.damagedCopies ?? []).map((meetingId) => `overleg-${meetingId}.slot.json`);
}

export function DamagedCopiesNotice({ status }: { status: VaultStatus | null | undefined }) {
  const { t } = useTranslation();
  const files = damagedCopyFiles(status);
  if (files.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>{t('damagedCopies.title')}</AlertTitle>
      {t('damagedCopies.body', { files: files.join(', ') })}
    </Alert>
  );
}
