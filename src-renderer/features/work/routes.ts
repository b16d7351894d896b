// Mijn werk: the start page, what is due for me. Its pages and navigation entries, which the shell
// merges into its route table and menu. Each page is named with onDemand: a chunk of its own,
// fetched on the page's first visit.
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const MijnWerkPage = onDemand(() => import('./MijnWerkPage').then((m) => m.MijnWerkPage));

const home = pageRoute('/', MijnWerkPage);

export const workRoutes: PageRoute[] = [home];

export const workNavigation: NavEntry[] = [navEntry(home, { label: 'nav.home', icon: HomeOutlined, group: 'work' })];
