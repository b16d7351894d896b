// Channels for account management by a beheerder.
import { z } from 'zod';
import { displayNameSchema, passwordSchema, usernameSchema } from '../domain/password-policy';
import { ROLES, type Role } from '../domain/roles';
import { channel } from './channel';
import { recordId } from './record-id';

export interface AccountSummary {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  /** The ZVH regions whose cases this account may see. */
  regionIds: number[];
  active: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

const roles = z.array(z.enum(ROLES)).min(1, { error: 'validation.rolesRequired' }).max(ROLES.length);
/** Optional: when left out, core generates a temporary password and returns it once. */
const temporaryPassword = passwordSchema.optional();
const id = recordId;
const regionIds = z.array(id).max(20).default([]);

export const accountChannels = {
  'accounts:list': channel<AccountSummary[]>()({ input: z.object({}).strict(), audit: 'view' }),
  'accounts:create': channel<{ account: AccountSummary; temporaryPassword: string }>()({
    input: z
      .object({ username: usernameSchema, displayName: displayNameSchema, roles, regionIds, temporaryPassword })
      .strict(),
    audit: 'change',
  }),
  'accounts:update': channel<AccountSummary>()({
    input: z.object({ id, displayName: displayNameSchema, roles, regionIds }).strict(),
    audit: 'change',
  }),
  'accounts:deactivate': channel<AccountSummary>()({ input: z.object({ id }).strict(), audit: 'change' }),
  /** Reactivating and resetting both give the account a new temporary password. */
  'accounts:reset-password': channel<{ account: AccountSummary; temporaryPassword: string }>()({
    input: z.object({ id, temporaryPassword }).strict(),
    audit: 'change',
  }),
};
