// The roles an account can hold. An account has one or more; what each may do is in permissions.ts.
export const ROLES = ['beheerder', 'procesregisseur', 'gemeentelijk_expert', 'notulist', 'evaluator'] as const;
export type Role = (typeof ROLES)[number];
