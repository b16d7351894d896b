// Help > Over CTER Werkplaats: version and build, where this installation keeps its data, and the
// values of the administrator's policy that were ignored (app:info). Updates are the IT
// department's: there is no update check.
import { Alert, Skeleton, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { describeError, useBridgeQuery } from '../kit/bridge';
import { InfoDialog } from '../kit/InfoDialog';

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const info = useBridgeQuery('app:info', {}, { enabled: open });
  return (
    <InfoDialog open={open} onClose={onClose} titleId="over-titel" title={t('about.title')}>
      <Typography sx={{ mb: 2 }}>{t('about.purpose')}</Typography>
      {info.isPending ? <Skeleton variant="rectangular" height={96} /> : null}
      {info.isError ? <Alert severity="error">{describeError(t, info.error)}</Alert> : null}
      {info.data ? (
        <dl className="definition-list">
          <dt>{t('about.version')}</dt>
          <dd>{info.data.version}</dd>
          <dt>{t('about.build')}</dt>
          <dd>{info.data.build}</dd>
          <dt>{t('about.database')}</dt>
          <dd>
            {info.data.databasePath === null ? t('about.databaseUnknown') : <code>{info.data.databasePath}</code>}
          </dd>
          <dt>{t('about.schema')}</dt>
          <dd>{info.data.schemaVersion ?? t('about.schemaLocked')}</dd>
        </dl>
      ) : null}
      {info.data && info.data.policyProblems.length > 0 ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('about.policyProblems')}
          <ul>
            {info.data.policyProblems.map((problem) => (
              <li key={`${problem.key}-${problem.reason}`}>
                {t(`about.policyProblem.${problem.reason}`, { key: problem.key })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {info.data && info.data.managed.length > 0 ? (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('about.managed')}
        </Typography>
      ) : null}
      <Typography variant="body2" color="text.secondary">
        {t('about.offline')}
      </Typography>
    </InfoDialog>
  );
}
