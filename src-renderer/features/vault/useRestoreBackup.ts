// Restoring a backup, where nobody can log in (this feature) and from the back-up page (a beheerder
// in a session). Core opens the file dialog, checks the backup and swaps it in: the session is then
// over and the login screen says why. Closing the file dialog without a file changes nothing.
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../kit/notices';
import { useSession } from '../../kit/session';

/** `restore` is the call to core (`vault:restore-backup` or `backup:restore`) with the form's values. */
export function useRestoreBackup(restore: () => Promise<{ restored: boolean }>) {
  const { t } = useTranslation();
  const session = useSession();
  const notice = useNotice();
  return useMutation({
    mutationFn: restore,
    onSuccess: ({ restored }) => {
      if (restored) session.sessionEnded('restored');
      else notice.info(t('restore.noFileChosen'));
    },
  });
}
