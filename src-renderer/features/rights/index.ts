// The rights of the person concerned: the inzage. The feature's public face: its route.
import { pageRoute, type PageRoute } from '../../kit/routes';
import { InzagePage } from './InzagePage';

export const rightsRoutes: PageRoute[] = [pageRoute('/personen/:id/inzage', InzagePage, 'rights:inzage')];
