// The gemeentelijke experts (accounts with that role) and the municipalities each supports. A
// beheerder links an expert to municipalities; an account gets the role under Beheer > Accounts.
import { Alert, Button, Skeleton, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canUse } from '../../../src-shared/ipc/permissions';
import type { ExpertView } from '../../../src-shared/ipc/experts';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { useSession } from '../../kit/session';
import { LinkGemeentenDialog } from './LinkGemeentenDialog';
import { Part } from '../../kit/Part';

export function ExpertsSection() {
  const { t } = useTranslation();
  const { user } = useSession();
  const list = useBridgeQuery('experts:list', {});
  const mayLink = canUse('experts:assign', user);
  const [linking, setLinking] = useState<ExpertView | null>(null);
  const header = (column: string) => t(`experts.list.columns.${column}`);
  const columns: DataColumn<ExpertView>[] = [
    { key: 'expert', header: header('expert'), cell: (expert) => expert.displayName, rowHeader: true },
    {
      key: 'gemeenten',
      header: header('gemeenten'),
      cell: (expert) =>
        expert.gemeenten.length ? expert.gemeenten.map((g) => g.name).join(', ') : t('experts.list.noGemeenten'),
    },
    {
      key: 'status',
      header: header('status'),
      cell: (expert) => (expert.active ? t('experts.list.active') : t('experts.list.inactive')),
      priority: 2,
    },
  ];
  if (mayLink)
    columns.push({
      key: 'link',
      header: t('experts.list.columns.link'),
      headerHidden: true,
      alignRight: true,
      cell: (expert) => (
        <Button
          size="small"
          variant="outlined"
          aria-label={t('experts.list.linkNamed', { naam: expert.displayName })}
          onClick={() => setLinking(expert)}
        >
          {t('experts.list.link')}
        </Button>
      ),
    });
  return (
    <Part id="experts" title={t('experts.list.heading')}>
      {list.error ? <Alert severity="error">{describeError(t, list.error)}</Alert> : null}
      {list.isPending ? <Skeleton variant="rectangular" height={120} /> : null}
      {list.data && list.data.experts.length === 0 ? (
        <Typography color="text.secondary">{t('experts.list.empty')}</Typography>
      ) : null}
      {list.data && list.data.experts.length > 0 ? (
        <DataTable
          columns={columns}
          rows={list.data.experts}
          rowKey={(expert) => expert.accountId}
          label={t('experts.list.table')}
        />
      ) : null}
      {linking ? <LinkGemeentenDialog expert={linking} onClose={() => setLinking(null)} /> : null}
    </Part>
  );
}
