// Exporting a round's responses (CSV or Excel) is a disclosure: the reason is required and stored
// with the export's audit entry (the app's one export dialog). Core anonymises: no names, no
// times, small groups merged, rows in an order that says nothing about who answered.
import { useTranslation } from 'react-i18next';
import { call } from '../../kit/bridge';
import { ExportDialog } from '../../kit/ExportDialog';

export function EvaluationExportDialog({ roundId, onClose }: { roundId: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ExportDialog
      title={t('evaluationReport.export.title')}
      intro={t('evaluationReport.export.intro')}
      formats={[
        { value: 'xlsx', label: t('evaluationReport.export.xlsx') },
        { value: 'csv', label: t('evaluationReport.export.csv') },
      ]}
      run={(format, reason) => call('evaluations:export', { roundId, format, reason })}
      savedMessage={(result) => t('evaluationReport.export.saved', { fileName: result.fileName })}
      onClose={onClose}
    />
  );
}
