// Printing from the application is a disclosure: the user gives a reason (kept in the audit log)
// and chooses paper or PDF. Core prints the print view that is on screen (`print:view`).
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PRINT_TARGETS } from '../../../src-shared/ipc/print';
import { call } from '../bridge';
import { ReasonDialog } from '../ReasonDialog';

type Target = (typeof PRINT_TARGETS)[number];

interface PrintDialogProps {
  open: boolean;
  onClose: () => void;
  /** An identifier for the audit log, e.g. "audit-log". */
  document: string;
  /** The title in the PDF's page header and its file name. */
  title: string;
  /** The casus or person the document is about: core checks access and names it in the audit log. */
  subject?: { type: 'casus' | 'persoon' | 'overleg'; id: number } | null;
}

export function PrintDialog({ open, ...props }: PrintDialogProps) {
  // Closed, nothing of it stays: the next print starts with an empty reason.
  return open ? <PrintReasonDialog {...props} /> : null;
}

function PrintReasonDialog({ onClose, document, title, subject = null }: Omit<PrintDialogProps, 'open'>) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<Target>('printer');
  return (
    <ReasonDialog
      title={t('printDialog.title', { title })}
      intro={t('printDialog.intro')}
      submitLabel={target === 'pdf' ? t('printDialog.submitPdf') : t('printDialog.submitPrinter')}
      run={(reason) => call('print:view', { document, title, reason, target, subject })}
      doneMessage={(result) =>
        result.done
          ? result.fileName
            ? t('printView.savedAs', { fileName: result.fileName })
            : t('printView.sentToPrinter')
          : null
      }
      cancelledMessage={t('printView.cancelled')}
      choices={
        <FormControl component="fieldset">
          <FormLabel component="legend">{t('printDialog.target')}</FormLabel>
          <RadioGroup value={target} onChange={(event) => setTarget(event.target.value as Target)}>
            <FormControlLabel value="printer" control={<Radio />} label={t('printDialog.printer')} />
            <FormControlLabel value="pdf" control={<Radio />} label={t('printDialog.pdf')} />
          </RadioGroup>
        </FormControl>
      }
      onClose={onClose}
    />
  );
}
