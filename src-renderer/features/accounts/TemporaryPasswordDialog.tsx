// The temporary password, shown once, large and in groups so it can be read out or written down
// without mistakes. No copy button on purpose: the password goes to one person, in person or by
// phone, not through the clipboard into a mail. Core keeps no readable copy.
import { Alert, Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../src-shared/ipc/accounts';
import { InfoDialog } from '../../kit/InfoDialog';

interface TemporaryPasswordDialogProps {
  account: AccountSummary;
  password: string;
  reason: 'created' | 'reset';
  onClose: () => void;
}

export function TemporaryPasswordDialog({ account, password, reason, onClose }: TemporaryPasswordDialogProps) {
  const { t } = useTranslation();
  return (
    <InfoDialog
      titleId="tijdelijk-titel"
      describedBy="tijdelijk-uitleg"
      title={t('accounts.temporary.title', { name: account.displayName })}
      closeLabel={t('accounts.temporary.done')}
      onClose={onClose}
    >
      <Typography id="tijdelijk-uitleg" sx={{ mb: 2 }}>
        {reason === 'created'
          ? t('accounts.temporary.created', { name: account.displayName, username: account.username })
          : t('accounts.temporary.reset', { name: account.displayName, username: account.username })}
      </Typography>
      <Typography sx={{ fontWeight: 600, mb: 1 }} id="tijdelijk-label">
        {t('accounts.temporary.label')}
      </Typography>
      <Box
        data-testid="tijdelijk-wachtwoord"
        aria-labelledby="tijdelijk-label"
        role="group"
        sx={{
          fontFamily: '"DejaVu Sans Mono", Consolas, "Courier New", monospace',
          fontSize: '1.75rem',
          fontWeight: 600,
          letterSpacing: '0.08em',
          p: 2,
          mb: 2,
          textAlign: 'center',
          border: '2px solid',
          borderColor: 'primary.main',
          borderRadius: 1,
          overflowWrap: 'anywhere',
        }}
      >
        {password}
      </Box>
      <Alert severity="info">{t('accounts.temporary.explain', { name: account.displayName })}</Alert>
    </InfoDialog>
  );
}
