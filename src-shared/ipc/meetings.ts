// Casusoverleg and informatieoverleg: meetings with their agenda, attendance per partner and the
// minutes per agenda item, taken live and saved within a second; vaststellen makes them read-only
// with a content hash; corrections afterwards are addenda. Checking a meeting out to a laptop and
// in again (the lease, the package, check-in, conflict copies): meeting-check-out.ts.
import { z } from 'zod';
import { ACTION_STATUSES, type ActionStatus, type CaseState } from '../domain/casus';
import { CITATION_MAX } from '../domain/convenant';
import type { Role } from '../domain/roles';
import { channel } from './channel';
import { isoDate } from './persons';
import { loadedVersion } from './version';
import { recordId } from './record-id';

export const ATTENDANCE = ['aanwezig', 'afwezig', 'afgemeld'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const ITEM_KINDS = ['casus', 'signaal', 'overig'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

const id = recordId;
const code = z.string().min(1, { error: 'validation.required' }).max(40);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });
const text = (max: number) => z.string().max(max);
/** Client-made ids of rows inside a minutes section (stable across autosaves). */
const rowId = z.string().regex(/^[a-z0-9-]{1,40}$/);

/** What was shared, by which partner, and (optionally) the covenant article that allows it. */
export const inbrengSchema = z
  .object({ id: rowId, partner: z.string().max(40), tekst: text(20000), artikel: text(CITATION_MAX).default('') })
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
