// Cijfers: the year figures, the dashboard and the year report. Its pages and navigation entries,
// which the shell merges into its route table and menu. Open to whoever may read the published
// figures (every role, the provincial coordinator too); the exact ones are a view inside the page. Each page is named with onDemand: a chunk
// of its own, fetched on the page's first visit.
import InsertChartOutlined from '@mui/icons-material/InsertChartOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const FiguresPage = onDemand(() => import('./FiguresPage').then((m) => m.FiguresPage));
const YearReportPage = onDemand(() => import('./YearReportPage').then((m) => m.YearReportPage));

const figures = pageRoute('/cijfers', FiguresPage, 'figures:published');

export const figureRoutes: PageRoute[] = [
  figures,
  pageRoute('/cijfers/jaarrapport', YearReportPage, 'figures:published'),
];

export const figureNavigation: NavEntry[] = [
  navEntry(figures, { label: 'figures.nav', icon: InsertChartOutlined, group: 'work' }),
];
