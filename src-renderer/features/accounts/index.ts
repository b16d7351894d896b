// Accounts, roles and regions. The feature's public face: its route and entry.
import ManageAccountsOutlined from '@mui/icons-material/ManageAccountsOutlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { AccountsPage } from './AccountsPage';

const accounts = pageRoute('/beheer/accounts', AccountsPage, 'accounts:list');

export const accountRoutes: PageRoute[] = [accounts];

export const accountNavigation: NavEntry[] = [
  navEntry(accounts, { label: 'nav.accounts', icon: ManageAccountsOutlined, group: 'beheer' }),
];
