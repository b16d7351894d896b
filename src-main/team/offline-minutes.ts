// The minutes screen's channels answered from a meeting's copy on this workstation (issue 19): the
// same inputs (parsed with the contract's zod schemas) and the same answers as the server's core
// gives, over the MeetingView kept in the copy (offline-store.ts). What the copy cannot do (the
// agenda, a weging, an addendum: they reach into casussen and signals the copy does not hold) is
// refused with NOT_IN_LOCAL_COPY: check in first.
//
// - `meetings:get`, `meetings:lease`: the copy's meeting and lease (the lease is the holder's).
// - `meetings:save-item`: the autosave. The version the editor loaded must be the copy's (else
//   STALE_VERSION, as on the server); the item's minutes and timer are replaced, its version raised.
// - `meetings:update`: attendance (what the attendance section saves); the meeting's details as the
//   server gave them (a change of details is refused: not in the copy).
// - `meetings:adopt`: vaststellen by the chair, kept as "to adopt" and done by the server at
//   check-in (the content hash is the server's); the copy shows it vastgesteld.
// - `meetings:item-context`: an item's background as the package brought it (read, never changed
//   here); an item the package has none for (withheld, general) gets none, as from the server.
// Every answer is written to disk before it is returned (one transaction: offline-store.ts).
import type { Result } from '../../src-shared/ipc/errors';
import { contract, type ChannelName } from '../../src-shared/ipc/contract';
import { formatDate, isoDay } from '../../src-shared/domain/format';
import { formatMessage } from '../../src-shared/i18n/messages';
import type { ErrorCode } from '../../src-shared/ipc/errors';
import type { AgendaItemView, ItemContext, MeetingView } from '../../src-shared/ipc/meetings';
import type { CheckInConflict, CheckoutPackage, MeetingLease } from '../../src-shared/ipc/meeting-check-out';
import type { SessionUser } from '../../src-shared/ipc/session';
import type { OpenCopy } from './offline-store';

/** The copy's bookkeeping beside the meeting: what changed, when, and the check-in's key. */
export interface CopyState {
  checkedOutAt: string;
  /** The first and the last change in the copy (the laptop's clock), null before any. */
  offlineFrom: string | null;
  offlineUntil: string | null;
  changedItems: number[];
  attendanceChanged: boolean;
  adopted: { at: string } | null;
  /** Made before the first check-in is sent and kept until the copy is wiped: a retry sends it again. */
  checkInKey: string | null;
  /** The conflicts the last check-in was answered with, for the user to choose. */
  conflicts: CheckInConflict[] | null;
}

/** The channels of one meeting that a copy answers; every other channel goes to the server. */
export const LOCAL_CHANNELS = [
  'meetings:get',
  'meetings:lease',
  'meetings:save-item',
  'meetings:update',
  'meetings:adopt',
  'meetings:save-agenda',
  'meetings:record-weging',
  'meetings:addendum',
  'meetings:item-context',
] as const satisfies readonly ChannelName[];
export type LocalChannel = (typeof LOCAL_CHANNELS)[number];

export const isLocalChannel = (channel: ChannelName): channel is LocalChannel =>
  (LOCAL_CHANNELS as readonly string[]).includes(channel);

/** The background of an item that has none here (withheld, general): what the server answers for it. */
const NO_CONTEXT: ItemContext = { signal: null, wegingen: [], earlier: [] };

const fail = (code: ErrorCode, params?: Record<string, string | number>): Result<never> => ({
  ok: false,
  error: { code, message: formatMessage('nl', `errors.${code}`, params), ...(params ? { params } : {}) },
});

/** The meeting a call is about: its `id`, or the meeting holding its `itemId`. */
export function meetingOf(channel: LocalChannel, rawInput: unknown, copies: Iterable<OpenCopy>): OpenCopy | null {
  const input = (typeof rawInput === 'object' && rawInput !== null ? rawInput : {}) as Record<string, unknown>;
  for (const copy of copies) {
    if (
      channel === 'meetings:save-item' ||
      channel === 'meetings:record-weging' ||
      channel === 'meetings:item-context'
    ) {
      const view = copy.read<MeetingView>('view');
      if (view?.items.some((item) => item.id === input.itemId)) return copy;
    } else if (input.id === copy.meetingId) return copy;
  }
  return null;
}

/** One call of the minutes screen, answered by the copy. */
export function answerLocally(
  copy: OpenCopy,
  channel: LocalChannel,
  rawInput: unknown,
  now: () => Date,
): Result<unknown> {
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) return fail('INVALID_INPUT');
  const view = copy.read<MeetingView>('view');
  const state = copy.read<CopyState>('state');
  const user = copy.read<SessionUser>('user');
  if (!view || !state || !user) return fail('NO_LOCAL_COPY');
  const at = now().toISOString();
  const changed = (extra: Partial<CopyState>): CopyState => ({
    ...state,
    offlineFrom: state.offlineFrom ?? at,
    offlineUntil: at,
    ...extra,
  });

  // Vaststellen follows the server's rule with this laptop's clock: the chair, a concept, on or
  // after the meeting's day (the package was made earlier, often the day before, so its canAdopt
  // said "not yet"). The server checks it again at check-in.
  const adoptable = view.status === 'concept' && view.voorzitter?.id === user.id && view.datum <= isoDay(new Date(at));

  switch (channel) {
    case 'meetings:get':
      // Conflict copies are the server's: the chair sees them there, never from the copy.
      return { ok: true, value: { ...view, canAdopt: adoptable, waitingCopies: 0 } };
    case 'meetings:lease':
      return { ok: true, value: { ...copy.read<MeetingLease>('lease'), mine: true } };
    case 'meetings:item-context': {
      const { itemId } = parsed.data as { itemId: number };
      const contexts = copy.read<CheckoutPackage>('package')?.contexts ?? {};
      return { ok: true, value: contexts[String(itemId)] ?? NO_CONTEXT };
    }
    case 'meetings:save-item': {
      const input = parsed.data as {
        itemId: number;
        minutes: AgendaItemView['minutes'];
        spentSeconds: number;
        version?: number;
      };
      if (view.status !== 'concept') return fail('MEETING_ADOPTED');
      const item = view.items.find((candidate) => candidate.id === input.itemId);
      if (!item) return fail('NOT_FOUND');
      if (input.version !== undefined && input.version !== item.version) {
        return fail('STALE_VERSION', {
          savedBy: user.displayName,
          savedAt: item.updatedAt,
          version: item.version,
          fields: '',
        });
      }
      const saved: AgendaItemView = {
        ...item,
        minutes: input.minutes,
        spentSeconds: input.spentSeconds,
        updatedAt: at,
        version: item.version + 1,
      };
      const items = view.items.map((candidate) => (candidate.id === item.id ? saved : candidate));
      const changedItems = state.changedItems.includes(item.id) ? state.changedItems : [...state.changedItems, item.id];
      copy.write({ view: { ...view, items }, state: changed({ changedItems }) });
      return { ok: true, value: { savedAt: at, item: saved } };
    }
    case 'meetings:update': {
      const input = parsed.data as unknown as {
        details: Record<string, unknown>;
        attendance: MeetingView['attendance'];
        version?: number;
      };
      if (view.status !== 'concept') return fail('MEETING_ADOPTED');
      if (input.version !== undefined && input.version !== view.version) {
        return fail('STALE_VERSION', { savedBy: user.displayName, savedAt: '', version: view.version, fields: '' });
      }
      if (!sameDetails(view, input.details)) return fail('NOT_IN_LOCAL_COPY');
      const attendance = input.attendance.map(({ partner, status, namen }) => ({
        partner,
        status,
        namen: namen ?? '',
      }));
      const next = { ...view, attendance, version: view.version + 1 };
      copy.write({ view: next, state: changed({ attendanceChanged: true }) });
      return { ok: true, value: next };
    }
    case 'meetings:adopt': {
      if (view.status !== 'concept') return fail('MEETING_ADOPTED');
      if (view.voorzitter?.id !== user.id) return fail('NOT_CHAIR');
      if (!adoptable) return fail('MEETING_NOT_YET_HELD', { datum: formatDate(view.datum) });
      const next: MeetingView = {
        ...view,
        status: 'vastgesteld',
        vastgesteldAt: at,
        vastgesteldDoor: user.displayName,
        canAdopt: false,
      };
      copy.write({ view: next, state: changed({ adopted: { at } }) });
      return { ok: true, value: next };
    }
    default:
      return fail('NOT_IN_LOCAL_COPY');
  }
}

/** The meeting's details as the details form sends them (and check-in sends them back). */
export function detailsOf(view: MeetingView) {
  return {
    type: view.type,
    title: view.title,
    datum: view.datum,
    starttijd: view.starttijd,
    locatie: view.locatie,
    regionId: view.regionId,
    voorzitterId: view.voorzitter?.id ?? null,
    notulistId: view.notulist?.id ?? null,
    invitedPartners: view.invitedPartners,
    invitedPersons: view.invitedPersons,
  };
}

/** The details the form sent are the meeting's as the copy holds them (the attendance form sends them along). */
function sameDetails(view: MeetingView, details: Record<string, unknown>): boolean {
  return Object.entries(detailsOf(view)).every(
    ([key, value]) => JSON.stringify(details[key] ?? null) === JSON.stringify(value ?? null),
  );
}
