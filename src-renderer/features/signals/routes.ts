// Registering a signaal. Its pages and navigation entries, which the shell merges into its route
// table and menu. Each page is named with onDemand: a chunk of its own, fetched on the page's first
// visit.
import { onDemand, pageRoute, type PageRoute } from '../../kit/routes';

const RegisterSignalPage = onDemand(() => import('./RegisterSignalPage').then((m) => m.RegisterSignalPage));

export const signalRoutes: PageRoute[] = [pageRoute('/signalen/nieuw', RegisterSignalPage, 'signals:register')];
