// Casusoverleg: agenda, attendance, minutes and actions. The feature's public face: its routes and
// entries, and the keys of the minutes screen (the help dialog lists them).
import AssignmentTurnedInOutlined from '@mui/icons-material/AssignmentTurnedInOutlined';
import Diversity3Outlined from '@mui/icons-material/Diversity3Outlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { ActionsPage } from './ActionsPage';
import { MeetingPage } from './MeetingPage';
import { MeetingsPage } from './MeetingsPage';
import { MinutesPage } from './MinutesPage';
import { MinutesPrintPage } from './MinutesPrintPage';
import { NewMeetingPage } from './NewMeetingPage';

const meetings = pageRoute('/overleggen', MeetingsPage, 'meetings:list');
const actions = pageRoute('/acties', ActionsPage, 'meetings:actions');

export const meetingRoutes: PageRoute[] = [
  meetings,
  pageRoute('/overleggen/nieuw', NewMeetingPage, 'meetings:create'),
  pageRoute('/overleggen/:id', MeetingPage, 'meetings:get'),
  pageRoute('/overleggen/:id/notuleren', MinutesPage, 'meetings:get'),
  pageRoute('/overleggen/:id/afdrukken', MinutesPrintPage, 'meetings:get'),
  actions,
];

export const meetingNavigation: NavEntry[] = [
  navEntry(meetings, { label: 'nav.meetings', icon: Diversity3Outlined, group: 'work' }),
  navEntry(actions, { label: 'nav.actions', icon: AssignmentTurnedInOutlined, group: 'work' }),
];

export { MINUTES_SHORTCUTS } from './minutesShortcuts';
