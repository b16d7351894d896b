// The administrator's settings. Its pages and navigation entries, which the shell merges into its
// route table and menu. Each page is named with onDemand: a chunk of its own, fetched on the page's
// first visit.
import PolicyOutlined from '@mui/icons-material/PolicyOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const PolicyPage = onDemand(() => import('./PolicyPage').then((m) => m.PolicyPage));

const policy = pageRoute('/beheer/beleid', PolicyPage, 'policy:get');

export const policyRoutes: PageRoute[] = [policy];

export const policyNavigation: NavEntry[] = [
  navEntry(policy, { label: 'nav.policy', icon: PolicyOutlined, group: 'beheer' }),
];
