// Backups and restoring one in a session. Its pages and navigation entries, which the shell merges
// into its route table and menu. Each page is named with onDemand: a chunk of its own, fetched on
// the page's first visit.
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const BackupPage = onDemand(() => import('./BackupPage').then((m) => m.BackupPage));

const backup = pageRoute('/beheer/back-up', BackupPage, 'backup:create');

export const backupRoutes: PageRoute[] = [backup];

export const backupNavigation: NavEntry[] = [
  navEntry(backup, { label: 'nav.backup', icon: SaveOutlined, group: 'beheer' }),
];
