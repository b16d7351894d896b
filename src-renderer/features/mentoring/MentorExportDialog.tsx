// The anonymised trajectories of a period for the external evaluation, as CSV (with the codebook
// in a file of its own) or as an Excel workbook (codebook on a sheet). Like every export it asks
// for a reason, kept in the audit log: the shared export dialog of the Cijfers page.
import { Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../kit/bridge';
import { ExportDialog } from '../../kit/ExportDialog';
import { fieldProps, type FieldErrors } from '../../kit/forms';
import { yearOptions } from './model';
import { SelectField } from '../../kit/SelectField';

export function MentorExportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const currentYear = new Date().getFullYear();
  const [period, setPeriod] = useState({ fromYear: currentYear - 1, toYear: currentYear });
  const check = (): FieldErrors => (period.fromYear > period.toYear ? { toYear: { key: 'validation.yearOrder' } } : {});

  const yearSelect = (name: 'fromYear' | 'toYear', label: string, errors: FieldErrors) => (
    <SelectField
      id={`mentor-export-${name}`}
      label={label}
      value={period[name]}
      onChange={(event) => setPeriod({ ...period, [name]: Number(event.target.value) })}
      sx={{ width: 170 }}
      {...fieldProps(t, errors, name)}
      native
      options={yearOptions(currentYear).map((year) => ({ value: year, label: String(year) }))}
    />
  );

  return (
    <ExportDialog
      title={t('mentoring.export.title')}
      intro={t('mentoring.export.intro')}
      check={check}
      run={(format, reason) => call('mentoring:export', { ...period, format, reason })}
      savedMessage={(result) =>
        result.codebookFileName && result.codebookFileName !== result.fileName
          ? t('mentoring.export.savedWithCodebook', { fileName: result.fileName, codebook: result.codebookFileName })
          : t('mentoring.export.saved', { fileName: result.fileName })
      }
      onClose={onClose}
    >
      {(errors) => (
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start', mb: 2 }}>
          {yearSelect('fromYear', t('mentoring.export.from'), errors)}
          {yearSelect('toYear', t('mentoring.export.to'), errors)}
        </Stack>
      )}
    </ExportDialog>
  );
}
