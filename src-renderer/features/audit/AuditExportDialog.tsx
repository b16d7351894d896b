// Exporting the audit log (the current filter, every page) to CSV is a disclosure: the reason is
// required and stored with the export's own audit entry. Core opens the save dialog.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../src-shared/domain/format';
import type { AuditFilter } from '../../../src-shared/ipc/audit';
import { call } from '../../kit/bridge';
import { ReasonDialog } from '../../kit/ReasonDialog';

export function AuditExportDialog({ filter, onClose }: { filter: AuditFilter; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      title={t('audit.exportDialog.title')}
      intro={t('audit.exportDialog.intro')}
      reasonLabel={t('audit.exportDialog.reason')}
      submitLabel={t('audit.exportDialog.submit')}
      run={(reason) => call('audit:export', { filter, reason })}
      doneMessage={(result) =>
        result.saved && result.fileName
          ? t('audit.exportDialog.saved', { fileName: result.fileName, count: formatNumber(result.count) })
          : null
      }
      cancelledMessage={t('audit.exportDialog.cancelled')}
      onClose={onClose}
    />
  );
}
