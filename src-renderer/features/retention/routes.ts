// Bewaartermijnen: what is due for destruction. Its pages and navigation entries, which the shell
// merges into its route table and menu. Each page is named with onDemand: a chunk of its own,
// fetched on the page's first visit.
import DeleteSweepOutlined from '@mui/icons-material/DeleteSweepOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const RetentionPage = onDemand(() => import('./RetentionPage').then((m) => m.RetentionPage));

const retention = pageRoute('/beheer/bewaartermijn', RetentionPage, 'retention:due');

export const retentionRoutes: PageRoute[] = [retention];

export const retentionNavigation: NavEntry[] = [
  navEntry(retention, { label: 'retention.nav', icon: DeleteSweepOutlined, group: 'beheer' }),
];
