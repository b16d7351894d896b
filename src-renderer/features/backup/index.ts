// Backups and restoring one in a session. The feature's public face: its route and entry.
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { BackupPage } from './BackupPage';

const backup = pageRoute('/beheer/back-up', BackupPage, 'backup:create');

export const backupRoutes: PageRoute[] = [backup];

export const backupNavigation: NavEntry[] = [
  navEntry(backup, { label: 'nav.backup', icon: SaveOutlined, group: 'beheer' }),
];
