// Beheer > Uitchecks (issue 19): every meeting checked out to a workstation right now — which
// meeting, who holds it, on which workstation, until when — with *Intrekken* for a beheerder (a
// lost laptop, someone ill). A check-in on a revoked lease becomes a conflict copy that the chair
// resolves; nothing typed offline is lost by revoking.
import { Alert, Button, Paper, Skeleton, TableContainer } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import type { ActiveLease } from '../../../src-shared/ipc/meeting-check-out';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import { ConfirmDialog } from '../../kit/ConfirmDialog';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { useNotice } from '../../kit/notices';
import { PageHeader } from '../../kit/PageHeader';

function RevokeDialog({ lease, onClose }: { lease: ActiveLease; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const values = { titel: lease.meetingTitle, naam: lease.holder.displayName, werkplek: lease.workstation };
  const revoke = useMutation({
    mutationFn: () => call('meetings:revoke-lease', { id: lease.meetingId }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['meetings:active-leases'] });
      notice.success(t('meetings.leasesAdmin.revoked', values));
      onClose();
    },
  });
  return (
    <ConfirmDialog
      id="uitcheck-intrekken"
      title={t('meetings.leasesAdmin.revokeTitle', values)}
      confirmLabel={t('meetings.leasesAdmin.revoke')}
      busy={revoke.isPending}
      error={revoke.error}
      onConfirm={() => revoke.mutate()}
      onClose={onClose}
    >
      {t('meetings.leasesAdmin.revokeBody', values)}
    </ConfirmDialog>
  );
}

export function LeasesAdminPage() {
  const { t } = useTranslation();
  const leases = useBridgeQuery('meetings:active-leases', {});
  const [revoking, setRevoking] = useState<ActiveLease | null>(null);
  const columns: DataColumn<ActiveLease>[] = [
    {
      key: 'meeting',
      header: t('meetings.leasesAdmin.columns.meeting'),
      cell: (lease) => `${lease.meetingTitle} (${formatDate(lease.meetingDatum)})`,
      rowHeader: true,
    },
    { key: 'holder', header: t('meetings.leasesAdmin.columns.holder'), cell: (lease) => lease.holder.displayName },
    { key: 'workstation', header: t('meetings.leasesAdmin.columns.workstation'), cell: (lease) => lease.workstation },
    {
      key: 'until',
      header: t('meetings.leasesAdmin.columns.until'),
      cell: (lease) => formatDateTime(lease.expiresAt),
      nowrap: true,
    },
    {
      key: 'actions',
      header: t('meetings.leasesAdmin.columns.actions'),
      headerHidden: true,
      alignRight: true,
      cell: (lease) => (
        <Button
          color="error"
          aria-label={t('meetings.leasesAdmin.revokeFor', {
            titel: lease.meetingTitle,
            naam: lease.holder.displayName,
          })}
          onClick={() => setRevoking(lease)}
        >
          {t('meetings.leasesAdmin.revoke')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('meetings.leasesAdmin.title')} intro={t('meetings.leasesAdmin.intro')} />
      {leases.isPending ? <Skeleton variant="rectangular" height={120} /> : null}
      {leases.isError ? <Alert severity="error">{describeError(t, leases.error)}</Alert> : null}
      {leases.data && !leases.data.length ? <Alert severity="info">{t('meetings.leasesAdmin.none')}</Alert> : null}
      {leases.data?.length ? (
        <TableContainer component={Paper} variant="outlined">
          <DataTable
            columns={columns}
            rows={leases.data}
            rowKey={(lease) => lease.meetingId}
            label={t('meetings.leasesAdmin.tableLabel')}
            size="medium"
          />
        </TableContainer>
      ) : null}
      {revoking ? <RevokeDialog lease={revoking} onClose={() => setRevoking(null)} /> : null}
    </>
  );
}
