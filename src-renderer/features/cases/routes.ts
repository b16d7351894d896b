// A casus: the dossier and its print view. Its pages and navigation entries, which the shell merges
// into its route table and menu. Each page is named with onDemand: a chunk of its own, fetched on
// the page's first visit.
import { onDemand, pageRoute, type PageRoute } from '../../kit/routes';

const CasePrintPage = onDemand(() => import('./CasePrintPage').then((m) => m.CasePrintPage));
const DossierPage = onDemand(() => import('./DossierPage').then((m) => m.DossierPage));

export const caseRoutes: PageRoute[] = [
  pageRoute('/casussen/:id', DossierPage, 'cases:get'),
  pageRoute('/casussen/:id/afdrukken', CasePrintPage, 'cases:get'),
];
