// Beheer > Back-up, "Controle van de database": the last full check of the database file (it runs
// in the background after a log-in, and a restore counts the check of its backup). A fault is a
// clear warning with what to do: put back a backup from before the damage. A PostgreSQL store has
// no file here: its checks are the server's database administrator's.
import { Alert, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../src-shared/domain/format';
import type { DatabaseCheckStatus } from '../../../src-shared/ipc/backup';
import { useBridgeQuery } from '../../kit/bridge';
import { FormAlert } from '../../kit/forms';

export function DatabaseCheckView({ status }: { status: DatabaseCheckStatus }) {
  const { t } = useTranslation();
  if (status.engine === 'postgres') {
    return <Alert severity="info">{t('backup.check.server')}</Alert>;
  }
  const last = status.last;
  return (
    <>
      {last === null ? (
        <Alert severity="info">{t('backup.check.none')}</Alert>
      ) : last.outcome === 'ok' ? (
        <Alert severity="success">
          {t(last.trigger === 'herstel' ? 'backup.check.okRestore' : 'backup.check.ok', {
            at: formatDateTime(last.checkedAt),
          })}
        </Alert>
      ) : (
        <Alert severity="error" role="alert">
          <Typography sx={{ fontWeight: 600, mb: 1 }}>
            {t('backup.check.faultTitle', { at: formatDateTime(last.checkedAt) })}
          </Typography>
          <Typography>{t('backup.check.faultWhat')}</Typography>
        </Alert>
      )}
      {status.running ? <Typography sx={{ mt: 1 }}>{t('backup.check.running')}</Typography> : null}
    </>
  );
}

export function DatabaseCheck() {
  const { t } = useTranslation();
  // The check may finish while the page is open: look again now and then while it runs.
  const status = useBridgeQuery(
    'backup:check-status',
    {},
    { staleTime: 0, refetchInterval: (query) => (query.state.data?.running ? 2000 : false) },
  );
  return (
    <Paper variant="outlined" component="section" aria-labelledby="backup-controle" sx={{ p: 3, mb: 3, maxWidth: 760 }}>
      <Typography variant="h2" id="backup-controle" sx={{ mb: 1 }}>
        {t('backup.check.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('backup.check.body')}</Typography>
      <FormAlert error={status.error} />
      {status.data ? <DatabaseCheckView status={status.data} /> : null}
    </Paper>
  );
}
