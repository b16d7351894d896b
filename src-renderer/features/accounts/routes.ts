// Accounts, roles and regions. Its pages and navigation entries, which the shell merges into its
// route table and menu. Each page is named with onDemand: a chunk of its own, fetched on the page's
// first visit.
import ManageAccountsOutlined from '@mui/icons-material/ManageAccountsOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const AccountsPage = onDemand(() => import('./AccountsPage').then((m) => m.AccountsPage));

const accounts = pageRoute('/beheer/accounts', AccountsPage, 'accounts:list');

export const accountRoutes: PageRoute[] = [accounts];

export const accountNavigation: NavEntry[] = [
  navEntry(accounts, { label: 'nav.accounts', icon: ManageAccountsOutlined, group: 'beheer' }),
];
