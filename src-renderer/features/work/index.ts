// Mijn werk: the start page, what is due for me. The feature's public face: its route and entry.
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { MijnWerkPage } from './MijnWerkPage';

const home = pageRoute('/', MijnWerkPage);

export const workRoutes: PageRoute[] = [home];

export const workNavigation: NavEntry[] = [navEntry(home, { label: 'nav.home', icon: HomeOutlined, group: 'work' })];
