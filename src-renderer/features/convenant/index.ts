// The convenant: read, search, compare, share check, and its beheer. The feature's public face:
// its routes and entries, and the look-up dialog (Ctrl+K) the shell's commands open.
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { ComparePage } from './ComparePage';
import { ConvenantBeheerPage } from './ConvenantBeheerPage';
import { ConvenantPrintPage } from './ConvenantPrintPage';
import { ConvenantReaderPage } from './ConvenantReaderPage';
import { ShareCheckPage } from './ShareCheckPage';

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

export { ConvenantLookupDialog } from './ConvenantLookupDialog';
