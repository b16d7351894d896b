// Channels of the vault (first run, unlocking) and the session (login, lock, logout).
import { z } from 'zod';
import type { Role } from '../domain/roles';
import { displayNameSchema, PASSWORD_MAX_LENGTH, passwordSchema, usernameSchema } from '../domain/password-policy';
import { channel } from './channel';

export type VaultState =
  /** No database yet: the set-up wizard. */
  | 'no-database'
  /** The database exists; nobody is logged in (or the session was locked). */
  | 'locked'
  | 'unlocked'
  /** The database or its key file cannot be read; restore from a backup. */
  | 'damaged'
  /** The database was written by a newer version of the application. */
  | 'too-new'
  /** A migration to this version failed and was rolled back: the database is as it was. */
  | 'not-updated'
  /** The settings file (instellingen.json) is damaged: where the database is is unknown, not "none". */
  | 'settings-damaged'
  /** Another program has the database open. */
  | 'in-use'
  /** The store configuration (store.json) is wrong, or the PostgreSQL server cannot be reached. */
  | 'no-connection';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  mustChangePassword: boolean;
}

export interface VaultStatus {
  state: VaultState;
  demo: boolean;
  /** Who was logged in when the session was locked: the lock screen asks only for the password. */
  lockedUser: { username: string; displayName: string } | null;
  user: SessionUser | null;
  /** The session is in kiosk mode: the renderer shows the kiosk and nothing else (also after a reload). */
  kiosk: boolean;
  /** For the problem states (`damaged`, `no-connection`, …): what is wrong, as an error code. */
  problem: string | null;
  /** The data lives on the team's PostgreSQL server (store.json), not in a file on this workstation. */
  server: boolean;
  /**
   * Team mode: the CTER server this workstation is connected to (null on the workstation's own
   * database, also when that is PostgreSQL through store.json). `connected` is false while the
   * server cannot be reached.
   */
  team: {
    host: string;
    port: number;
    connected: boolean;
    /**
     * Without a connection: meetings are kept on this workstation (issue 19), so a log-in with the
     * password of one opens those meetings, and nothing else, until the server answers again.
     */
    offlineCopies?: boolean;
    /**
     * Before a log-in: meetings kept here whose copy cannot be opened (its key slot file is damaged).
     * Kept as they are for the beheerder; the login screen says so.
     */
    damagedCopies?: number[];
  } | null;
  /**
   * A restore of a backup that a crash had cut off, dealt with when the application started:
   * finished (the backup is in place; file names of the backup and the kept database) or undone
   * (nothing was replaced). Shown on the login screen until someone logs in.
   */
  interruptedRestore: { outcome: 'finished' | 'undone'; backup: string | null; kept: string | null } | null;
}

export interface SetupProposal {
  /** The recovery key, in groups, shown once; null on a PostgreSQL server, which has none. */
  recoveryKey: string | null;
  /** Which groups (1-based) the user must type back to show it was written down. */
  confirmGroups: [number, number];
  defaultFolder: string;
}

/** A word of the recovery key typed back at set-up: here and in the confirm step's fields. */
export const CONFIRM_WORD_MAX = 16;

const passwordPair = {
  password: passwordSchema,
  // Compared with the password: no longer than it may be.
  passwordRepeat: z.string().max(PASSWORD_MAX_LENGTH, { error: 'validation.tooLong' }),
};

function samePasswords(value: { password: string; passwordRepeat: string }, ctx: z.RefinementCtx) {
  if (value.password !== value.passwordRepeat) {
    ctx.addIssue({ code: 'custom', path: ['passwordRepeat'], message: 'validation.passwordsDiffer' });
  }
}

export const setupInput = z
  .object({
    displayName: displayNameSchema,
    username: usernameSchema,
    ...passwordPair,
    /** A folder chosen with vault:choose-folder, or null for the default. */
    folder: z.string().min(1).max(4096).nullable(),
    confirm: z.array(z.string().max(CONFIRM_WORD_MAX)).length(2),
  })
  .strict()
  .superRefine(samePasswords);

/**
 * A workstation's name at a CTER server's log-in (as the client gives it, or as its client
 * certificate does): shown in the audit, so short and plain.
 */
export const workstationNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u);

export const loginInput = z.object({ username: usernameSchema, password: z.string().min(1).max(1024) }).strict();

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1).max(1024),
    ...passwordPair,
  })
  .strict()
  .superRefine(samePasswords);

export const sessionChannels = {
  'session:login': channel<{ user: SessionUser }>()({ input: loginInput, audit: 'session' }),
  'session:lock': channel<Record<string, never>>()({ input: z.object({}).strict(), audit: 'session' }),
  'session:logout': channel<Record<string, never>>()({ input: z.object({}).strict(), audit: 'session' }),
  'session:activity': channel<Record<string, never>>()({ input: z.object({}).strict(), audit: 'none' }),
  'session:change-password': channel<{ user: SessionUser }>()({ input: changePasswordInput, audit: 'session' }),
};
