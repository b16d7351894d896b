// The rights of the person concerned: the inzage. Its pages and navigation entries, which the shell
// merges into its route table and menu. Each page is named with onDemand: a chunk of its own,
// fetched on the page's first visit.
import { onDemand, pageRoute, type PageRoute } from '../../kit/routes';

const InzagePage = onDemand(() => import('./InzagePage').then((m) => m.InzagePage));

export const rightsRoutes: PageRoute[] = [pageRoute('/personen/:id/inzage', InzagePage, 'rights:inzage')];
