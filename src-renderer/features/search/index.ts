// Casussen: finding cases. The feature's public face: its route and entry, and the provider that
// keeps the search while a dossier is visited (the shell places it around the pages).
import FolderSharedOutlined from '@mui/icons-material/FolderSharedOutlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { CasesPage } from './CasesPage';

const cases = pageRoute('/casussen', CasesPage, 'search:query');

export const searchRoutes: PageRoute[] = [cases];

export const searchNavigation: NavEntry[] = [
  navEntry(cases, { label: 'nav.cases', icon: FolderSharedOutlined, group: 'work' }),
];

export { CaseSearchProvider } from './SearchStateContext';
