// The server-load bench's users (server-load.bench.ts describes the bench): what each does and how
// it sends it. Every call goes through the workstation's own client and call code — team/client.ts
// (a TLS connection of its own per call, the fingerprint pinned) and team/remote-calls.ts
// `sendCall` (a change carries a request key and is sent again with it after a broken connection or
// a 502/503, a read is sent once) — so the bench measures what a workstation does, and a call that
// still fails after that is an error of the run.
import type { TeamClient } from '../../src-main/team/client';
import { sendCall } from '../../src-main/team/remote-calls';
import { random } from '../../src-shared/domain/random';
import type { ChannelName } from '../../src-shared/ipc/contract';
import type { Result } from '../../src-shared/ipc/errors';
import { queries, QUERY_KINDS } from './casework.bench';
import { SAMPLE_MINUTES } from './meetings-seed';
import type { CallRecord } from './server-load-timeline';
import { elapsed, THINK_MS, type Seeded, type User, type Variant } from './server-load-setup';

export type Operation = 'case search' | 'open dossier' | 'Mijn werk' | 'register signal' | 'autosave minutes';
export const OPERATIONS: Operation[] = [
  'case search',
  'open dossier',
  'Mijn werk',
  'register signal',
  'autosave minutes',
];

/** The mix per action (out of 100); a role that may not register a signal searches instead. */
const MIX: [Operation, number][] = [
  ['case search', 35],
  ['open dossier', 25],
  ['Mijn werk', 10],
  ['register signal', 10],
  ['autosave minutes', 20],
];

/** A client that counts its attempts (each a connection of its own): the retries are the difference. */
export function counting(client: TeamClient, tally: { attempts: number }): TeamClient {
  return {
    ...client,
    post: (...args) => {
      tally.attempts += 1;
      return client.post(...args);
    },
    exchange: (...args) => {
      tally.attempts += 1;
      return client.exchange(...args);
    },
  };
}

/** What a failed call counts as: the server's code, or the connection's failure. */
export const failureOf = (error: unknown) =>
  error instanceof Error ? error.message.replace(/^team server /, '') : String(error);

/** A log-in as the workstation sends it; its token, or an Error naming why not. */
export async function logIn(client: TeamClient, user: User): Promise<string> {
  const answer = await client.post('/login', {
    username: user.username,
    password: user.password,
    workstation: `Werkplek ${user.index}`,
  });
  if (!answer.ok) throw new Error(answer.error.code);
  return (answer.value as { token: string }).token;
}

/** One call of a user, as the workstation sends it (`sendCall`). */
export const rpc = (client: TeamClient, user: User, channel: ChannelName, input: unknown): Promise<Result<unknown>> =>
  sendCall(client, channel, { channel, input }, user.token);

/** What the run gathers: times per variant and operation, errors, the writes to check afterwards. */
export class RunLedger {
  readonly samples = new Map<Variant, Map<Operation, number[]>>();
  /** The case search's times by the kind of query (casework.bench.ts's mix), per variant. */
  readonly searchKinds = new Map<Variant, Map<string, number[]>>();
  readonly errors = new Map<string, number>();
  readonly signalIds: number[] = [];
  readonly lastSaved = new Map<number, number>();
  readonly timeline: CallRecord[] = [];
  registered = 0;

  constructor(variants: readonly Variant[]) {
    for (const v of variants) {
      this.samples.set(v, new Map(OPERATIONS.map((op) => [op, [] as number[]])));
      this.searchKinds.set(v, new Map(QUERY_KINDS.map((kind) => [kind, [] as number[]])));
    }
  }

  fail(what: string): void {
    this.errors.set(what, (this.errors.get(what) ?? 0) + 1);
  }

  get errorCount(): number {
    return [...this.errors.values()].reduce((sum, n) => sum + n, 0);
  }

  calls(variant?: Variant): number {
    const of = (byOp: Map<Operation, number[]>) => [...byOp.values()].reduce((n, list) => n + list.length, 0);
    if (variant) return of(this.samples.get(variant)!);
    return [...this.samples.values()].reduce((sum, byOp) => sum + of(byOp), 0);
  }
}

export interface RunContext {
  seeded: Seeded;
  /** The workstation client per server process. */
  clients: TeamClient[];
  ledger: RunLedger;
  /** The variant whose phase it is: the processes a call may go to. */
  phase: () => Variant;
  until: number;
}

/** One action of a user: sent, timed from sending to the whole answer, checked, recorded. */
async function act(context: RunContext, mix: ReturnType<typeof queries>, user: User, op: Operation, rnd: () => number) {
  const { ledger } = context;
  const variant = context.phase();
  const client = context.clients[variant.processes[user.calls++ % variant.processes.length]!]!;
  const begin = process.hrtime.bigint();
  const sentAt = Date.now();
  let answer: Result<unknown>;
  let searchKind: (typeof QUERY_KINDS)[number] | undefined;
  try {
    if (op === 'case search') {
      const pick = Math.floor(rnd() * mix.length);
      searchKind = QUERY_KINDS[pick % QUERY_KINDS.length]!;
      answer = await rpc(client, user, 'search:query', { ...mix[pick]!, offset: 0, limit: 50 });
    } else if (op === 'open dossier') {
      answer = await rpc(client, user, 'cases:get', { id: user.caseIds[Math.floor(rnd() * user.caseIds.length)]! });
    } else if (op === 'Mijn werk') {
      answer = await rpc(client, user, 'work:mine', {});
    } else if (op === 'register signal') {
      ledger.registered += 1;
      answer = await rpc(client, user, 'signals:register', {
        person: {
          nieuw: {
            naam: `Belasting Persoon ${user.index}-${ledger.registered} (fictief)`,
            geboortedatum: '2008-03-01',
            gemeenteId: user.gemeenteId,
          },
        },
        signal: {
          melderPartner: 'onderwijs',
          ontvangen: '2026-11-30',
          omschrijving: 'Voorbeeld — fictief signaal uit de belastingtest.',
          ideologie: 'rechts_extremistisch',
          ernst: 'matig',
          bron: 'omgeving',
        },
      });
    } else {
      const tekst = `Voorbeeld — fictieve duiding, versie ${user.itemVersion}. `.repeat(20);
      answer = await rpc(client, user, 'meetings:save-item', {
        itemId: user.itemId,
        minutes: { ...SAMPLE_MINUTES, duiding: tekst },
        spentSeconds: 60,
        version: user.itemVersion,
      });
    }
  } catch (error) {
    ledger.fail(`${op}: ${failureOf(error)}`);
    return;
  }
  const ms = elapsed(begin);
  if (!answer.ok) {
    ledger.fail(`${op}: ${answer.error.code}`);
    return;
  }
  ledger.samples.get(variant)!.get(op)!.push(ms);
  ledger.timeline.push({ at: sentAt, op, ms, variant: variant.label });
  if (searchKind) ledger.searchKinds.get(variant)!.get(searchKind)!.push(ms);
  const value = answer.value;
  if (op === 'case search') {
    const rows = (value as { rows: { caseId: number }[] }).rows;
    if (rows.length > 0) user.caseIds = rows.slice(0, 10).map((row) => row.caseId);
  } else if (op === 'register signal') {
    ledger.signalIds.push((value as { signalId: number }).signalId);
  } else if (op === 'autosave minutes') {
    user.itemVersion = (value as { item: { version: number } }).item.version;
    ledger.lastSaved.set(user.itemId, user.itemVersion);
  }
}

/** A user's run: a search first (the dossiers to open come from it), then the mix with think times. */
export async function runUser(context: RunContext, user: User): Promise<void> {
  const mix = queries(context.seeded.people);
  const rnd = random(1000 + user.index);
  // Spread the starts over one think time.
  await new Promise((done) => setTimeout(done, rnd() * THINK_MS));
  await act(context, mix, user, 'case search', rnd);
  while (Date.now() < context.until) {
    let pick = rnd() * 100;
    let op: Operation = 'case search';
    for (const [candidate, weight] of MIX) {
      if (pick < weight) {
        op = candidate;
        break;
      }
      pick -= weight;
    }
    if (op === 'register signal' && user.role === 'notulist') op = 'case search';
    if (op === 'open dossier' && user.caseIds.length === 0) op = 'case search';
    await act(context, mix, user, op, rnd);
    // Think time: uniform between 0.5 and 1.5 times the mean.
    await new Promise((done) => setTimeout(done, THINK_MS * (0.5 + rnd())));
  }
}

/**
 * Every user's Mijn werk at once on `client`: the times of those answered; a call not answered (or
 * refused) is counted in `ledger` as an error of the run under `what`.
 */
export async function allAtOnce(client: TeamClient, users: User[], ledger: RunLedger, what: string): Promise<number[]> {
  const times = await Promise.all(
    users.map(async (user) => {
      const begin = process.hrtime.bigint();
      try {
        const answer = await rpc(client, user, 'work:mine', {});
        if (answer.ok) return elapsed(begin);
        ledger.fail(`${what}: ${answer.error.code}`);
      } catch (error) {
        ledger.fail(`${what}: ${failureOf(error)}`);
      }
      return null;
    }),
  );
  return times.filter((ms): ms is number => ms !== null);
}
