// The answer for a casus that does not exist or that this user may not see: the same words for
// both, so the page reveals nothing about cases elsewhere.
import { Alert, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageHeader } from '../../kit/PageHeader';

export function CaseNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('cases.notFound.title')} />
      <Alert severity="info" sx={{ maxWidth: 720, mb: 2 }}>
        {t('cases.notFound.body')}
      </Alert>
      <Button component={RouterLink} to="/casussen" variant="outlined">
        {t('cases.notFound.back')}
      </Button>
    </>
  );
}
