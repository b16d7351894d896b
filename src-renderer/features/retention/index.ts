// Bewaartermijnen: what is due for destruction. The feature's public face: its route and entry.
import DeleteSweepOutlined from '@mui/icons-material/DeleteSweepOutlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { RetentionPage } from './RetentionPage';

const retention = pageRoute('/beheer/bewaartermijn', RetentionPage, 'retention:due');

export const retentionRoutes: PageRoute[] = [retention];

export const retentionNavigation: NavEntry[] = [
  navEntry(retention, { label: 'retention.nav', icon: DeleteSweepOutlined, group: 'beheer' }),
];
