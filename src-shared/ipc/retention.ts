// Bewaartermijn: the cases whose retention period has ended, and their destruction.
import { z } from 'zod';
import type { CaseOutcome } from '../domain/casus';
import { channel } from './channel';

export interface DueCase {
  id: number;
  number: string;
  closedAt: string;
  retentionUntil: string;
  outcome: CaseOutcome | null;
  region: string;
  /** The person has another casus that stays: their person record is kept for it. */
  personKept: boolean;
}

/** What the beheerder types to confirm: "VERNIETIG <number of cases>". */
export function destructionConfirmation(count: number): string {
  return `VERNIETIG ${count}`;
}

export const retentionChannels = {
  'retention:due': channel<DueCase[]>()({ input: z.object({}).strict(), audit: 'view' }),
  'retention:destroy': channel<{ cases: number; persons: number; records: number }>()({
    input: z
      .object({
        caseIds: z.array(z.number().int().positive()).min(1).max(5000),
        confirmation: z.string().max(40),
      })
      .strict(),
    audit: 'delete',
  }),
};
