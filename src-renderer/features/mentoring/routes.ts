// The mentorproject ONE-on-ONE: mentors, trainings, activities, consultants, dashboard. Its pages
// and navigation entries, which the shell merges into its route table and menu. Each page is named
// with onDemand: a chunk of its own, fetched on the page's first visit.
import HandshakeOutlined from '@mui/icons-material/HandshakeOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const MentorprojectPage = onDemand(() => import('./MentorprojectPage').then((m) => m.MentorprojectPage));

const project = pageRoute('/mentorproject', MentorprojectPage, 'mentoring:dashboard');

export const mentoringRoutes: PageRoute[] = [project];

export const mentoringNavigation: NavEntry[] = [
  navEntry(project, { label: 'mentoring.nav', icon: HandshakeOutlined, group: 'work' }),
];
