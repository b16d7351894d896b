// The administrator's settings. The feature's public face: its route and entry.
import PolicyOutlined from '@mui/icons-material/PolicyOutlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { PolicyPage } from './PolicyPage';

const policy = pageRoute('/beheer/beleid', PolicyPage, 'policy:get');

export const policyRoutes: PageRoute[] = [policy];

export const policyNavigation: NavEntry[] = [
  navEntry(policy, { label: 'nav.policy', icon: PolicyOutlined, group: 'beheer' }),
];
