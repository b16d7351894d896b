// A young person's mentor trajectory. What it offers other features: the list the mentorproject
// page shows, and the link from an intervention in a case's plan to its trajectory (with the key
// its opening dialog is held under over a lock, so the dossier opens on the plan). Its pages
// (below the mentorproject's address) are in routes.ts.
export { openingDraftKey } from './heldDrafts';
export { InterventionTrajectoryLink, MENTORTRAJECT } from './InterventionTrajectLink';
export { TrajectoriesList } from './TrajectoriesList';
