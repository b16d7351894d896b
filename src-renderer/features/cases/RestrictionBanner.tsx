// Beperking van verwerking: while it lasts, the person and their cases can be read but not changed.
// The banner says why and since when; the editing controls below are disabled.
import { Alert, AlertTitle, Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import type { PersonView } from '../../../src-shared/ipc/persons';

export function RestrictionBanner({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  if (!person.restricted) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} id="beperking-melding">
      <AlertTitle>{t('cases.restricted.title')}</AlertTitle>
      {t('cases.restricted.body', { date: person.restrictedAt ? formatDate(person.restrictedAt) : '' })}
      <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
        {t('cases.restricted.reason', { reason: person.restrictedReason })}
      </Box>
    </Alert>
  );
}
