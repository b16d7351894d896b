// The statements a transaction keeps per connection on PostgreSQL, and how they travel: the BEGIN
// and row-security scope held back for the first statement (`deferBegin`), reads PREPAREd once per
// connection and sent together in one simple-protocol message (`readTogether`), a write kept the
// same way (`keptWrite`), and a versioned write held for the transaction's next message
// (`sendWithNext`). On SQLite (in process, no round trip) and outside a transaction each falls back
// to sending the statement as it is. The SQL itself is built in sql.ts; this file only sends it.
// readTogether, keptWrite and sendWithNext share one message builder and one per-connection state
// (sendKept), so they stay in one file.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { dialectOf, inlined, literal, query, written, type Sql } from './sql';

/**
 * A transaction's BEGIN not sent yet, by its query runner (PostgreSQL: `transactionFor`,
 * access/row-security.ts): the statements that open it (`START TRANSACTION` and the row-security
 * scope), to go in the same round trip as the first statement that needs them. Whoever sends the
 * transaction's first statement on the runner's connection takes them (`takeDeferredBegin`) and
 * sends them first: the runner's own `query`, `readTogether` in its combined query, the statements
 * left for the COMMIT (workspace/round-trips.ts). A transaction that sends nothing sends no BEGIN.
 */
const deferredBegins = new WeakMap<object, readonly string[]>();

/** Leaves the BEGIN of `runner`'s transaction to the first statement sent on it (see above). */
export function deferBegin(runner: object, statements: readonly string[]): void {
  deferredBegins.set(runner, statements);
}

/** The statements that open `runner`'s transaction when none has been sent yet (then no longer). */
export function takeDeferredBegin(runner: object): readonly string[] | null {
  const statements = deferredBegins.get(runner);
  if (!statements) return null;
  deferredBegins.delete(runner);
  return statements;
}

/** One read of `readTogether`. */
export interface Read {
  rows: Sql;
}

/**
 * Per connection (the `pg` client, which outlives the transaction on a pooled connection): the
 * statements `readTogether` has PREPAREd on it, and the generation of their names. After an error
 * in a combined query it is not known which PREPAREs of it stayed, so the next use starts a new
 * generation of names instead of guessing, and first asks the server which statements of earlier
 * generations are still there (`orphans`) and deallocates them in its own message. They were left
 * until the connection closed, and the CTER server keeps its connections open for as long as it
 * runs (pool-warmth.ts): up to MAX_PREPARED statements, each with its plans, per failed message.
 */
interface KeptOnConnection {
  generation: number;
  names: Set<string>;
  /** A combined query failed on the connection: statements of earlier generations may be left. */
  orphans: boolean;
}
const preparedOn = new WeakMap<object, KeptOnConnection>();
let generations = 0;

const keptOn = (orphans: boolean): KeptOnConnection => ({ generation: ++generations, names: new Set(), orphans });

/** The statements on `client` that readTogether PREPAREd under an earlier generation's names. */
async function orphanedOn(client: pg.ClientBase, generation: number): Promise<string[]> {
  const answer = await client.query<{ name: string }>(
    'SELECT name FROM pg_prepared_statements WHERE name LIKE $1 AND name NOT LIKE $2',
    ['cter\\_r%', `cter\\_r${generation}\\_%`],
  );
  return answer.rows.map((row) => row.name);
}

/**
 * At most this many statements PREPAREd per connection. A call that would prepare more first
 * DEALLOCATEs all of them (in the same round trip) and prepares anew: a text that changes once a
 * day (Mijn werk's dates, my-work.ts) adds a name per day to a connection that may live for weeks,
 * and a connection that stopped preparing would plan every read on every call from then on.
 */
export const MAX_PREPARED = 64;

/**
 * A read as PREPAREd: its text with `$n` for each integer and text value, and a boolean or NULL
 * written in as a constant (two plans at most, and a constant lets PostgreSQL plan the generic
 * plan as well as a custom one: a flag compared with the constant `false` is planned as `NOT flag`,
 * where a parameter left Mijn werk's lists on custom plans, planned every call; EXPLAIN in
 * docs/benchmarks.md). The parameters' types are those PostgreSQL gives the literal `literal`
 * writes: an integer `integer` (or `bigint` beyond it), a text `unknown`, resolved from where it
 * stands, as a quoted constant is.
 */
export function preparable(read: Sql): { text: string; values: string[]; types: string[] } {
  const values: string[] = [];
  const types: string[] = [];
  const text = written(read, (value) => {
    if (value === null || value === undefined || typeof value === 'boolean') return literal(value);
    values.push(literal(value));
    types.push(typeof value === 'number' ? (Math.abs(value) <= 2_147_483_647 ? 'integer' : 'bigint') : 'unknown');
    return `$${values.length}`;
  });
  return { text, values, types };
}

function nameOf(generation: number, text: string, types: readonly string[]): string {
  return `cter_r${generation}_${createHash('sha256')
    .update(`${types.join(',')}\n${text}`)
    .digest('hex')
    .slice(0, 24)}`;
}

/** The name `read` is PREPAREd under on `client` by readTogether, if it is (for tests and analysis). */
export function preparedNameOn(client: object, read: Sql): string | undefined {
  const state = preparedOn.get(client);
  if (!state) return undefined;
  const { text, types } = preparable(read);
  const name = nameOf(state.generation, text, types);
  return state.names.has(name) ? name : undefined;
}

/**
 * The text of one read in a combined query, and whether it PREPAREs: `EXECUTE name(literals)` of
 * a statement PREPAREd on this connection (planned once per connection: PostgreSQL keeps its plan,
 * a generic one once it costs no more than the custom plans of the first five runs), preceded by
 * its `PREPARE` the first time. The name is the hash of the text and the parameters' types, so
 * the same text with other values reuses it.
 */
function preparedRead(
  state: { names: Set<string> },
  read: Sql,
  name: string,
  { text, values, types }: ReturnType<typeof preparable>,
): { text: string; prepares: boolean } {
  const execute = `EXECUTE ${name}${values.length ? `(${values.join(', ')})` : ''}`;
  if (state.names.has(name)) return { text: execute, prepares: false };
  if (state.names.size >= MAX_PREPARED) return { text: inlined(read), prepares: false };
  state.names.add(name);
  const declared = types.length ? ` (${types.join(', ')})` : '';
  return { text: `PREPARE ${name}${declared} AS ${text};\n${execute}`, prepares: true };
}

/**
 * Several reads, each answered as its own rows, in one round trip on PostgreSQL: the statements go
 * as one simple-protocol query (`EXECUTE …; EXECUTE …`), each a statement PREPAREd on the
 * connection the first time it is read there (`preparedRead`), its values written in as literals
 * (the simple protocol takes no parameters). So each is planned once per connection, not per call:
 * Mijn werk's lists took 0.5–0.9 ms each to plan behind the policies (docs/benchmarks.md). On
 * SQLite (in process, no round trip), and on PostgreSQL outside a transaction, one statement after
 * the other. Measured on Mijn werk's four lists: the same server CPU as four statements, where one
 * statement of four subqueries aggregated to JSON cost twice as much. When the reads are the first
 * statements of their transaction, its BEGIN and scope go in the same round trip
 * (`takeDeferredBegin`): a call that reads once sends two round trips (this and the COMMIT), not three.
 */
export async function readTogether<Rows extends Record<string, unknown[]>>(
  manager: EntityManager,
  reads: { [K in keyof Rows & string]: Read },
): Promise<Rows> {
  type K = keyof Rows & string;
  const names = Object.keys(reads) as K[];
  const out = {} as Rows;
  if (!keepsStatements(manager)) {
    for (const name of names) out[name] = (await query(manager, reads[name].rows)) as Rows[K];
    return out;
  }
  const results = await sendKept(
    manager,
    names.map((name) => reads[name].rows),
  );
  names.forEach((name, index) => {
    out[name] = results[index]!.rows as Rows[K];
  });
  return out;
}

/** Whether `readTogether` and `keptWrite` keep statements here: on PostgreSQL, in a transaction. */
export function keepsStatements(manager: EntityManager): boolean {
  return dialectOf(manager) === 'postgres' && manager.queryRunner?.isTransactionActive === true;
}

/**
 * The statements in one simple-protocol query on the transaction's connection, each kept
 * (`preparedRead`), after the transaction's BEGIN and scope when nothing was sent in it yet, the
 * DEALLOCATEs of a full connection and the writes left for it (`sendWithNext`, whose checks run on
 * their answers before this returns); answers each statement's result, in order. `texts`: the
 * statements as `preparable` writes them (computed first, so a value without a literal throws
 * before anything is noted as prepared).
 */
async function sendKept(
  manager: EntityManager,
  ours: readonly Sql[],
  ourTexts = ours.map(preparable),
): Promise<pg.QueryResult[]> {
  const runner = manager.queryRunner!;
  const writes = takeWrites(runner);
  const statements = [...writes.map((write) => write.statement), ...ours];
  const texts = [...writes.map((write) => write.text), ...ourTexts];
  // The transaction's own connection (TypeORM's query keeps only the last of several results).
  const client = (await runner.connect()) as pg.ClientBase;
  let state = preparedOn.get(client);
  if (!state) {
    state = keptOn(false);
    preparedOn.set(client, state);
  }
  const { generation, names: kept } = state;
  const named = texts.map(({ text, types }) => nameOf(generation, text, types));
  // Full: the connection's statements are deallocated first, in this round trip (MAX_PREPARED);
  // after a failed message, what earlier generations left there too (one round trip more, then).
  const fresh = new Set(named.filter((name) => !kept.has(name))).size;
  const full = kept.size + fresh > MAX_PREPARED;
  const deallocated = [...(state.orphans ? await orphanedOn(client, generation) : []), ...(full ? [...kept] : [])];
  if (full) kept.clear();
  const parts = statements.map((statement, index) => preparedRead(state, statement, named[index]!, texts[index]!));
  // The transaction's BEGIN and scope when nothing was sent in it yet: in this round trip, first.
  const begin = takeDeferredBegin(runner) ?? [];
  const sent = [...begin, ...deallocated.map((name) => `DEALLOCATE ${name}`), ...parts.map((part) => part.text)];
  let results: pg.QueryResult[];
  try {
    const answer = (await client.query(sent.join(';\n'))) as unknown;
    results = (Array.isArray(answer) ? answer : [answer]) as pg.QueryResult[];
  } catch (error) {
    preparedOn.set(client, keptOn(true));
    throw error;
  }
  state.orphans = false;
  // One result per statement of the BEGIN, per DEALLOCATE and PREPARE (no rows) and per EXECUTE.
  const expected = begin.length + deallocated.length + parts.length + parts.filter((part) => part.prepares).length;
  if (results.length !== expected) throw new Error('readTogether: not one result per read');
  let at = begin.length + deallocated.length;
  const answers = parts.map((part) => {
    if (part.prepares) at++;
    return results[at++]!;
  });
  // In the order sent; a refusal throws here, before the statements after it are answered.
  for (const [index, write] of writes.entries()) await write.check(answers[index]!.rowCount ?? 0);
  return answers.slice(writes.length);
}

/** A write left for the next message on its transaction's connection (`sendWithNext`). */
interface LeftWrite {
  statement: Sql;
  text: ReturnType<typeof preparable>;
  check: (affected: number) => Promise<void>;
}

/** The writes each open transaction has left for its next message, by its query runner. */
const leftWrites = new WeakMap<object, LeftWrite[]>();

function takeWrites(runner: object): LeftWrite[] {
  const writes = leftWrites.get(runner) ?? [];
  leftWrites.delete(runner);
  return writes;
}

/**
 * Leaves one write (a versioned UPDATE) for the next message its transaction sends, instead of a
 * round trip of its own; `check` gets its affected rows when the answer comes and may refuse
 * (throw), before anything after it is answered. On PostgreSQL in a transaction: kept per
 * connection as `keptWrite`, and sent first in the next `readTogether` or `keptWrite` (a casus
 * save's UPDATE with the dossier read after it: one round trip fewer), or alone, checked, just
 * before any other statement of the transaction, its COMMIT included (`sendLeftWrites`). So
 * whatever follows it sees it written, as if it had gone at once, and a refused write is never
 * committed: a write that affects no row raises nothing in the database, the statements after it
 * in the same message run on (they read), and the check's error rolls the transaction back. A
 * ROLLBACK drops it. False when it does not go so (SQLite, outside a transaction, a value without
 * a literal): the caller sends it itself.
 */
export function sendWithNext(manager: EntityManager, statement: Sql, check: LeftWrite['check']): boolean {
  if (!keepsStatements(manager)) return false;
  let text: LeftWrite['text'];
  try {
    text = preparable(statement);
  } catch {
    return false;
  }
  const runner = manager.queryRunner!;
  const writes = leftWrites.get(runner);
  if (writes) writes.push({ statement, text, check });
  else {
    leftWrites.set(runner, [{ statement, text, check }]);
    sendFirst(runner as unknown as QueryRunnerLike, manager);
  }
  return true;
}

/** Sends the writes `runner`'s transaction has left, alone and checked, when it has any. */
export async function sendLeftWrites(runner: object): Promise<void> {
  const manager = managerOf.get(runner);
  if (manager && leftWrites.get(runner)?.length) await sendKept(manager, []);
}

/** The manager of each runner with writes left (sendLeftWrites sends them on its connection). */
const managerOf = new WeakMap<object, EntityManager>();

/**
 * Makes every other statement of the runner's transaction send the writes left before it: TypeORM's
 * own statements (a `manager.delete`, a `findOne`) and its COMMIT. Stays for the transaction (the
 * runner's `query` is put back at its end by transactionFor), so wrappers installed after it keep
 * theirs; a COMMIT that another wrapper sends itself (workspace/round-trips.ts) calls
 * `sendLeftWrites` first.
 *
 * Its own wrapper rather than one more thing `transactionFor`'s (access/row-security.ts) sends with
 * the deferred BEGIN: that one exists only in transactions `transactionFor` began, while a write
 * may be left in any PostgreSQL transaction (workspace.ts opens some with `source.transaction`),
 * and a write left there must still go before TypeORM's next statement and the COMMIT.
 */
function sendFirst(runner: QueryRunnerLike, manager: EntityManager): void {
  managerOf.set(runner, manager);
  if (wrapped.has(runner)) return;
  wrapped.add(runner);
  const send = runner.query;
  runner.query = async function (this: unknown, text: string, ...rest: unknown[]) {
    if (text === 'ROLLBACK') leftWrites.delete(runner);
    else await sendLeftWrites(runner);
    return send.call(this, text, ...rest);
  };
}

type QueryRunnerLike = { query: (text: string, ...rest: unknown[]) => Promise<unknown> };
const wrapped = new WeakSet<object>();

/**
 * One statement that writes (an UPDATE), kept per connection as `readTogether`'s reads are: on
 * PostgreSQL in a transaction, `EXECUTE name(literals)` of a statement PREPAREd on the connection
 * the first time it runs there (parsed and planned once per connection, not on every call; behind
 * row security the plan holds the policies' checks too), with the transaction's BEGIN and scope
 * when nothing was sent in it yet. Answers its affected rows (the command tag's count, as TypeORM
 * reports it) and any rows it RETURNs. Null when it does not go so (SQLite, outside a transaction,
 * a value without a literal: a fraction, an object): the caller sends it its usual way. A failure
 * is TypeORM's QueryFailedError, as the same statement sent by TypeORM fails.
 */
export async function keptWrite(
  manager: EntityManager,
  statement: Sql,
): Promise<{ affected: number; rows: Record<string, unknown>[] } | null> {
  if (!keepsStatements(manager)) return null;
  let texts: ReturnType<typeof preparable>[];
  try {
    texts = [preparable(statement)];
  } catch {
    return null;
  }
  try {
    const [result] = await sendKept(manager, [statement], texts);
    return { affected: result!.rowCount ?? 0, rows: result!.rows as Record<string, unknown>[] };
  } catch (error) {
    // The database's refusal as TypeORM's; a left write's own refusal (sendWithNext) as it is.
    if (!(error instanceof pg.DatabaseError)) throw error;
    throw new QueryFailedError(texts[0]!.text, texts[0]!.values, error);
  }
}
