// A casus: the dossier and its print view. The feature's public face: its routes, and the parts an
// inzage shows of a case.
import { pageRoute, type PageRoute } from '../../kit/routes';
import { CasePrintPage } from './CasePrintPage';
import { DossierPage } from './DossierPage';

export const caseRoutes: PageRoute[] = [
  pageRoute('/casussen/:id', DossierPage, 'cases:get'),
  pageRoute('/casussen/:id/afdrukken', CasePrintPage, 'cases:get'),
];

export { CaseNotFound } from './CaseNotFound';
export { MonitoringSheetTable, PlanSheetTable } from './CaseSheetTables';
