// Gemeentelijke experts: assignments and advice. Its pages and navigation entries, which the shell
// merges into its route table and menu. Each page is named with onDemand: a chunk of its own,
// fetched on the page's first visit.
import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const ExpertsPage = onDemand(() => import('./ExpertsPage').then((m) => m.ExpertsPage));

const experts = pageRoute('/experts', ExpertsPage, 'experts:overview');

export const expertRoutes: PageRoute[] = [experts];

export const expertNavigation: NavEntry[] = [
  navEntry(experts, { label: 'experts.nav', icon: AccountBalanceOutlined, group: 'work' }),
];
