// Restoring a backup replaces everything in the database with the backup's contents. The dialog
// says what that means, asks for the password (as it was in the backup) and for HERSTELLEN typed
// out. Core then opens the file dialog, checks the backup, swaps it in and ends the session.
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src-shared/ipc/contract';
import { RESTORE_CONFIRMATION } from '../../../src-shared/ipc/backup';
import { call } from '../../kit/bridge';
import { fieldProps, FormAlert, submitHandler, useCheckOnSend, validate } from '../../kit/forms';
import { PasswordField } from '../../kit/PasswordField';
import { useRestoreBackup } from '../vault';

export function RestoreDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { errors, form, passes, refused } = useCheckOnSend(() =>
    validate(contract['backup:restore'].input, { password, confirmation: confirmation.trim() }),
  );
  const restore = useRestoreBackup(() =>
    call('backup:restore', { password, confirmation: confirmation as typeof RESTORE_CONFIRMATION }),
  );

  return (
    <Dialog open onClose={onClose} aria-labelledby="herstel-titel" maxWidth="sm" fullWidth>
      <form onSubmit={submitHandler({ passes, refused }, restore)} noValidate ref={form}>
        <DialogTitle id="herstel-titel">{t('backup.restore.dialogTitle')}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            <Typography sx={{ fontWeight: 600, mb: 1 }}>{t('backup.restore.consequencesTitle')}</Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              <li>{t('backup.restore.consequenceReplace')}</li>
              <li>{t('backup.restore.consequenceLost')}</li>
              <li>{t('backup.restore.consequenceKept')}</li>
              <li>{t('backup.restore.consequenceLogin')}</li>
            </Box>
          </Alert>
          <FormAlert error={restore.error} />
          <Stack spacing={2.5}>
            <PasswordField
              label={t('backup.restore.password')}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              autoComplete="current-password"
              required
              autoFocus
              fullWidth
              {...fieldProps(t, errors, 'password', t('backup.restore.passwordHint'))}
            />
            <TextField
              label={t('backup.restore.confirmation', { word: RESTORE_CONFIRMATION })}
              value={confirmation}
              onChange={(event) => setConfirmation(event.target.value)}
              required
              fullWidth
              autoComplete="off"
              slotProps={{ htmlInput: { spellCheck: false } }}
              {...fieldProps(t, errors, 'confirmation')}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" color="error" loading={restore.isPending} loadingPosition="start">
            {t('backup.restore.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
