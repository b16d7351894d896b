// The roles an account can hold. An account has one or more; what each may do is in permissions.ts.
// The coordinator works for the provincial project that coordinates the approach in several ZVHs
// (houses) on one server: the year figures and evaluations of all of them, only in the form that
// passes disclosure control, and no case, person or meeting.
export const ROLES = [
  'beheerder',
  'procesregisseur',
  'gemeentelijk_expert',
  'notulist',
  'evaluator',
  'coordinator',
] as const;
export type Role = (typeof ROLES)[number];
