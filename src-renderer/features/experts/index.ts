// Gemeentelijke experts: assignments and advice. The feature's public face: its route and entry.
import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { ExpertsPage } from './ExpertsPage';

const experts = pageRoute('/experts', ExpertsPage, 'experts:overview');

export const expertRoutes: PageRoute[] = [experts];

export const expertNavigation: NavEntry[] = [
  navEntry(experts, { label: 'experts.nav', icon: AccountBalanceOutlined, group: 'work' }),
];
