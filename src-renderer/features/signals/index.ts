// Registering a signaal. The feature's public face: its route, and the app bar's button.
import { pageRoute, type PageRoute } from '../../kit/routes';
import { RegisterSignalPage } from './RegisterSignalPage';

export const signalRoutes: PageRoute[] = [pageRoute('/signalen/nieuw', RegisterSignalPage, 'signals:register')];

export { NewSignalButton } from './NewSignalButton';
