// The inzage as a JSON file for the person concerned: a disclosure, so with a reason that is kept
// in the audit log (and shows in the next inzage).
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../kit/bridge';
import { ReasonDialog } from '../../kit/ReasonDialog';

interface InzageExportDialogProps {
  personId: number;
  excludeThirdParties: boolean;
  onClose: () => void;
}

export function InzageExportDialog({ personId, excludeThirdParties, onClose }: InzageExportDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ReasonDialog
      title={t('rights.exportTitle')}
      intro={excludeThirdParties ? t('rights.exportIntroWithout') : t('rights.exportIntro')}
      reasonHint={t('rights.reasonHint')}
      submitLabel={t('rights.exportSubmit')}
      run={async (reason) => {
        const result = await call('rights:inzage-export', { personId, excludeThirdParties, reason });
        // The export is itself a disclosure: the sheet on screen lists it from now on.
        void queryClient.invalidateQueries({ queryKey: ['rights:inzage'] });
        return result;
      }}
      doneMessage={(result) => (result.saved ? t('printView.savedAs', { fileName: result.fileName ?? '' }) : null)}
      cancelledMessage={t('rights.exportCancelled')}
      onClose={onClose}
    />
  );
}
