// The print view of one page of the audit log (the same filter and page as on screen), as an A4
// sheet. "Afdrukken…" asks for the reason and paper or PDF (PrintDialog -> print:view).
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Button, Skeleton } from '@mui/material';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { formatDateTime, formatNumber } from '../../../src-shared/domain/format';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { PrintDialog } from '../../kit/print/PrintDialog';
import { PrintView } from '../../kit/print/PrintView';
import { useSession } from '../../kit/session';
import { AuditFilterSummary } from './AuditFilterSummary';
import { AuditTable } from './AuditTable';
import { PAGE_SIZE, selectionFromParams } from './filter';

export function AuditPrintPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const [params] = useSearchParams();
  const { filter, page } = selectionFromParams(params);
  const offset = page * PAGE_SIZE;
  const entries = useBridgeQuery('audit:query', { filter, offset, limit: PAGE_SIZE }, { staleTime: 0 });
  const [printing, setPrinting] = useState(false);
  const openDialog = useCallback(() => setPrinting(true), []);
  // The moment the sheet was made, as printed on it.
  const [madeAt] = useState(() => new Date());
  const title = t('audit.printView.title');

  return (
    <PrintView
      title={title}
      onPrint={openDialog}
      actions={
        <>
          <Button
            startIcon={<ArrowBackOutlined aria-hidden />}
            sx={{ mr: 'auto' }}
            onClick={() => void navigate({ pathname: '/beheer/auditlog', search: params.toString() })}
          >
            {t('audit.printView.back')}
          </Button>
          <Button
            variant="contained"
            startIcon={<PrintOutlined aria-hidden />}
            onClick={openDialog}
            disabled={!entries.data}
          >
            {t('printView.printWithReason')}
          </Button>
        </>
      }
    >
      <dl className="definition-list">
        <dt>{t('audit.printView.selection')}</dt>
        <dd>
          <AuditFilterSummary filter={filter} />
        </dd>
        {entries.data ? (
          <>
            <dt>{t('audit.printView.rows')}</dt>
            <dd>
              {entries.data.total === 0
                ? t('audit.empty')
                : t('audit.printView.rowsValue', {
                    first: formatNumber(offset + 1),
                    last: formatNumber(offset + entries.data.entries.length),
                    total: formatNumber(entries.data.total),
                  })}
            </dd>
          </>
        ) : null}
        <dt>{t('audit.printView.made')}</dt>
        <dd>{t('audit.printView.madeValue', { at: formatDateTime(madeAt), name: user?.displayName ?? '' })}</dd>
      </dl>
      {entries.isPending ? <Skeleton variant="rectangular" height={240} /> : null}
      {entries.isError ? <Alert severity="error">{describeError(t, entries.error)}</Alert> : null}
      {entries.data && entries.data.total > 0 ? (
        <AuditTable entries={entries.data.entries} labelledBy="afdruk-titel" />
      ) : null}
      <PrintDialog open={printing} onClose={() => setPrinting(false)} document="audit-log" title={title} />
    </PrintView>
  );
}
