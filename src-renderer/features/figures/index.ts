// Cijfers: the year figures, the dashboard and the year report. What it offers other features: the
// charts and number forms their dashboards use. Its pages are in routes.ts.
export { ChartFigure } from './ChartFigure';
export { YearBarChart } from './charts/YearBarChart';
export { SINGLE_COLOR } from './charts/palette';
export { formatNumber, formatShare, NO_FIGURE } from './numbers';
