// Casusoverleg: agenda, attendance, minutes and actions. Its pages and navigation entries, which
// the shell merges into its route table and menu. Each page is named with onDemand: a chunk of its
// own, fetched on the page's first visit.
import AssignmentTurnedInOutlined from '@mui/icons-material/AssignmentTurnedInOutlined';
import Diversity3Outlined from '@mui/icons-material/Diversity3Outlined';
import LaptopOutlined from '@mui/icons-material/LaptopOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const ActionsPage = onDemand(() => import('./ActionsPage').then((m) => m.ActionsPage));
const LeasesAdminPage = onDemand(() => import('./LeasesAdminPage').then((m) => m.LeasesAdminPage));
const MeetingPage = onDemand(() => import('./MeetingPage').then((m) => m.MeetingPage));
const MeetingsPage = onDemand(() => import('./MeetingsPage').then((m) => m.MeetingsPage));
const MinutesPage = onDemand(() => import('./MinutesPage').then((m) => m.MinutesPage));
const MinutesPrintPage = onDemand(() => import('./MinutesPrintPage').then((m) => m.MinutesPrintPage));
const NewMeetingPage = onDemand(() => import('./NewMeetingPage').then((m) => m.NewMeetingPage));

const meetings = pageRoute('/overleggen', MeetingsPage, 'meetings:list');
const actions = pageRoute('/acties', ActionsPage, 'meetings:actions');
const leases = pageRoute('/beheer/uitchecks', LeasesAdminPage, 'meetings:active-leases');

export const meetingRoutes: PageRoute[] = [
  meetings,
  pageRoute('/overleggen/nieuw', NewMeetingPage, 'meetings:create'),
  pageRoute('/overleggen/:id', MeetingPage, 'meetings:get'),
  pageRoute('/overleggen/:id/notuleren', MinutesPage, 'meetings:get'),
  pageRoute('/overleggen/:id/afdrukken', MinutesPrintPage, 'meetings:get'),
  actions,
  leases,
];

export const meetingNavigation: NavEntry[] = [
  navEntry(meetings, { label: 'nav.meetings', icon: Diversity3Outlined, group: 'work' }),
  navEntry(actions, { label: 'nav.actions', icon: AssignmentTurnedInOutlined, group: 'work' }),
  navEntry(leases, { label: 'nav.leases', icon: LaptopOutlined, group: 'beheer' }),
];
