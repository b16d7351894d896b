// The encrypted database on this workstation: its status, the first-run set-up (or demo data),
// restoring a backup before anyone can log in (a forgotten password, a damaged database), and the
// key's maintenance. The last five channels serve the admin CLI (see the permission table: rekey and
// seed-demo are the beheerder's, the three 'cli' ones only the CLI's core opens).
import { z } from 'zod';
import { displayNameSchema, usernameSchema } from '../domain/password-policy';
import type { Role } from '../domain/roles';
import { channel } from './channel';
import {
  loginInput,
  setupInput,
  type SessionUser,
  type SetupProposal,
  type VaultState,
  type VaultStatus,
} from './session';

const recoveryKeyInput = z.object({ recoveryKey: z.string().min(1).max(200) }).strict();

export const vaultChannels = {
  'vault:status': channel<VaultStatus>()({ input: z.object({}).strict(), audit: 'none' }),
  'vault:prepare-setup': channel<SetupProposal>()({ input: z.object({}).strict(), audit: 'none' }),
  'vault:choose-folder': channel<{ folder: string | null }>()({ input: z.object({}).strict(), audit: 'none' }),
  'vault:setup': channel<{ user: SessionUser }>()({ input: setupInput, audit: 'session' }),
  'vault:setup-demo': channel<{ accounts: { username: string; roles: Role[] }[]; password: string }>()({
    input: z.object({}).strict(),
    audit: 'session',
  }),
  'vault:leave-demo': channel<{ state: VaultState }>()({ input: z.object({}).strict(), audit: 'none' }),
  /** `kept`: the file name the replaced database was kept under (null when there was none). */
  'vault:restore-backup': channel<{ restored: boolean; fileName: string | null; kept: string | null }>()({
    input: loginInput,
    audit: 'session',
  }),
  /** A new database key, sealed into every key slot; the database is re-encrypted with it. */
  'vault:rekey': channel<Record<string, never>>()({ input: z.object({}).strict(), audit: 'change' }),
  /** Adds what is missing of the fictitious dataset to the open demo database (NOT_DEMO otherwise). */
  'vault:seed-demo': channel<{ accounts: number; persons: number }>()({
    input: z.object({}).strict(),
    audit: 'change',
  }),
  /** A demo database at the CLI's path with a first beheerder, who is then logged in. */
  'vault:create-demo': channel<{ user: SessionUser; recoveryKey: string }>()({
    input: z
      .object({ username: usernameSchema, displayName: displayNameSchema, password: z.string().min(1).max(1024) })
      .strict(),
    audit: 'session',
  }),
  /** The raw database key (hex), unlocked with the recovery key: the emergency procedure. */
  'vault:recover-key': channel<{ databaseKey: string }>()({ input: recoveryKeyInput, audit: 'session' }),
  /** With the recovery key: a temporary password for an account (for instance the only beheerder). */
  'vault:reset-password': channel<{ temporaryPassword: string }>()({
    input: recoveryKeyInput.extend({ username: usernameSchema }),
    audit: 'change',
  }),
};
