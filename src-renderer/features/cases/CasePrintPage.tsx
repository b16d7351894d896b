// /casussen/:id/afdrukken — the casusoverzicht as an A4 sheet, marked Vertrouwelijk. "Afdrukken…"
// asks for the reason and paper or PDF; core checks access to the casus and logs the disclosure.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Button, Skeleton } from '@mui/material';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { errorCode } from '../../kit/forms';
import { PrintDialog } from '../../kit/print/PrintDialog';
import { PrintView } from '../../kit/print/PrintView';
import { CaseNotFound } from './CaseNotFound';
import { CaseOverviewSheet } from './CaseOverviewSheet';

export function CasePrintPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams()['id']);
  const valid = Number.isInteger(id) && id > 0;
  const dossier = useBridgeQuery('cases:get', { id: valid ? id : 1 }, { enabled: valid });
  const [printing, setPrinting] = useState(false);
  const openDialog = useCallback(() => setPrinting(true), []);
  if (!valid || errorCode(dossier.error) === 'NOT_FOUND') return <CaseNotFound />;
  const title = t('cases.print.title', { number: dossier.data?.number ?? '' });
  return (
    <PrintView
      title={title}
      onPrint={openDialog}
      actions={
        <>
          <Button
            startIcon={<ArrowBackOutlined aria-hidden />}
            sx={{ mr: 'auto' }}
            onClick={() => void navigate(`/casussen/${id}`)}
          >
            {t('cases.print.back')}
          </Button>
          <Button
            variant="contained"
            startIcon={<PrintOutlined aria-hidden />}
            onClick={openDialog}
            disabled={!dossier.data}
          >
            {t('printView.printWithReason')}
          </Button>
        </>
      }
    >
      {dossier.isPending ? <Skeleton variant="rectangular" height={320} /> : null}
      {dossier.isError ? <Alert severity="error">{describeError(t, dossier.error)}</Alert> : null}
      {dossier.data ? <CaseOverviewSheet dossier={dossier.data} /> : null}
      <PrintDialog
        open={printing}
        onClose={() => setPrinting(false)}
        document="casusoverzicht"
        title={title}
        subject={{ type: 'casus', id }}
      />
    </PrintView>
  );
}
