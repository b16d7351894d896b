// A young person's mentor trajectory. Its pages and navigation entries, which the shell merges into
// its route table and menu. Each page is named with onDemand: a chunk of its own, fetched on the
// page's first visit.
import { onDemand, pageRoute, type PageRoute } from '../../kit/routes';

const TrajectoriesPage = onDemand(() => import('./TrajectoriesPage').then((m) => m.TrajectoriesPage));
const TrajectoryPage = onDemand(() => import('./TrajectoryPage').then((m) => m.TrajectoryPage));

export const trajectoryRoutes: PageRoute[] = [
  pageRoute('/mentorproject/trajecten', TrajectoriesPage, 'trajectories:list'),
  pageRoute('/mentorproject/trajecten/:id', TrajectoryPage, 'trajectories:get'),
];
