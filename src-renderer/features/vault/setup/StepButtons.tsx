// "Vorige" and the step's forward button, in the same place on every step.
import { Button, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function StepButtons({ onBack, next }: { onBack: () => void; next: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', mt: 4 }}>
      <Button onClick={onBack}>{t('setup.back')}</Button>
      {next}
    </Stack>
  );
}
