// Casussen: finding cases. Its pages and navigation entries, which the shell merges into its route
// table and menu. Each page is named with onDemand: a chunk of its own, fetched on the page's first
// visit.
import FolderSharedOutlined from '@mui/icons-material/FolderSharedOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const CasesPage = onDemand(() => import('./CasesPage').then((m) => m.CasesPage));

const cases = pageRoute('/casussen', CasesPage, 'search:query');

export const searchRoutes: PageRoute[] = [cases];

export const searchNavigation: NavEntry[] = [
  navEntry(cases, { label: 'nav.cases', icon: FolderSharedOutlined, group: 'work' }),
];
