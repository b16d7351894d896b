// The shape of every feature's handlers. A handler receives the parsed input and a context, and
// returns the channel's output or throws an AppError.
//
// Two kinds:
// - `tx(...)`: the whole handler runs in one database transaction, together with the call's audit
//   entry (a change and its audit line commit or roll back together). Most handlers are this.
// - `plain(...)`: the handler waits for something outside the database (a key derivation, a file
//   dialog, the printer) and opens transactions itself: `ctx.commit` for its write, which carries
//   the audit entry; `ctx.read` for reads. Without a commit, the router audits after the handler.
import type { EntityManager } from 'typeorm';
import type { ChannelName, OutputOf, ParsedInputOf } from '../../src-shared/ipc/contract';
import { scopeFor, type AccessScope } from './access/access';
import type { Clock } from './clock';
import type { OpenSession } from './workspace';

export interface AuditNote {
  objectType?: string | null;
  objectId?: string | number | null;
  legalGround?: string | null;
  details?: Record<string, string | number | boolean | null> | null;
  /**
   * The object's label as the handler read it in the call's transaction, exactly as
   * audit/object-labels.ts would read it (a casus: its number): the entry then needs no lookup of
   * its own (on PostgreSQL three statements for a casus, under row security). Left out: looked up.
   */
  objectLabel?: string | null;
}

interface BaseContext {
  channel: ChannelName;
  /** The session the call was made in (null for public channels before login). */
  session: OpenSession | null;
  /** Adds what the call was about to its audit entry. */
  note(note: AuditNote): void;
}

export interface TxContext extends BaseContext {
  manager: EntityManager;
}

export interface PlainContext extends BaseContext {
  commit<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
}

type Out<C extends ChannelName> = Promise<OutputOf<C>> | OutputOf<C>;

export type HandlerDef<C extends ChannelName> =
  | { mode: 'tx'; run: (input: ParsedInputOf<C>, ctx: TxContext) => Out<C> }
  | { mode: 'plain'; run: (input: ParsedInputOf<C>, ctx: PlainContext) => Out<C> };

export function tx<C extends ChannelName>(run: (input: ParsedInputOf<C>, ctx: TxContext) => Out<C>): HandlerDef<C> {
  return { mode: 'tx', run };
}

export function plain<C extends ChannelName>(
  run: (input: ParsedInputOf<C>, ctx: PlainContext) => Out<C>,
): HandlerDef<C> {
  return { mode: 'plain', run };
}

export type Handlers = { [C in ChannelName]: HandlerDef<C> };

/** Who makes a change, and when: what services record on the rows they write. */
export interface Actor {
  accountId: number | null;
  now: Date;
}

/** The actor of a call: the account of its session (nobody before login), at the clock's now. */
export function actorOf(ctx: { session: OpenSession | null }, clock: Clock): Actor {
  return { accountId: ctx.session?.user.id ?? null, now: clock.now() };
}

/** The caller's need-to-know scope, read in the call's transaction. */
export function scopeOf(ctx: TxContext): Promise<AccessScope> {
  return scopeFor(ctx.manager, ctx.session);
}
