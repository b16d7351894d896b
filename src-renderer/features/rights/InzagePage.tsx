// /personen/:id/inzage — the inzageverzoek: everything held about the person, every disclosure and
// every view, as an A4 sheet. Third parties can be left out (names of contacts, actiehouders and
// staff). Printed or saved as PDF with a reason, or exported as JSON with a reason.
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Button, FormControlLabel, Switch } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useBridgeQuery } from '../../kit/bridge';
import { errorCode } from '../../kit/forms';
import { PrintPage } from '../../kit/print/PrintPage';
import { CaseNotFound } from '../cases';
import { InzageExportDialog } from './InzageExportDialog';
import { InzageSheet } from './InzageSheet';

export function InzagePage() {
  const { t } = useTranslation();
  const personId = Number(useParams()['id']);
  const fromCase = Number(useSearchParams()[0].get('casus'));
  const valid = Number.isInteger(personId) && personId > 0;
  const [excludeThirdParties, setExclude] = useState(false);
  const report = useBridgeQuery(
    'rights:inzage',
    { personId: valid ? personId : 1, excludeThirdParties },
    { enabled: valid, staleTime: 0 },
  );
  const [exporting, setExporting] = useState(false);
  if (!valid || errorCode(report.error) === 'NOT_FOUND') return <CaseNotFound />;
  return (
    <>
      <PrintPage
        title={t('rights.title')}
        back={
          fromCase > 0
            ? { to: `/casussen/${fromCase}`, label: t('rights.backToCase') }
            : { to: '/casussen', label: t('rights.backToCases') }
        }
        document="inzage"
        subject={{ type: 'persoon', id: personId }}
        data={report.data}
        pending={report.isPending}
        error={report.error}
        printLabel={t('rights.print')}
        actions={
          <>
            <FormControlLabel
              control={<Switch checked={excludeThirdParties} onChange={(event) => setExclude(event.target.checked)} />}
              label={t('rights.exclude')}
            />
            <Button
              variant="outlined"
              startIcon={<FileDownloadOutlined aria-hidden />}
              onClick={() => setExporting(true)}
              disabled={!report.data}
            >
              {t('rights.export')}
            </Button>
          </>
        }
      >
        {(data) => <InzageSheet report={data} />}
      </PrintPage>
      {exporting ? (
        <InzageExportDialog
          personId={personId}
          excludeThirdParties={excludeThirdParties}
          onClose={() => setExporting(false)}
        />
      ) : null}
    </>
  );
}
