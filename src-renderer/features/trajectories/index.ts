// A young person's mentor trajectory. The feature's public face: its routes (below the
// mentorproject's address), the list the mentorproject page shows, and the link from an
// intervention in a case's plan to its trajectory.
import { pageRoute, type PageRoute } from '../../kit/routes';
import { TrajectoriesPage } from './TrajectoriesPage';
import { TrajectoryPage } from './TrajectoryPage';

export const trajectoryRoutes: PageRoute[] = [
  pageRoute('/mentorproject/trajecten', TrajectoriesPage, 'trajectories:list'),
  pageRoute('/mentorproject/trajecten/:id', TrajectoryPage, 'trajectories:get'),
];

export { InterventionTrajectoryLink, MENTORTRAJECT } from './InterventionTrajectLink';
export { TrajectoriesList } from './TrajectoriesList';
