// The accounts as a table: naam, gebruikersnaam, rollen, ZVH-regio's, status, laatst aangemeld,
// and per row a menu with what can be done to that account. In a narrow window gebruikersnaam,
// regio's and laatst aangemeld step back under the name.
import MoreVertOutlined from '@mui/icons-material/MoreVertOutlined';
import { Chip, IconButton, Menu, MenuItem, Paper, TableContainer } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../src-shared/domain/format';
import type { AccountSummary } from '../../../src-shared/ipc/accounts';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { regionName, useReferenceData } from '../lists';
import { useSession } from '../../kit/session';
import type { AccountDialog } from './accountDialog';

function StatusChip({ account }: { account: AccountSummary }) {
  const { t } = useTranslation();
  if (!account.active) return <Chip size="small" label={t('accounts.status.inactive')} />;
  if (account.mustChangePassword) {
    return <Chip size="small" color="warning" variant="outlined" label={t('accounts.status.temporary')} />;
  }
  return <Chip size="small" color="success" variant="outlined" label={t('accounts.status.active')} />;
}

export function AccountTable({
  accounts,
  onAction,
}: {
  accounts: AccountSummary[];
  onAction: (dialog: AccountDialog) => void;
}) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const ownId = useSession().user?.id;
  const [menu, setMenu] = useState<{ anchor: HTMLElement; account: AccountSummary } | null>(null);
  const choose = (kind: 'edit' | 'deactivate' | 'reset') => {
    if (menu) onAction({ kind, account: menu.account });
    setMenu(null);
  };
  const columns: DataColumn<AccountSummary>[] = [
    { key: 'name', header: t('accounts.columns.name'), cell: (account) => account.displayName, rowHeader: true },
    {
      key: 'username',
      header: t('accounts.columns.username'),
      cell: (account) => <code>{account.username}</code>,
      priority: 2,
    },
    {
      key: 'roles',
      header: t('accounts.columns.roles'),
      cell: (account) => account.roles.map((role) => t(`common:roles.${role}`)).join(', '),
    },
    {
      key: 'regions',
      header: t('accounts.columns.regions'),
      cell: (account) =>
        account.regionIds.length
          ? account.regionIds.map((id) => regionName(reference, id)).join(', ')
          : t('accounts.noRegions'),
      priority: 3,
    },
    { key: 'status', header: t('accounts.columns.status'), cell: (account) => <StatusChip account={account} /> },
    {
      key: 'lastLogin',
      header: t('accounts.columns.lastLogin'),
      cell: (account) => (account.lastLoginAt ? formatDateTime(account.lastLoginAt) : t('accounts.never')),
      priority: 3,
    },
    {
      key: 'actions',
      header: t('accounts.columns.actions'),
      headerHidden: true,
      alignRight: true,
      cell: (account) => (
        <IconButton
          aria-label={t('accounts.actionsFor', { name: account.displayName })}
          aria-haspopup="menu"
          onClick={(event) => setMenu({ anchor: event.currentTarget, account })}
        >
          <MoreVertOutlined aria-hidden />
        </IconButton>
      ),
    },
  ];
  // One's own password is changed with the current one, never reset here (core refuses that too).
  const own = menu !== null && menu.account.id === ownId;
  return (
    <TableContainer component={Paper} variant="outlined">
      <DataTable
        columns={columns}
        rows={accounts}
        rowKey={(account) => account.id}
        label={t('accounts.tableLabel')}
        size="medium"
      />
      <Menu anchorEl={menu?.anchor} open={menu !== null} onClose={() => setMenu(null)}>
        <MenuItem onClick={() => choose('edit')}>{t('accounts.edit')}</MenuItem>
        {own ? (
          <MenuItem
            onClick={() => {
              onAction({ kind: 'own-password' });
              setMenu(null);
            }}
          >
            {t('accounts.changeOwnPassword')}
          </MenuItem>
        ) : (
          <MenuItem onClick={() => choose('reset')}>
            {menu?.account.active ? t('accounts.reset') : t('accounts.reactivate')}
          </MenuItem>
        )}
        {menu?.account.active ? (
          <MenuItem onClick={() => choose('deactivate')}>{t('accounts.deactivate')}</MenuItem>
        ) : null}
      </Menu>
    </TableContainer>
  );
}
