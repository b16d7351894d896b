// The convenant: read, search, compare, share check, and its beheer. Its pages and navigation
// entries, which the shell merges into its route table and menu. Each page is named with onDemand:
// a chunk of its own, fetched on the page's first visit.
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const ComparePage = onDemand(() => import('./ComparePage').then((m) => m.ComparePage));
const ConvenantBeheerPage = onDemand(() => import('./ConvenantBeheerPage').then((m) => m.ConvenantBeheerPage));
const ConvenantPrintPage = onDemand(() => import('./ConvenantPrintPage').then((m) => m.ConvenantPrintPage));
const ConvenantReaderPage = onDemand(() => import('./ConvenantReaderPage').then((m) => m.ConvenantReaderPage));
const ShareCheckPage = onDemand(() => import('./ShareCheckPage').then((m) => m.ShareCheckPage));

const reader = pageRoute('/convenant', ConvenantReaderPage, 'convenant:get');
const beheer = pageRoute('/beheer/convenant', ConvenantBeheerPage, 'convenant:import');

export const convenantRoutes: PageRoute[] = [
  reader,
  pageRoute('/convenant/begrippen', ConvenantReaderPage, 'convenant:get'),
  pageRoute('/convenant/artikel/:nummer', ConvenantReaderPage, 'convenant:get'),
  pageRoute('/convenant/afdrukken', ConvenantPrintPage, 'convenant:get'),
  pageRoute('/convenant/delen', ShareCheckPage, 'convenant:share-check'),
  pageRoute('/convenant/vergelijken', ComparePage, 'convenant:compare'),
  beheer,
];

export const convenantNavigation: NavEntry[] = [
  navEntry(reader, { label: 'nav.convenant', icon: MenuBookOutlined, group: 'work' }),
  navEntry(beheer, { label: 'nav.convenantBeheer', icon: GavelOutlined, group: 'beheer' }),
];
