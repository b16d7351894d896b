// Exporting the figures (CSV or Excel) is a disclosure: the reason is required and stored with the
// export's audit entry. Core opens the save dialog and applies small-cell suppression to every
// table, so no count below 5 leaves the workstation.
import { useTranslation } from 'react-i18next';
import { call } from '../../kit/bridge';
import { ExportDialog } from '../../kit/ExportDialog';
import type { FigureSelection } from './filter';

export function FiguresExportDialog({ selection, onClose }: { selection: FigureSelection; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ExportDialog
      title={t('figures.export.title')}
      intro={t('figures.export.intro')}
      run={(format, reason) => call('figures:export', { ...selection, format, reason })}
      savedMessage={(result) => t('figures.export.saved', { fileName: result.fileName })}
      onClose={onClose}
    />
  );
}
