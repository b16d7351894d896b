// Row-level security on PostgreSQL: the second wall behind the access rule (access.ts). The case
// tables carry a policy (migration 0012, FORCE ROW LEVEL SECURITY so the owning application role is
// subject too) that shows a row only when the transaction's account may see its casus. Every
// workspace transaction says whom it is for (DatabaseHolder.transaction): the session's account,
// a named system path, or nobody, and nobody sees no row of these tables. A query that forgets
// `visibleSql` therefore still returns nothing outside need-to-know. On SQLite (one user per file)
// all of this is a no-op.
//
// The settings are transaction-local (`set_config(name, value, true)`, SET LOCAL semantics): they
// end with the commit or rollback and never leak to the next transaction on the pooled connection.
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { dialectOf, query, sql } from '../db/sql';
import { deferBegin, takeDeferredBegin } from '../db/kept';
import { casePolicy, SYSTEM_SCOPE_TEXT } from './access';

/**
 * The tables under a policy, and what their rows hang off. Not covered, and why:
 * - casus_access: the rule reads it (a policy on it would recurse); it holds ids only;
 * - person, person_name_key, person_correction: a person is written before its first casus in
 *   the registration's transaction (a policy "has a visible casus" would refuse the insert), and
 *   is reached only through a visible casus (visibleCasesOfPerson, findMatches);
 * - agenda_item, meeting*: a meeting is region-bound, not casus-bound; its view shows an item about
 *   an unseen casus as withheld (the item must exist), and the minutes hash covers every item;
 * - mentor_traject and its children: region-bound, a casus is optional (access/trajectories.ts);
 * - stat_record: anonymous figures;
 * - figure_age, figure_kind, figure_place, figure_outcome: counts per year and region, no ids
 *   (migration 0020 says why that is no hole in need-to-know);
 * - casus_search (covered by 0012, left by 0016): behind a policy PostgreSQL cannot use its text
 *   indexes, as a text match (`@@`, LIKE, trigram) is not leakproof and so is not let ahead of the
 *   policy: every search read the whole table and the policy's casus per row (100k cases: 1-12 s a
 *   search instead of tens of ms). It holds what person holds (names, aliases, year of birth and
 *   gemeente), which is not covered either; the search query joins casus, which is, and applies
 *   the access rule itself (case-search.ts).
 */
export const COVERED_TABLES: readonly { table: string; parent?: { table: 'casus' | 'signal'; column: string } }[] = [
  { table: 'casus' },
  { table: 'signal', parent: { table: 'casus', column: 'casus_id' } },
  { table: 'weging', parent: { table: 'signal', column: 'signal_id' } },
  { table: 'casus_transition', parent: { table: 'casus', column: 'casus_id' } },
  { table: 'casus_monitoring', parent: { table: 'casus', column: 'casus_id' } },
  { table: 'casus_note', parent: { table: 'casus', column: 'casus_id' } },
  { table: 'casus_action', parent: { table: 'casus', column: 'casus_id' } },
];

/**
 * The policy expression (USING, and so WITH CHECK) of each covered table, in the order above. A
 * dependent row is seen when the row it hangs off is; a system path first, so the figures and the
 * retention run do not look up each row's casus for every row they read (migration 0016). The row
 * it hangs off is looked up by its key for each row read (`OFFSET 0` keeps PostgreSQL from turning
 * the EXISTS into a hash of every visible casus, built anew by each statement: Mijn werk built four
 * of 100,000 cases to check a few thousand rows; migration 0019).
 */
export function policies(): { table: string; using: string }[] {
  return COVERED_TABLES.map(({ table, parent }) => ({
    table,
    using: parent
      ? `${SYSTEM_SCOPE_TEXT} OR EXISTS (SELECT 1 FROM ${parent.table} p WHERE p.id = ${table}.${parent.column} OFFSET 0)`
      : casePolicy(),
  }));
}

/**
 * The core paths that see every row of the covered tables, by design, and why. Only these call
 * `asSystem`; grep for the name to find the call.
 */
export const SYSTEM_PATHS = {
  /** cases/case-service.ts nextCaseNumber: the year's next number follows the highest in all regions. */
  caseNumber: 'case numbers are unique across the ZVH',
  /** retention/handlers.ts (due cases, destruction): the beheerder's run covers the whole ZVH. */
  retention: 'retention and destruction cover every casus',
  /** figures/figures.ts, mentoring/figures.ts: the anonymous figures count the whole ZVH. */
  figures: 'figures count every signal and casus, without names',
  /** persons/person-service.ts: a corrected person's age and gemeente on every signal about them. */
  signalFacts: 'the figure facts on every signal about a person follow the person',
  /** lists/reference-data.ts: a region still in use by a casus cannot be removed. */
  regionInUse: 'whether a region still has cases',
  /** audit/object-labels.ts: an audit entry names its casus by the casusnummer, whoever may see the casus. */
  auditLabels: 'the audit log names each casus by its number (no personal data), in every region',
} as const;

export type SystemPath = keyof typeof SYSTEM_PATHS;

/** Whom a transaction is for: an account, a named system path, or nobody (no rows). */
export type TransactionScope = { accountId: number } | { system: SystemPath } | null;

function inTransaction(manager: EntityManager): void {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('row security needs a transaction');
}

/**
 * The `cter.scope` each transaction was given by setTransactionScope ('system' or ''), so asSystem
 * knows what to return to without asking the server. Keyed by the transaction's query runner (one
 * per `source.transaction`, released at its end); a transaction not set here is asked.
 */
const scopeOfTransaction = new WeakMap<object, string>();

/** Sets whom the manager's transaction is for, first thing in the transaction (PostgreSQL only). */
export async function setTransactionScope(manager: EntityManager, scope: TransactionScope): Promise<void> {
  if (dialectOf(manager) !== 'postgres') return;
  inTransaction(manager);
  const account = scope && 'accountId' in scope ? String(scope.accountId) : '';
  const system = scope && 'system' in scope ? 'system' : '';
  scopeOfTransaction.delete(manager.queryRunner!);
  await query(
    manager,
    sql`SELECT set_config('cter.account_id', ${account}, true), set_config('cter.scope', ${system}, true)`,
  );
  scopeOfTransaction.set(manager.queryRunner!, system);
}

/**
 * The statement that sets `scope`, as text without parameters: it travels with BEGIN in one
 * simple-protocol query (`transactionFor`), which takes no bound values. Only an integer account
 * and the fixed words '' and 'system' go into it.
 */
export function scopeText(scope: TransactionScope): string {
  const account = scope && 'accountId' in scope ? scope.accountId : null;
  if (account !== null && !Number.isSafeInteger(account)) throw new Error(`account id is no integer: ${account}`);
  const system = scope && 'system' in scope ? 'system' : '';
  return `SELECT set_config('cter.account_id', '${account ?? ''}', true), set_config('cter.scope', '${system}', true)`;
}

/**
 * Starts the runner's transaction with its scope, sent with the transaction's first statement:
 * TypeORM's startTransaction sends `START TRANSACTION` on its own, and the scope would be a second
 * round trip before the first statement of every transaction (~0.1-0.3 ms each on a quiet unix
 * socket, more under load). Here `START TRANSACTION` and the scope are kept back (db/kept.ts
 * `deferBegin`) and go in one round trip with the first statement that needs them: as one simple
 * query before a statement of the runner (`START TRANSACTION; <scope>`, then the statement: two
 * round trips, as before), or in the same simple query as `readTogether`'s reads or the statements
 * left for the COMMIT (one). PostgreSQL takes a transaction's first snapshot at its first
 * statement, not at its BEGIN, so what any statement sees is the same. A transaction that sends
 * nothing sends neither its BEGIN nor its COMMIT. Should TypeORM ever begin with other text, the
 * scope is sent on its own after it: slower, never unset. `transactionFor` puts the runner's own
 * `query` back at the end of the transaction.
 */
async function beginScoped(runner: QueryRunner, scope: TransactionScope): Promise<void> {
  const text = scopeText(scope);
  const send = runner.query as (...args: unknown[]) => Promise<unknown>;
  let kept = false;
  runner.query = function (this: QueryRunner, query: string, ...rest: unknown[]) {
    if (!kept && query === 'START TRANSACTION' && rest[0] === undefined) {
      kept = true;
      return Promise.resolve(undefined);
    }
    return send.call(this, query, ...rest);
  } as QueryRunner['query'];
  try {
    await runner.startTransaction();
  } finally {
    runner.query = send as QueryRunner['query'];
  }
  scopeOfTransaction.set(runner, scope && 'system' in scope ? 'system' : '');
  if (!kept) {
    await runner.query(text);
    return;
  }
  deferBegin(runner, ['START TRANSACTION', text]);
  runner.query = function (this: QueryRunner, query: string, ...rest: unknown[]) {
    const begin = takeDeferredBegin(runner);
    if (!begin) return send.call(this, query, ...rest);
    // Nothing was sent in this transaction: there is nothing to end.
    if ((query === 'COMMIT' || query === 'ROLLBACK') && rest[0] === undefined) return Promise.resolve(undefined);
    return send.call(this, begin.join('; ')).then(() => send.call(this, query, ...rest));
  } as QueryRunner['query'];
}

/**
 * Runs `work` in one transaction on `source`, for `scope` (DatabaseHolder.transaction, and the
 * benchmarks that time what it does). On PostgreSQL the BEGIN and the scope go with the first
 * statement (`beginScoped`); rolled back whole when `work` throws, as `DataSource.transaction`. On
 * SQLite just that.
 */
export async function transactionFor<T>(
  source: DataSource,
  scope: TransactionScope,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (source.options.type !== 'postgres') return source.transaction(work);
  const runner = source.createQueryRunner();
  const own = runner.query;
  try {
    await beginScoped(runner, scope);
    const result = await work(runner.manager);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    // As EntityManager.transaction: the first error is the one thrown.
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    takeDeferredBegin(runner);
    runner.query = own;
    await runner.release();
  }
}

/**
 * Runs `work` in the manager's transaction with every row of the covered tables visible, then
 * returns to the scope the transaction had. Only for the paths in SYSTEM_PATHS. Two statements
 * around `work` (set, return) in a transaction set by setTransactionScope; none when it is a
 * system transaction already; one more (read the scope) in one that was not set here.
 */
export async function asSystem<T>(manager: EntityManager, path: SystemPath, work: () => Promise<T>): Promise<T> {
  if (!(path in SYSTEM_PATHS)) throw new Error(`unknown system path: ${path}`);
  if (dialectOf(manager) !== 'postgres') return work();
  inTransaction(manager);
  const runner = manager.queryRunner!;
  let before = scopeOfTransaction.get(runner);
  if (before === undefined) {
    const [row] = await query<{ scope: string | null }>(
      manager,
      sql`SELECT current_setting('cter.scope', true) AS "scope"`,
    );
    before = row?.scope ?? '';
  }
  if (before === 'system') return work();
  scopeOfTransaction.delete(runner);
  await query(manager, sql`SELECT set_config('cter.scope', 'system', true)`);
  scopeOfTransaction.set(runner, 'system');
  try {
    return await work();
  } finally {
    // Unknown until the return succeeds (a later asSystem asks the server then).
    scopeOfTransaction.delete(runner);
    await query(manager, sql`SELECT set_config('cter.scope', ${before}, true)`);
    scopeOfTransaction.set(runner, before);
  }
}
