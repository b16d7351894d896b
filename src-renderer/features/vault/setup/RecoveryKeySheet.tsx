// The A4 sheet with the recovery key, in the print view: what is on screen is what is printed or
// saved as PDF (print:recovery-key). Core adds "Vertrouwelijk" and page numbers.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Box, Button, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../src-shared/domain/format';
import { call } from '../../../kit/bridge';
import { FormAlert } from '../../../kit/forms';
import { useNotice } from '../../../kit/notices';
import { PrintView } from '../../../kit/print/PrintView';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';

export function RecoveryKeySheet({ recoveryKey, onBack }: { recoveryKey: string; onBack: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const print = useMutation({
    mutationFn: (target: 'printer' | 'pdf') => call('print:recovery-key', { target }),
    onSuccess: (result) => {
      if (!result.done) notice.info(t('printView.cancelled'));
      else if (result.fileName) notice.success(t('printView.savedAs', { fileName: result.fileName }));
      else notice.success(t('printView.sentToPrinter'));
    },
  });
  const { mutate } = print;
  const toPrinter = useCallback(() => mutate('printer'), [mutate]);
  return (
    <PrintView
      title={t('common:print.recoveryKeyTitle')}
      onPrint={toPrinter}
      actions={
        <>
          <Button startIcon={<ArrowBackOutlined aria-hidden />} onClick={onBack} sx={{ mr: 'auto' }}>
            {t('setup.key.backToSetup')}
          </Button>
          <Button
            variant="outlined"
            startIcon={<PictureAsPdfOutlined aria-hidden />}
            onClick={() => print.mutate('pdf')}
          >
            {t('printView.savePdf')}
          </Button>
          <Button variant="contained" startIcon={<PrintOutlined aria-hidden />} onClick={toPrinter}>
            {t('printView.print')}
          </Button>
        </>
      }
    >
      <Box className="no-print">
        <FormAlert error={print.error} />
      </Box>
      <Typography sx={{ mb: 2 }}>{t('setup.sheet.intro')}</Typography>
      <RecoveryKeyGroups recoveryKey={recoveryKey} size="paper" />
      <Typography variant="h2" sx={{ mt: 4, mb: 1 }}>
        {t('setup.sheet.useTitle')}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t('setup.sheet.use')}</Typography>
      <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
        {t('setup.sheet.storeTitle')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('setup.sheet.store')}</Typography>
      <dl className="definition-list">
        <dt>{t('setup.sheet.made')}</dt>
        <dd>{formatDate(new Date())}</dd>
        <dt>{t('setup.sheet.workstation')}</dt>
        <dd className="write-in" />
        <dt>{t('setup.sheet.storedBy')}</dt>
        <dd className="write-in" />
        <dt>{t('setup.sheet.storedWhere')}</dt>
        <dd className="write-in" />
      </dl>
    </PrintView>
  );
}
