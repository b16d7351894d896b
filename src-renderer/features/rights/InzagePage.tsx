// /personen/:id/inzage — the inzageverzoek: everything held about the person, every disclosure and
// every view, as an A4 sheet. Third parties can be left out (names of contacts, actiehouders and
// staff). Printed or saved as PDF with a reason, or exported as JSON with a reason.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Button, FormControlLabel, Skeleton, Switch } from '@mui/material';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { errorCode } from '../../kit/forms';
import { PrintDialog } from '../../kit/print/PrintDialog';
import { PrintView } from '../../kit/print/PrintView';
import { CaseNotFound } from '../cases';
import { InzageExportDialog } from './InzageExportDialog';
import { InzageSheet } from './InzageSheet';

export function InzagePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const personId = Number(useParams()['id']);
  const fromCase = Number(useSearchParams()[0].get('casus'));
  const valid = Number.isInteger(personId) && personId > 0;
  const [excludeThirdParties, setExclude] = useState(false);
  const report = useBridgeQuery(
    'rights:inzage',
    { personId: valid ? personId : 1, excludeThirdParties },
    { enabled: valid, staleTime: 0 },
  );
  const [dialog, setDialog] = useState<'print' | 'export' | null>(null);
  const openPrint = useCallback(() => setDialog('print'), []);
  if (!valid || errorCode(report.error) === 'NOT_FOUND') return <CaseNotFound />;
  const title = t('rights.title');
  return (
    <PrintView
      title={title}
      onPrint={openPrint}
      actions={
        <>
          <Button
            startIcon={<ArrowBackOutlined aria-hidden />}
            sx={{ mr: 'auto' }}
            onClick={() => void navigate(fromCase > 0 ? `/casussen/${fromCase}` : '/casussen')}
          >
            {fromCase > 0 ? t('rights.backToCase') : t('rights.backToCases')}
          </Button>
          <FormControlLabel
            control={<Switch checked={excludeThirdParties} onChange={(event) => setExclude(event.target.checked)} />}
            label={t('rights.exclude')}
          />
          <Button
            variant="outlined"
            startIcon={<FileDownloadOutlined aria-hidden />}
            onClick={() => setDialog('export')}
            disabled={!report.data}
          >
            {t('rights.export')}
          </Button>
          <Button
            variant="contained"
            startIcon={<PrintOutlined aria-hidden />}
            onClick={openPrint}
            disabled={!report.data}
          >
            {t('rights.print')}
          </Button>
        </>
      }
    >
      {report.isPending ? <Skeleton variant="rectangular" height={320} /> : null}
      {report.isError ? <Alert severity="error">{describeError(t, report.error)}</Alert> : null}
      {report.data ? <InzageSheet report={report.data} /> : null}
      <PrintDialog
        open={dialog === 'print'}
        onClose={() => setDialog(null)}
        document="inzage"
        title={title}
        subject={{ type: 'persoon', id: personId }}
      />
      {dialog === 'export' ? (
        <InzageExportDialog
          personId={personId}
          excludeThirdParties={excludeThirdParties}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </PrintView>
  );
}
