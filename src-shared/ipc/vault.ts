// The encrypted database on this workstation: its status, the first-run set-up (or demo data), and
// restoring a backup before anyone can log in (a forgotten password, a damaged database).
import { z } from 'zod';
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
  'vault:restore-backup': channel<{ restored: boolean; fileName: string | null }>()({
    input: loginInput,
    audit: 'session',
  }),
};
