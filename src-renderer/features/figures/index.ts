// Cijfers: the year figures, the dashboard and the year report. The feature's public face: its
// routes and entry, and the charts and number forms other features' dashboards use.
import InsertChartOutlined from '@mui/icons-material/InsertChartOutlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { FiguresPage } from './FiguresPage';
import { YearReportPage } from './YearReportPage';

const figures = pageRoute('/cijfers', FiguresPage, 'figures:dashboard');

export const figureRoutes: PageRoute[] = [
  figures,
  pageRoute('/cijfers/jaarrapport', YearReportPage, 'figures:dashboard'),
];

export const figureNavigation: NavEntry[] = [
  navEntry(figures, { label: 'figures.nav', icon: InsertChartOutlined, group: 'work' }),
];

export { ChartFigure } from './ChartFigure';
export { YearBarChart } from './charts/YearBarChart';
export { SINGLE_COLOR } from './charts/palette';
export { formatNumber, formatShare, NO_FIGURE } from './numbers';
