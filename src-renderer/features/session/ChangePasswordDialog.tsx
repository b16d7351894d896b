// "Wachtwoord wijzigen" from the user menu.
import { Button, Dialog, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../kit/notices';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSession } from '../../kit/session';

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const notice = useNotice();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="wachtwoord-titel" maxWidth="sm" fullWidth>
      <DialogTitle id="wachtwoord-titel">{t('changePassword.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('changePassword.intro')}</DialogContentText>
        <ChangePasswordForm
          autoFocus
          onDone={() => {
            notice.success(t('changePassword.done'));
            onClose();
            void session.refresh();
          }}
          actions={<Button onClick={onClose}>{t('actions.cancel')}</Button>}
        />
      </DialogContent>
    </Dialog>
  );
}
