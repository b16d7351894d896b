// Keuzelijsten and regions. Its pages and navigation entries, which the shell merges into its route
// table and menu. Each page is named with onDemand: a chunk of its own, fetched on the page's first
// visit.
import ListAltOutlined from '@mui/icons-material/ListAltOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const ListsPage = onDemand(() => import('./ListsPage').then((m) => m.ListsPage));

const lists = pageRoute('/beheer/keuzelijsten', ListsPage, 'lists:save');

export const listRoutes: PageRoute[] = [lists];

export const listNavigation: NavEntry[] = [
  navEntry(lists, { label: 'lists.nav', icon: ListAltOutlined, group: 'beheer' }),
];
