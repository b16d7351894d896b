// Beheer > Auditlog: who did what and when, filtered and paged (100 per page), with a check of
// the hash chain, a CSV export and a printed page, both with a reason that is itself logged.
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import { Alert, Button, Paper, Skeleton, TablePagination, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { formatDateTime, formatNumber } from '../../../src-shared/domain/format';
import type { AuditFilter } from '../../../src-shared/ipc/audit';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import { useRegisterPrint } from '../../kit/commands';
import { FormAlert } from '../../kit/forms';
import { PageHeader } from '../../kit/PageHeader';
import { AuditExportDialog } from './AuditExportDialog';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { PAGE_SIZE, paramsFromSelection, selectionFromParams } from './filter';

export function AuditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { filter, page } = selectionFromParams(params);
  // The log grows with every action (also this page's own): always read it afresh on opening.
  const entries = useBridgeQuery(
    'audit:query',
    { filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE },
    { staleTime: 0 },
  );
  const [exporting, setExporting] = useState(false);
  const queryClient = useQueryClient();
  const refreshEntries = () => queryClient.invalidateQueries({ queryKey: ['audit:query'] });
  const verify = useMutation({ mutationFn: () => call('audit:verify', {}), onSettled: refreshEntries });

  const show = (next: { filter: AuditFilter; page: number }) => setParams(paramsFromSelection(next));
  const search = params.toString();
  const toPrintView = useCallback(
    () => void navigate({ pathname: '/beheer/auditlog/afdrukken', search }),
    [navigate, search],
  );
  useRegisterPrint(toPrintView);

  const result = verify.data;
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        intro={t('audit.intro')}
        actions={
          <>
            <Button
              variant="outlined"
              startIcon={<VerifiedUserOutlined aria-hidden />}
              onClick={() => verify.mutate()}
              loading={verify.isPending}
              loadingPosition="start"
            >
              {t('audit.verify')}
            </Button>
            <Button
              variant="outlined"
              startIcon={<FileDownloadOutlined aria-hidden />}
              onClick={() => setExporting(true)}
            >
              {t('audit.export')}
            </Button>
            <Button variant="outlined" startIcon={<PrintOutlined aria-hidden />} onClick={toPrintView}>
              {t('audit.print')}
            </Button>
          </>
        }
      />
      <FormAlert error={verify.error} />
      {result ? (
        <Alert severity={result.ok ? 'success' : 'error'} role="alert" sx={{ mb: 2 }}>
          {result.ok || !result.firstBroken
            ? t('audit.verifyOk', { checked: formatNumber(result.checked) })
            : t('audit.verifyBroken', {
                id: result.firstBroken.id,
                at: result.firstBroken.at ? formatDateTime(result.firstBroken.at, true) : t('audit.unknownTime'),
              })}
        </Alert>
      ) : null}
      <AuditFilters filter={filter} onApply={(next) => show({ filter: next, page: 0 })} />
      <Paper variant="outlined">
        <Typography variant="h2" id="auditregels" className="visually-hidden">
          {t('audit.entriesHeading')}
        </Typography>
        {entries.isPending ? <Skeleton variant="rectangular" height={240} /> : null}
        {entries.isError ? <Alert severity="error">{describeError(t, entries.error)}</Alert> : null}
        {entries.data && entries.data.total === 0 ? <Typography sx={{ p: 3 }}>{t('audit.empty')}</Typography> : null}
        {entries.data && entries.data.total > 0 ? (
          <>
            <AuditTable entries={entries.data.entries} labelledBy="auditregels" />
            <TablePagination
              component="div"
              count={entries.data.total}
              page={page}
              rowsPerPage={PAGE_SIZE}
              rowsPerPageOptions={[]}
              onPageChange={(_event, next) => show({ filter, page: next })}
            />
          </>
        ) : null}
      </Paper>
      {exporting ? (
        <AuditExportDialog
          filter={filter}
          onClose={() => {
            setExporting(false);
            void refreshEntries();
          }}
        />
      ) : null}
    </>
  );
}
