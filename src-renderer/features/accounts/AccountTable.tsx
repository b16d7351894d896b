// The accounts as a table: naam, gebruikersnaam, rollen, ZVH-regio's, status, laatst aangemeld,
// and per row a menu with what can be done to that account.
import MoreVertOutlined from '@mui/icons-material/MoreVertOutlined';
import {
  Chip,
  IconButton,
  Menu,
  MenuItem,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../src-shared/domain/format';
import type { AccountSummary } from '../../../src-shared/ipc/accounts';
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
  // One's own password is changed with the current one, never reset here (core refuses that too).
  const own = menu !== null && menu.account.id === ownId;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label={t('accounts.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('accounts.columns.name')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('accounts.columns.username')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('accounts.columns.roles')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('accounts.columns.regions')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('accounts.columns.status')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('accounts.columns.lastLogin')}
            </TableCell>
            <TableCell component="th" scope="col">
              <span className="visually-hidden">{t('accounts.columns.actions')}</span>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {accounts.map((account) => (
            <TableRow key={account.id}>
              <TableCell component="th" scope="row">
                {account.displayName}
              </TableCell>
              <TableCell>
                <code>{account.username}</code>
              </TableCell>
              <TableCell>{account.roles.map((role) => t(`common:roles.${role}`)).join(', ')}</TableCell>
              <TableCell>
                {account.regionIds.length
                  ? account.regionIds.map((id) => regionName(reference, id)).join(', ')
                  : t('accounts.noRegions')}
              </TableCell>
              <TableCell>
                <StatusChip account={account} />
              </TableCell>
              <TableCell>{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : t('accounts.never')}</TableCell>
              <TableCell align="right">
                <IconButton
                  aria-label={t('accounts.actionsFor', { name: account.displayName })}
                  aria-haspopup="menu"
                  onClick={(event) => setMenu({ anchor: event.currentTarget, account })}
                >
                  <MoreVertOutlined aria-hidden />
                </IconButton>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
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
