// The mentorproject ONE-on-ONE: mentors, trainings, activities, consultants, dashboard. The
// feature's public face: its route and entry, and the target section of the policy page.
import HandshakeOutlined from '@mui/icons-material/HandshakeOutlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { MentorprojectPage } from './MentorprojectPage';

const project = pageRoute('/mentorproject', MentorprojectPage, 'mentoring:dashboard');

export const mentoringRoutes: PageRoute[] = [project];

export const mentoringNavigation: NavEntry[] = [
  navEntry(project, { label: 'mentoring.nav', icon: HandshakeOutlined, group: 'work' }),
];

export { MentorTargetSection } from './MentorTargetSection';
