// The dialog of every export that leaves the workstation as CSV or Excel (Cijfers, the mentor
// project's dataset, an evaluation round): extra choices of the caller (a period), the reason
// (required, stored with the export's audit entry) and a file format. The caller says what to
// export and what to tell the user afterwards.
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './forms';
import { ReasonDialog } from './ReasonDialog';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportResult {
  saved: boolean;
  fileName: string | null;
}

interface ExportDialogProps<R extends ExportResult> {
  title: string;
  intro: ReactNode;
  /** Saves the file (core opens the save dialog); the reason goes with the call. */
  run: (format: ExportFormat, reason: string) => Promise<R>;
  /** What to announce once the file is saved. */
  savedMessage: (result: R) => string;
  /** Fields of the caller's own, shown above the reason; they receive the per-field errors. */
  children?: (errors: FieldErrors) => ReactNode;
  /** The caller's own check of its fields, run with the check of the reason. */
  check?: () => FieldErrors;
  /** The formats offered, in order, with their labels; the first is chosen. CSV, then Excel when left out. */
  formats?: readonly { value: ExportFormat; label: string }[];
  onClose: () => void;
}

export function ExportDialog<R extends ExportResult>({
  title,
  intro,
  run,
  savedMessage,
  children,
  check,
  formats,
  onClose,
}: ExportDialogProps<R>) {
  const { t } = useTranslation();
  const offered = formats ?? [
    { value: 'csv', label: t('exportDialog.csv') },
    { value: 'xlsx', label: t('exportDialog.xlsx') },
  ];
  const [format, setFormat] = useState<ExportFormat>(offered[0]!.value);
  return (
    <ReasonDialog
      title={title}
      intro={intro}
      reasonLabel={t('exportDialog.reason')}
      submitLabel={t('exportDialog.submit')}
      run={(reason) => run(format, reason)}
      doneMessage={(result) => (result.saved && result.fileName ? savedMessage(result) : null)}
      cancelledMessage={t('exportDialog.cancelled')}
      fields={children}
      check={check}
      choices={
        <FormControl component="fieldset">
          <FormLabel component="legend">{t('exportDialog.format')}</FormLabel>
          <RadioGroup row value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
            {offered.map((option) => (
              <FormControlLabel key={option.value} value={option.value} control={<Radio />} label={option.label} />
            ))}
          </RadioGroup>
        </FormControl>
      }
      onClose={onClose}
    />
  );
}
