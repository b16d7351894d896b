// A young person's mentor trajectory. What it offers other features: the list the mentorproject
// page shows, and the link from an intervention in a case's plan to its trajectory. Its pages
// (below the mentorproject's address) are in routes.ts.
export { InterventionTrajectoryLink, MENTORTRAJECT } from './InterventionTrajectLink';
export { TrajectoriesList } from './TrajectoriesList';
