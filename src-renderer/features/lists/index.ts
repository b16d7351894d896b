// Keuzelijsten and regions. The feature's public face: its route and entry, and the reference data
// (lists, regions, municipalities) that every case screen reads its labels and choices from.
import ListAltOutlined from '@mui/icons-material/ListAltOutlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { ListsPage } from './ListsPage';

const lists = pageRoute('/beheer/keuzelijsten', ListsPage, 'lists:save');

export const listRoutes: PageRoute[] = [lists];

export const listNavigation: NavEntry[] = [
  navEntry(lists, { label: 'lists.nav', icon: ListAltOutlined, group: 'beheer' }),
];

export { choices, gemeenteName, listLabel, regionName, useReferenceData } from './reference';
