// What the set-up wizard collects, and which step each field belongs to: when core refuses the
// set-up, the wizard goes back to the first step with a problem, everything typed still there.
import type { FieldErrors } from '../../../kit/forms';

export interface SetupValues {
  displayName: string;
  username: string;
  password: string;
  passwordRepeat: string;
  /** A folder chosen in the dialog, or null for the default folder. */
  folder: string | null;
  confirm: [string, string];
}

export const EMPTY_SETUP: SetupValues = {
  displayName: '',
  username: '',
  password: '',
  passwordRepeat: '',
  folder: null,
  confirm: ['', ''],
};

export const STEPS = ['welcome', 'admin', 'folder', 'recoveryKey', 'confirm'] as const;
/** Connecting to the team's CTER server (team mode): its address, then its certificate's fingerprint. */
export const TEAM_STEPS = ['welcome', 'server', 'fingerprint'] as const;
export type Step = (typeof STEPS)[number] | (typeof TEAM_STEPS)[number];
/** On the team's PostgreSQL server: no folder to choose and no recovery key. */
export const SERVER_STEPS: readonly Step[] = ['welcome', 'admin', 'confirm'];

export const ADMIN_FIELDS = ['displayName', 'username', 'password', 'passwordRepeat'] as const;

export function stepOfField(field: string): Step {
  if ((ADMIN_FIELDS as readonly string[]).includes(field)) return 'admin';
  if (field === 'folder') return 'folder';
  return 'confirm';
}

/** The earliest step that has an error, or null. */
export function firstStepWithError(errors: FieldErrors, order: readonly Step[] = STEPS): Step | null {
  const steps = Object.keys(errors).map(stepOfField);
  return order.find((step) => steps.includes(step)) ?? null;
}
