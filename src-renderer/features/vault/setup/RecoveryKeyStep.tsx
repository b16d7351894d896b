// Step Herstelsleutel: the key that opens the database when every password is lost. It is shown
// once, here; core keeps no readable copy. The person prints it (or writes it down) and stores the
// paper in a safe; the next step asks two groups back to show it was really written down.
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';
import { StepButtons } from './StepButtons';

interface RecoveryKeyStepProps {
  recoveryKey: string;
  onPrint: () => void;
  onBack: () => void;
  onNext: () => void;
}

export function RecoveryKeyStep({ recoveryKey, onPrint, onBack, onNext }: RecoveryKeyStepProps) {
  const { t } = useTranslation();
  return (
    <Box>
      <Typography sx={{ mb: 1 }}>{t('setup.key.intro')}</Typography>
      <Box component="ul" sx={{ mt: 0, mb: 2, pl: 3 }}>
        <li>{t('setup.key.whatFor')}</li>
        <li>{t('setup.key.store')}</li>
        <li>{t('setup.key.once')}</li>
      </Box>
      <RecoveryKeyGroups recoveryKey={recoveryKey} />
      <Alert severity="warning" sx={{ mt: 2 }}>
        {t('setup.key.warning')}
      </Alert>
      <Button variant="outlined" startIcon={<PrintOutlined aria-hidden />} onClick={onPrint} sx={{ mt: 2 }}>
        {t('setup.key.print')}
      </Button>
      <StepButtons
        onBack={onBack}
        next={
          <Button variant="contained" onClick={onNext}>
            {t('setup.key.next')}
          </Button>
        }
      />
    </Box>
  );
}
