// The logged-in user's meetings on this workstation (issue 19): the copies the remote bridge serves
// the minutes screen from, and the offline:* channels (src-shared/ipc/offline.ts).
//
// - Unlocked with the password at log-in (online, or offline when the server cannot be reached: then
//   the copy's password is the log-in, and its user the session's), closed at lock and log-out.
// - Routing: while a meeting's copy is open, its minutes channels (offline-minutes.ts, the items'
//   background included) are answered here — online or offline — so the minutes screen works
//   unchanged and shows what the package brought; everything else goes to the
//   server. Without a connection, `meetings:list` lists the copies' meetings and `lists:get` gives
//   the reference lists kept at check-out (partners, besluiten: the minutes screen's choices).
// - Check-out: the password is checked by a log-in of its own at the server (ended at once), so a
//   copy is never sealed with a mistyped one; then the lease, the package, and the copy.
// - Remove: the copy is wiped here at once, and the lease ended at the server (`meetings:revoke-lease`,
//   audited there); without a connection that call is kept and made before the next one.
// - Check-in: what changed, with the lease and the copy's `checkInKey` (made and written before the
//   first attempt, so a retry after a lost answer is the same check-in); applied (or kept by the
//   server as a conflict copy): the copy is wiped; conflicts: kept here until the user chose.
import { randomUUID } from 'node:crypto';
import type { ChannelName } from '../../src-shared/ipc/contract';
import type { ErrorCode, Result } from '../../src-shared/ipc/errors';
import { formatMessage } from '../../src-shared/i18n/messages';
import type { MeetingSummary, MeetingView } from '../../src-shared/ipc/meetings';
import type { MeetingLease } from '../../src-shared/ipc/meeting-check-out';
import type { OfflineCheckIn, OfflineCheckInChoice, OfflineCopy } from '../../src-shared/ipc/offline';
import { contract } from '../../src-shared/ipc/contract';
import type { SessionUser } from '../../src-shared/ipc/session';
import { checkInInput, resolveInput, type CheckoutPackage } from './offline-check-in';
import { answerLocally, isLocalChannel, meetingOf, type CopyState } from './offline-minutes';
import type { OfflineStore, OpenCopy } from './offline-store';

export interface OfflineCopiesOptions {
  store: OfflineStore;
  /** A call to the server in the current session (the remote bridge's, without `flushPending`). */
  server(channel: ChannelName, input: unknown): Promise<Result<unknown>>;
  /** Checks the password at the server without keeping a session (a log-in, ended at once). */
  checkPassword(username: string, password: string): Promise<Result<null>>;
  now?: () => Date;
  logger?: { error(message: string, error?: unknown): void };
}

export interface OfflineCopies {
  /** Opens this user's copies (after a log-in with `password`). */
  unlock(username: string, password: string): Promise<void>;
  /** An offline log-in: the user of a copy this password opens (the copies stay open), or null. */
  unlockOffline(username: string, password: string): Promise<SessionUser | null>;
  /** offline:check-out for the session's user (its input parsed by the caller). */
  checkOut(input: { id: number; password: string }, user: SessionUser | null): Promise<Result<unknown>>;
  /** Closes the copies (lock, log-out, quit). */
  lock(): void;
  /**
   * The copies' answer to a call, to be run once: an offline:* channel, or a minutes channel of a
   * meeting held here. Null: the call is the server's.
   */
  route(channel: ChannelName, rawInput: unknown): (() => Promise<Result<unknown>>) | null;
  /** The answer to a call the server could not be reached for, when the copies have one. */
  whenUnreachable(channel: ChannelName): Result<unknown> | null;
  /** Before a call to the server: the lease ends kept while offline, made now (best effort). */
  flushPending(): Promise<void>;
}

const fail = (code: ErrorCode): Result<never> => ({
  ok: false,
  error: { code, message: formatMessage('nl', `errors.${code}`) },
});

export function createOfflineCopies(options: OfflineCopiesOptions): OfflineCopies {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const open = new Map<number, OpenCopy>();
  let flushing: Promise<void> | null = null;

  const adopt = (copies: OpenCopy[]) => {
    for (const copy of copies) {
      open.get(copy.meetingId)?.close();
      open.set(copy.meetingId, copy);
    }
  };

  const summary = (copy: OpenCopy): OfflineCopy | null => {
    const view = copy.read<MeetingView>('view');
    const lease = copy.read<MeetingLease>('lease');
    const state = copy.read<CopyState>('state');
    if (!view || !lease || !state) return null;
    return {
      meetingId: view.id,
      title: view.title,
      datum: view.datum,
      cases: new Set(view.items.flatMap((item) => (item.casus ? [item.casus.id] : []))).size,
      expiresAt: lease.expiresAt,
      checkedOutAt: state.checkedOutAt,
      changed: state.changedItems.length > 0 || state.attendanceChanged || state.adopted !== null,
    };
  };

  const wipe = (meetingId: number) => {
    open.get(meetingId)?.close();
    open.delete(meetingId);
    store.wipe(meetingId);
  };

  const revokeLater = (meetingId: number) => store.setPendingRevokes([...store.pendingRevokes(), meetingId]);

  async function checkOut(input: { id: number; password: string }, user: SessionUser | null): Promise<Result<unknown>> {
    if (!user) return fail('NOT_AUTHENTICATED');
    // A new copy would replace one whose slot is damaged, with what was typed into it: that one is
    // the beheerder's to look at first (offline-store.ts), so no lease is taken either.
    if (store.damaged().includes(input.id)) return fail('OFFLINE_COPY_DAMAGED');
    const checked = await options.checkPassword(user.username, input.password);
    if (!checked.ok) return checked;
    const lease = await options.server('meetings:check-out', { id: input.id });
    if (!lease.ok) return lease;
    const pkg = await options.server('meetings:checkout-package', { meetingId: input.id });
    if (!pkg.ok) return pkg;
    const checkout = pkg.value as CheckoutPackage;
    // The reference lists (partners for the attendance and the inbreng, the besluiten) are the
    // server's: kept with the copy so the minutes screen has them when the server cannot be reached.
    const lists = await options.server('lists:get', {});
    const state: CopyState = {
      checkedOutAt: now().toISOString(),
      offlineFrom: null,
      offlineUntil: null,
      changedItems: [],
      attendanceChanged: false,
      adopted: null,
      checkInKey: null,
      conflicts: null,
    };
    const copy = await store.create(input.id, user.username, input.password, {
      user,
      lease: { ...(lease.value as MeetingLease), mine: true },
      package: checkout,
      view: checkout.meeting,
      lists: lists.ok ? lists.value : null,
      state,
    });
    adopt([copy]);
    return { ok: true, value: summary(copy) };
  }

  async function remove(id: number): Promise<Result<unknown>> {
    if (!open.has(id)) return fail('NO_LOCAL_COPY');
    wipe(id);
    const ended = await options.server('meetings:revoke-lease', { id });
    // Offline: the lease ends at the next call (audited at the server then); here the copy is gone.
    if (!ended.ok && ended.error.code === 'NO_CONNECTION') revokeLater(id);
    return { ok: true, value: null };
  }

  /** Sends a check-in (or a resolution) and settles the copy by the answer. */
  async function send(copy: OpenCopy, channel: ChannelName, input: unknown): Promise<Result<unknown>> {
    const answer = await options.server(channel, input);
    if (!answer.ok) return answer;
    const outcome = answer.value as OfflineCheckIn;
    if (outcome.outcome === 'conflicts') {
      const state = copy.read<CopyState>('state')!;
      copy.write({ state: { ...state, conflicts: outcome.conflicts } });
    } else wipe(copy.meetingId);
    return { ok: true, value: outcome };
  }

  async function checkIn(id: number): Promise<Result<unknown>> {
    const copy = open.get(id);
    if (!copy) return fail('NO_LOCAL_COPY');
    let state = copy.read<CopyState>('state')!;
    if (!state.checkInKey) {
      // On disk before the first attempt: whatever happens to the answer, a retry is this check-in.
      state = { ...state, checkInKey: randomUUID() };
      copy.write({ state });
    }
    return send(copy, 'meetings:check-in', checkInInput(copy));
  }

  async function resolve(input: { id: number; choices: OfflineCheckInChoice[] }): Promise<Result<unknown>> {
    const copy = open.get(input.id);
    if (!copy) return fail('NO_LOCAL_COPY');
    const state = copy.read<CopyState>('state')!;
    if (!state.checkInKey || !state.conflicts) return fail('NOT_FOUND');
    return send(copy, 'meetings:resolve-check-in', resolveInput(copy, input.choices));
  }

  return {
    async unlock(username, password) {
      adopt(await store.unlock(username, password));
    },
    async unlockOffline(username, password) {
      if (!store.holds(username)) return null;
      const copies = await store.unlock(username, password);
      const user = copies[0]?.read<SessionUser>('user') ?? null;
      if (!user) {
        for (const copy of copies) copy.close();
        return null;
      }
      adopt(copies);
      return user;
    },
    lock() {
      for (const copy of open.values()) copy.close();
      open.clear();
    },
    route(channel, rawInput) {
      const input = (typeof rawInput === 'object' && rawInput !== null ? rawInput : {}) as Record<string, unknown>;
      const id = typeof input.id === 'number' ? input.id : -1;
      const done = (answer: Result<unknown>) => async () => answer;
      switch (channel) {
        case 'offline:list':
          return async () => ({ ok: true, value: [...open.values()].flatMap((copy) => summary(copy) ?? []) });
        case 'offline:remove':
          return () => remove(id);
        case 'offline:check-in':
          return () => checkIn(id);
        case 'offline:resolve': {
          const parsed = contract['offline:resolve'].input.safeParse(rawInput ?? {});
          return parsed.success ? () => resolve(parsed.data) : done(fail('INVALID_INPUT'));
        }
        case 'meetings:revoke-lease':
          // The holder ending the lease of a meeting kept here: that is removing the copy.
          return open.has(id) ? () => remove(id) : null;
        case 'meetings:check-out': {
          const copy = open.get(id);
          if (!copy) return null;
          return async () => ({ ok: true, value: { ...copy.read<MeetingLease>('lease'), mine: true } });
        }
        default: {
          if (!isLocalChannel(channel)) return null;
          const copy = meetingOf(channel, rawInput, open.values());
          if (!copy) return null;
          // A copy made before packages held the background: the server answers it (or NO_CONNECTION).
          if (channel === 'meetings:item-context' && !copy.read<CheckoutPackage>('package')?.contexts) return null;
          return async () => answerLocally(copy, channel, rawInput, now);
        }
      }
    },
    whenUnreachable(channel) {
      if (channel === 'lists:get') {
        // The lists as the server gave them at the newest check-out here.
        const kept = [...open.values()].flatMap((copy) => copy.read<unknown>('lists') ?? []);
        return kept.length ? { ok: true, value: kept.at(-1) } : null;
      }
      if (channel !== 'meetings:list' || open.size === 0) return null;
      const meetings: MeetingSummary[] = [...open.values()].flatMap((copy) => {
        const view = copy.read<MeetingView>('view');
        if (!view) return [];
        const { id, type, title, datum, starttijd, status, items, voorzitter, notulist } = view;
        const [voorzitterId, notulistId] = [voorzitter?.id ?? null, notulist?.id ?? null];
        return [{ id, type, title, datum, starttijd, status, items: items.length, voorzitterId, notulistId }];
      });
      return { ok: true, value: meetings };
    },
    async flushPending() {
      if (flushing) return flushing;
      const pending = store.pendingRevokes();
      if (pending.length === 0) return;
      flushing = (async () => {
        const left: number[] = [];
        for (const id of pending) {
          const ended = await options.server('meetings:revoke-lease', { id });
          if (!ended.ok && ended.error.code === 'NO_CONNECTION') left.push(id);
        }
        store.setPendingRevokes(left);
      })()
        .catch((error: unknown) => options.logger?.error('offline: ending a lease kept for later failed', error))
        .finally(() => (flushing = null));
      return flushing;
    },
    checkOut,
  };
}
