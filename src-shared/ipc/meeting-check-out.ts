// Taking a meeting out and back (issue 19): the check-out lease, what check-out hands over to the
// holder's workstation (the package), check-in with its conflicts, and the conflict copies the
// chair resolves. The meeting itself, its minutes and the background of an item are meetings.ts;
// the laptop's own channels (its copy) are offline.ts.
import { z } from 'zod';
import type { CaseState } from '../domain/casus';
import { channel } from './channel';
import {
  ATTENDANCE,
  meetingDetails,
  minutesSchema,
  type FollowUpAction,
  type ItemContext,
  type MeetingView,
} from './meetings';
import { recordId } from './record-id';
import { recordVersion } from './version';

const id = recordId;
const code = z.string().min(1, { error: 'validation.required' }).max(40);

/**
 * The check-out lease of a meeting (issue 19): the meeting is checked out to one workstation for
 * its notulist or chair, and until it ends only the holder may change it.
 */
export interface MeetingLease {
  meetingId: number;
  holder: { id: number; displayName: string };
  /** The workstation's name as its client gave it at log-in. */
  workstation: string;
  grantedAt: string;
  /** ISO; by default the end of the next day in Europe/Amsterdam. */
  expiresAt: string;
  /** The caller holds it: may write, and may revoke it. */
  mine: boolean;
}

/** The casus of an agenda item as the checked-out minutes show it (need-to-know applied). */
export interface CheckoutCase {
  id: number;
  number: string;
  naam: string;
  state: CaseState;
  regionId: number;
  afgeschermd: boolean;
}

/**
 * The version stamps of everything the offline minutes may change, as they were when the package
 * was made. Check-in sends them back; a record whose stored version moved on is a conflict.
 */
export interface CheckoutBase {
  /** The meeting's version: its details, attendance and agenda. */
  meeting: number;
  /** Per agenda item (by id, as a string key): the version of its minutes. */
  items: Record<string, number>;
  /** Per casus action that a minutes row became (by id, as a string key): its version. */
  actions: Record<string, number>;
}

/**
 * What check-out hands over to the workstation (`meetings:checkout-package`, the lease holder
 * only). The minutes per agenda item are inside `meeting.items` (the view `meetings:get` gives,
 * items the holder may not see withheld), their background in `contexts`. The covenant is not
 * sent: every workstation has it.
 */
export interface CheckoutPackage {
  lease: MeetingLease & { id: string };
  meeting: MeetingView;
  /** The casussen of the agenda items the holder may see. */
  cases: CheckoutCase[];
  /** The open actions (open or lopend) of those casussen. */
  openActions: FollowUpAction[];
  base: CheckoutBase;
  /**
   * Per agenda item about a casus the holder may see (by id, as a string key): its background as
   * `meetings:item-context` answers it, for the minutes screen offline. A withheld or general item
   * has none. (A copy made before this was sent lacks it: the server answers those items.)
   */
  contexts: Record<string, ItemContext>;
  /** When the package was made (core's clock, ISO). */
  madeAt: string;
}

/** A record check-in writes: the meeting, one agenda item's minutes, or one casus action. */
export const CHECK_IN_RECORDS = ['meeting', 'item', 'action'] as const;
export type CheckInRecordKind = (typeof CHECK_IN_RECORDS)[number];
export const checkInRecord = z.object({ kind: z.enum(CHECK_IN_RECORDS), id }).strict();
export type CheckInRecord = z.output<typeof checkInRecord>;

export const CONFLICT_TAKES = ['server', 'local', 'both'] as const;
export type ConflictTake = (typeof CONFLICT_TAKES)[number];

/** One field that changed both on the server and on the laptop, side by side. */
export interface CheckInConflict {
  record: CheckInRecord;
  /**
   * The field: a minutes section (`duiding`, `inbreng`, `besluiten`, `acties`), an action field,
   * `attendance`, `agenda`, a detail, or `removed` (an item the laptop changed is gone from the
   * server's agenda; the only choice, `server`, lays the laptop's text aside for the chair).
   */
  field: string;
  /** What the user reads: the agenda item's title, the action's description, the meeting's title. */
  label: string;
  /** Both versions as text for the side-by-side view. */
  server: string;
  local: string;
  /** Who saved the server's version last, and when (ISO). */
  serverBy: string;
  serverAt: string;
  /** The choices that apply here (`both` joins texts and keeps both rows; not every field can). */
  takes: ConflictTake[];
}

const attendanceInput = z
  .array(z.object({ partner: code, status: z.enum(ATTENDANCE), namen: z.string().max(1000).default('') }).strict())
  .max(40);

/** What the laptop changed offline, each with the version it started from (`base`). */
export const checkInChanges = z
  .object({
    /** The meeting's details and attendance, when changed offline. */
    meeting: z
      .object({ details: meetingDetails, attendance: attendanceInput, base: recordVersion })
      .strict()
      .nullable()
      .default(null),
    /** The minutes of the items changed offline (the actions are rows in them, as online). */
    items: z
      .array(
        z
          .object({
            itemId: id,
            /** The item's title on the laptop: the label of its conflict when it was removed on the server. */
            title: z.string().max(200).default(''),
            minutes: minutesSchema,
            spentSeconds: z.number().int().min(0).max(86400),
            base: recordVersion,
          })
          .strict(),
      )
      .max(100)
      .default([]),
    /**
     * The casus actions that the sent minutes rows point to (`caseActionId`), with the version
     * the package gave (`base.actions`); a row without one is new and needs none.
     */
    actions: z
      .array(z.object({ id, base: recordVersion }).strict())
      .max(1000)
      .default([]),
    /**
     * The ids of the agenda items the package held (`base.items`' keys): an item added on the
     * server since is shown as a conflict on the meeting's `agenda`.
     */
    agenda: z.array(id).max(100).default([]),
    /** The chair adopted (vaststellen) the minutes offline. */
    adopted: z.boolean().default(false),
  })
  .strict();
export type CheckInChanges = z.output<typeof checkInChanges>;

/** An ISO time with its offset; its fraction of a second may not run on (40 characters at most). */
const DATETIME_MAX = 40;
const offlineStamp = z.iso.datetime({ offset: true }).max(DATETIME_MAX);

export type CheckInResult =
  | { outcome: 'applied'; meeting: MeetingView }
  | { outcome: 'conflicts'; conflicts: CheckInConflict[] }
  | { outcome: 'conflict-copy'; copyId: string };

/** A check-in that arrived on an ended lease: kept, never applied, until the chair resolves it. */
export interface ConflictCopy {
  /** The check-in's key. */
  id: string;
  meetingId: number;
  leaseId: string;
  holder: { id: number; displayName: string };
  workstation: string;
  offlineFrom: string;
  offlineUntil: string;
  receivedAt: string;
  /**
   * Why it was kept: the lease had ended (`checked-in`: another check-in of the same lease came
   * first), or `item-removed`: the laptop's minutes of agenda items removed on the server, laid
   * aside when the holder resolved the check-in.
   */
  reason: 'expired' | 'revoked' | 'checked-in' | 'item-removed';
  changes: CheckInChanges;
  /** The differences with what the server holds now, per field, for the side-by-side view. */
  differences: CheckInConflict[];
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** How it was resolved. */
  resolution: 'applied' | 'discarded' | null;
}

/** An active lease of any meeting, for the beheerder's overview. */
export interface ActiveLease extends MeetingLease {
  meetingTitle: string;
  meetingDatum: string;
}

export const meetingCheckOutChannels = {
  /**
   * Checks the meeting out to the caller's workstation (its notulist or chair): refused while
   * another lease is active. `until` (ISO) overrides the default end (end of the next day).
   */
  'meetings:check-out': channel<MeetingLease>()({
    input: z
      .object({ id, until: z.iso.datetime({ offset: true }).max(DATETIME_MAX).nullable().default(null) })
      .strict(),
    audit: 'change',
  }),
  /** The meeting's active lease, or null. */
  'meetings:lease': channel<MeetingLease | null>()({ input: z.object({ id }).strict(), audit: 'view' }),
  /** Ends the active lease (its holder, or a beheerder). */
  'meetings:revoke-lease': channel<null>()({ input: z.object({ id }).strict(), audit: 'change' }),
  /** What check-out hands over to the lease holder's workstation (issue 19). */
  'meetings:checkout-package': channel<CheckoutPackage>()({
    input: z.object({ meetingId: id }).strict(),
    audit: 'view',
  }),
  /**
   * Sends the offline changes with the lease: applied in one transaction when no record changed
   * on the server since its base; else the conflicts, nothing applied; on an ended lease a
   * conflict copy. The same `checkInKey` again gives the same answer and applies nothing twice.
   */
  'meetings:check-in': channel<CheckInResult>()({
    input: z
      .object({
        leaseId: z.uuid(),
        checkInKey: z.uuid(),
        offlineFrom: offlineStamp,
        offlineUntil: offlineStamp,
        changes: checkInChanges,
      })
      .strict(),
    audit: 'change',
  }),
  /** Applies a check-in that had conflicts, with a choice per conflict (every conflict needs one). */
  'meetings:resolve-check-in': channel<CheckInResult>()({
    input: z
      .object({
        leaseId: z.uuid(),
        checkInKey: z.uuid(),
        choices: z
          .array(z.object({ record: checkInRecord, field: z.string().max(40), take: z.enum(CONFLICT_TAKES) }).strict())
          .max(2000),
      })
      .strict(),
    audit: 'change',
  }),
  /** The conflict copies of a meeting (its chair, or a beheerder). */
  'meetings:conflict-copies': channel<ConflictCopy[]>()({
    input: z.object({ meetingId: id }).strict(),
    audit: 'view',
  }),
  /** Applies a conflict copy with a choice per difference, or discards it (audited). */
  'meetings:resolve-conflict-copy': channel<ConflictCopy>()({
    input: z
      .object({
        copyId: z.uuid(),
        action: z.enum(['apply', 'discard']),
        choices: z
          .array(z.object({ record: checkInRecord, field: z.string().max(40), take: z.enum(CONFLICT_TAKES) }).strict())
          .max(2000)
          .default([]),
      })
      .strict(),
    audit: 'change',
  }),
  /** The active leases of all meetings (a beheerder's overview, with revoke). */
  'meetings:active-leases': channel<ActiveLease[]>()({ input: z.object({}).strict(), audit: 'view' }),
};
