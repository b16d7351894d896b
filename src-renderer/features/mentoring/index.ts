// The mentorproject ONE-on-ONE: mentors, trainings, activities, consultants, dashboard. What it
// offers other features: the target section of the policy page. Its page is in routes.ts.
export { MentorTargetSection } from './MentorTargetSection';
