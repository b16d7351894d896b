// Channels for the installation's policy, set by a beheerder.
import { z } from 'zod';
import { channel } from './channel';

export interface Policy {
  /** Minutes without activity before the session locks. */
  idleMinutes: number;
  /** Years after closure before the personal data of a casus must be destroyed. */
  retentionYears: number;
}

export const DEFAULT_POLICY: Policy = { idleMinutes: 10, retentionYears: 5 };

export const policySchema = z
  .object({ idleMinutes: z.number().int().min(1).max(60), retentionYears: z.number().int().min(1).max(20) })
  .strict();

export const policyChannels = {
  'policy:get': channel<Policy>()({ input: z.object({}).strict(), audit: 'none' }),
  'policy:update': channel<Policy>()({ input: policySchema, audit: 'change' }),
};
