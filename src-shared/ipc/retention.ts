// Bewaartermijn: the cases whose retention period has ended, and their destruction.
import { z } from 'zod';
import type { CaseOutcome } from '../domain/casus';
import { channel } from './channel';
import { recordId } from './record-id';

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

/** A mentor trajectory from a partner's aanmelding, afgerond longer ago than the retention period. */
export interface DueTrajectory {
  id: number;
  code: string;
  endedAt: string;
  retentionUntil: string;
  uitkomst: string | null;
  region: string;
}

/** How much is past its bewaartermijn (what `retention:due` and `retention:due-trajectories` list). */
export interface DueCount {
  cases: number;
  trajectories: number;
}

/** A copy of the database the application knows of (it still holds what was destroyed after it was made). */
export interface KnownCopy {
  /** Opaque; the only thing the renderer sends back to delete it. */
  id: string;
  /** 'voor-herstel': kept beside the database by a restore; 'back-up': made through the application. */
  kind: 'voor-herstel' | 'back-up';
  fileName: string;
  madeAt: string;
  /** The file is still where it was made (and can be deleted from here). */
  present: boolean;
}

/** What the beheerder types to confirm: "VERNIETIG <number of cases>". */
export function destructionConfirmation(count: number): string {
  return `VERNIETIG ${count}`;
}

export const retentionChannels = {
  'retention:due': channel<DueCase[]>()({ input: z.object({}).strict(), audit: 'view' }),
  'retention:due-trajectories': channel<DueTrajectory[]>()({ input: z.object({}).strict(), audit: 'view' }),
  /**
   * How many casussen and trajecten are past their bewaartermijn: the beheerder's start page counts,
   * the lists are the Bewaartermijn page's. Two numbers say nothing about anyone: not audited.
   */
  'retention:due-count': channel<DueCount>()({ input: z.object({}).strict(), audit: 'none' }),
  /** The known copies, and core's today (yyyy-mm-dd): backups from before it still hold what is destroyed. */
  'retention:copies': channel<{ today: string; copies: KnownCopy[] }>()({
    input: z.object({}).strict(),
    audit: 'view',
  }),
  /** Deletes the reachable copies chosen by id (after a destruction, so they no longer hold it). */
  'retention:delete-copies': channel<{ deleted: number }>()({
    input: z
      .object({
        ids: z
          .array(z.string().regex(/^[0-9a-f]{16}$/))
          .min(1)
          .max(200),
      })
      .strict(),
    audit: 'delete',
  }),
  /** Destroys cases and anonymises trajectories; the confirmation counts both. */
  'retention:destroy': channel<{ cases: number; persons: number; records: number; trajectories: number }>()({
    input: z
      .object({
        caseIds: z.array(recordId).max(5000),
        trajectoryIds: z.array(recordId).max(5000).default([]),
        confirmation: z.string().max(40),
      })
      .strict()
      .refine((value) => value.caseIds.length + value.trajectoryIds.length > 0, { path: ['caseIds'] }),
    audit: 'delete',
  }),
};
