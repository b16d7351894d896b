// Casusoverleg and informatieoverleg: meetings with their agenda, attendance per partner and the
// minutes per agenda item, taken live and saved within a second; vaststellen makes them read-only
// with a content hash; corrections afterwards are addenda.
import { z } from 'zod';
import { ACTION_STATUSES, type ActionStatus, type CaseState } from '../domain/casus';
import type { Role } from '../domain/roles';
import { channel } from './channel';
import { isoDate } from './persons';
import { loadedVersion } from './version';

export const ATTENDANCE = ['aanwezig', 'afwezig', 'afgemeld'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const ITEM_KINDS = ['casus', 'signaal', 'overig'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

const id = z.number().int().positive();
const code = z.string().min(1, { error: 'validation.required' }).max(40);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });
const text = (max: number) => z.string().max(max);
/** Client-made ids of rows inside a minutes section (stable across autosaves). */
const rowId = z.string().regex(/^[a-z0-9-]{1,40}$/);

/** What was shared, by which partner, and (optionally) the covenant article that allows it. */
export const inbrengSchema = z
  .object({ id: rowId, partner: z.string().max(40), tekst: text(20000), artikel: text(200).default('') })
  .strict();

/** A decision; for a signal on the agenda it can be the signal's weging. */
export const besluitSchema = z
  .object({
    id: rowId,
    tekst: text(20000),
    /** A weging decision code (besluit list) for the item's signal, once recorded. */
    weging: z
      .object({ besluit: code, wegingId: id.nullable().default(null) })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();

export const actieSchema = z
  .object({
    id: rowId,
    omschrijving: text(4000),
    actiehouderPartner: z.string().max(40),
    actiehouderNaam: text(120),
    deadline: z.union([isoDate, z.literal('')]),
    /** The casus action this row became, once complete. */
    caseActionId: id.nullable().default(null),
  })
  .strict();

export const minutesSchema = z
  .object({
    inbreng: z.array(inbrengSchema).max(100).default([]),
    duiding: text(50000).default(''),
    besluiten: z.array(besluitSchema).max(100).default([]),
    acties: z.array(actieSchema).max(100).default([]),
  })
  .strict();
export type Minutes = z.output<typeof minutesSchema>;

export interface AgendaItemView {
  id: number;
  position: number;
  kind: ItemKind;
  title: string;
  plannedMinutes: number;
  spentSeconds: number;
  casus: { id: number; number: string; naam: string; state: CaseState } | null;
  signalId: number | null;
  /** The item concerns a casus this user may not see: title and minutes are withheld. */
  withheld: boolean;
  minutes: Minutes;
  updatedAt: string;
  /** The version of the item's minutes (the autosave sends it back). */
  version: number;
}

/**
 * What the notulist is shown beside an agenda item (`meetings:item-context`): the signal it is
 * about, the casus's latest wegingen and the besluiten of the last earlier meetings that discussed
 * it. Only for an item about a casus the caller may see; empty for a general or withheld item.
 */
export interface ItemContext {
  signal: { ontvangen: string; melderPartner: string; ideologie: string; ernst: string; omschrijving: string } | null;
  /** The casus's wegingen, the latest first (at most two). */
  wegingen: { datum: string; besluit: string; motivering: string }[];
  /** Earlier meetings (before this one's day) that had the casus on the agenda, the latest first (at most two). */
  earlier: { meetingId: number; title: string; datum: string; besluiten: string[] }[];
}

export interface AttendanceView {
  partner: string;
  status: Attendance;
  namen: string;
}

export interface MeetingView {
  id: number;
  type: string;
  title: string;
  datum: string;
  starttijd: string;
  locatie: string;
  regionId: number;
  voorzitter: { id: number; displayName: string } | null;
  notulist: { id: number; displayName: string } | null;
  invitedPartners: string[];
  invitedPersons: string;
  status: 'concept' | 'vastgesteld';
  contentHash: string | null;
  /** Items of a destroyed casus were redacted: when (ISO) and under the retention rule of how many years. */
  redaction: { at: string; years: number | null } | null;
  vastgesteldAt: string | null;
  vastgesteldDoor: string | null;
  attendance: AttendanceView[];
  items: AgendaItemView[];
  addenda: { id: number; tekst: string; door: string; at: string }[];
  /** Whether this user may vaststellen (the chair, while concept). */
  canAdopt: boolean;
  /** The version of the meeting: its details, attendance and agenda. */
  version: number;
  /**
   * For its chair: how many conflict copies of offline minutes wait to be resolved (issue 19);
   * 0 for anyone else, and always 0 in the embedded mode (no leases there). The meeting page asks
   * for the copies themselves (`meetings:conflict-copies`, an audited view) only when this is > 0.
   */
  waitingCopies: number;
}

export interface MeetingSummary {
  id: number;
  type: string;
  title: string;
  datum: string;
  starttijd: string;
  status: 'concept' | 'vastgesteld';
  items: number;
  /** Who chairs it and who takes the minutes (account ids; null: not chosen yet). */
  voorzitterId: number | null;
  notulistId: number | null;
}

export interface AgendaSuggestion {
  kind: ItemKind;
  title: string;
  caseId: number | null;
  signalId: number | null;
  /** Why it is suggested: 'weging', 'monitoring', 'eerste-ico', 'open-actie'. */
  reason: string;
  date: string | null;
}

export interface FollowUpAction {
  id: number;
  caseId: number;
  caseNumber: string;
  naam: string;
  omschrijving: string;
  actiehouderPartner: string;
  actiehouderNaam: string;
  deadline: string;
  status: ActionStatus;
  meeting: { id: number; title: string; datum: string } | null;
}

/** The case roles a colleague can hold in a meeting (chair, notulist, invited person). */
export const COLLEAGUE_ROLES = [
  'procesregisseur',
  'gemeentelijk_expert',
  'notulist',
] as const satisfies readonly Role[];
export type ColleagueRole = (typeof COLLEAGUE_ROLES)[number];

/** A colleague who can be named in a meeting: no login name, no account status, nothing else. */
export interface Colleague {
  id: number;
  displayName: string;
  /** Only the case roles (never beheerder or evaluator). */
  roles: ColleagueRole[];
}

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

export const meetingDetails = z
  .object({
    type: code,
    title: z.string().trim().min(2).max(200),
    datum: isoDate,
    starttijd: time,
    locatie: z.string().trim().max(200).default(''),
    regionId: id,
    voorzitterId: id.nullable().default(null),
    notulistId: id.nullable().default(null),
    invitedPartners: z.array(code).max(40).default([]),
    invitedPersons: z.string().max(4000).default(''),
  })
  .strict();

export const agendaInput = z
  .object({
    id,
    items: z
      .array(
        z
          .object({
            id: id.optional(),
            kind: z.enum(ITEM_KINDS),
            caseId: id.nullable().default(null),
            signalId: id.nullable().default(null),
            title: z.string().trim().max(200).default(''),
            plannedMinutes: z.number().int().min(0).max(600).default(10),
          })
          .strict(),
      )
      .max(100),
    /** The meeting's version the agenda editor loaded. */
    version: loadedVersion,
  })
  .strict();

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
      .object({ details: meetingDetails, attendance: attendanceInput, base: z.number().int().min(1) })
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
            base: z.number().int().min(1),
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
      .array(z.object({ id, base: z.number().int().min(1) }).strict())
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

const offlineStamp = z.iso.datetime({ offset: true });

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

export const meetingChannels = {
  'meetings:list': channel<MeetingSummary[]>()({
    input: z.object({ from: isoDate.nullable().default(null), to: isoDate.nullable().default(null) }).strict(),
    audit: 'view',
  }),
  'meetings:get': channel<MeetingView>()({ input: z.object({ id }).strict(), audit: 'view' }),
  'meetings:create': channel<MeetingView>()({ input: meetingDetails, audit: 'change' }),
  'meetings:update': channel<MeetingView>()({
    input: z
      .object({
        id,
        details: meetingDetails,
        attendance: z
          .array(
            z.object({ partner: code, status: z.enum(ATTENDANCE), namen: z.string().max(1000).default('') }).strict(),
          )
          .max(40),
        version: loadedVersion,
      })
      .strict(),
    audit: 'change',
  }),
  /**
   * Who can chair, take the minutes or be invited: active accounts with a case role that share a
   * ZVH region with the caller (or, given a region the caller has, that hold that region).
   */
  'meetings:colleagues': channel<Colleague[]>()({
    input: z.object({ regionId: id.nullable().default(null) }).strict(),
    audit: 'view',
  }),
  'meetings:save-agenda': channel<MeetingView>()({ input: agendaInput, audit: 'change' }),
  'meetings:suggestions': channel<AgendaSuggestion[]>()({ input: z.object({ id }).strict(), audit: 'view' }),
  'meetings:item-context': channel<ItemContext>()({ input: z.object({ itemId: id }).strict(), audit: 'view' }),
  /** The autosave of one agenda item's minutes (and its timer). */
  'meetings:save-item': channel<{ savedAt: string; item: AgendaItemView }>()({
    input: z
      .object({
        itemId: id,
        minutes: minutesSchema,
        spentSeconds: z.number().int().min(0).max(86400),
        version: loadedVersion,
      })
      .strict(),
    audit: 'change',
  }),
  /** Records a decision on the item's signal as its weging (updates the signal and the casus). */
  'meetings:record-weging': channel<{ item: AgendaItemView }>()({
    input: z
      .object({ itemId: id, besluitId: rowId, besluit: code, motivering: z.string().trim().min(10).max(20000) })
      .strict(),
    audit: 'change',
  }),
  'meetings:adopt': channel<MeetingView>()({ input: z.object({ id }).strict(), audit: 'change' }),
  'meetings:addendum': channel<MeetingView>()({
    input: z.object({ id, tekst: z.string().trim().min(3).max(20000) }).strict(),
    audit: 'change',
  }),
  /**
   * Checks the meeting out to the caller's workstation (its notulist or chair): refused while
   * another lease is active. `until` (ISO) overrides the default end (end of the next day).
   */
  'meetings:check-out': channel<MeetingLease>()({
    input: z.object({ id, until: z.iso.datetime({ offset: true }).nullable().default(null) }).strict(),
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
  /** The minutes as one partner may see them: the items where it was present or involved. */
  'meetings:extract': channel<MeetingView>()({ input: z.object({ id, partner: code }).strict(), audit: 'view' }),
  'meetings:actions': channel<FollowUpAction[]>()({
    input: z
      .object({
        partner: z.string().max(40).nullable().default(null),
        caseId: id.nullable().default(null),
        /** One status, or `openstaand`: still to be done (open or lopend). */
        status: z
          .enum([...ACTION_STATUSES, 'openstaand'])
          .nullable()
          .default(null),
        overdue: z.boolean().default(false),
      })
      .strict(),
    audit: 'view',
  }),
};
