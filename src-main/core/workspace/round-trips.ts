// One round trip fewer per server call on PostgreSQL (issue 18: at 50 users the CTER server runs at
// the machine's capacity, and every statement is a `writev` and a wait on both sides): a statement
// a transaction leaves for its end (`atCommit`: a server call's activity, execute.ts and
// server-sessions.ts) goes with its COMMIT in one simple-protocol message,
// `UPDATE server_session …; COMMIT` (the BEGIN already goes with the row-security scope:
// `transactionFor`, access/row-security.ts). The simple protocol takes no parameters, so the
// statement's values are written in as literals by db/sql.ts's `inlined`, from the `Sql` tree (the
// code's text and the values apart, as `readTogether` sends its reads), never by parsing the
// rendered text; a value `inlined` has no literal for (an object, a fraction) makes the statement
// run at once, as before. So the SQL that runs is the same, in the same transaction, and nothing
// runs after it but the COMMIT. PostgreSQL runs a message's statements in order and stops at the
// first error: a statement before the COMMIT that fails leaves the COMMIT unrun, and the
// transaction is rolled back as before.
import { QueryFailedError, type EntityManager, type QueryRunner } from 'typeorm';
import { dialectOf, inlined, query, type Sql } from '../db/sql';
import { sendLeftWrites, takeDeferredBegin } from '../db/kept';

/** The code's text of a statement and its nested fragments (never a value). */
function codeText(statement: Sql): string[] {
  const nested = statement.values.filter(
    (value): value is Sql => typeof value === 'object' && value !== null && 'strings' in value && 'values' in value,
  );
  return [...statement.strings, ...nested.flatMap(codeText)];
}

/**
 * The statement as text with its values as literals (db/sql.ts), or null when a value has none, or
 * when the code's own text holds a `;` or a comment, which could hide the COMMIT that follows it.
 */
export function commitText(statement: Sql): string | null {
  if (codeText(statement).some((text) => /;|--|\/\*/.test(text))) return null;
  try {
    return inlined(statement);
  } catch {
    return null;
  }
}

/** A statement left for the COMMIT, and who reads its rows (the audit entry's id). */
interface Pending {
  text: string;
  rows?: ((rows: Record<string, unknown>[]) => void) | undefined;
}

/** The statements each transaction sends with its COMMIT, by its query runner (while it is open). */
const atCommitOf = new WeakMap<QueryRunner, Pending[]>();

interface PgResult {
  command?: string;
  rows?: Record<string, unknown>[];
}

/**
 * Makes the runner send the statements left for its COMMIT with it, once; a ROLLBACK drops them.
 * Every other statement passes as before; the runner is as it was after either.
 */
function carryToCommit(runner: QueryRunner, pending: Pending[]): void {
  const send = runner.query;
  const restore = () => {
    runner.query = send;
    atCommitOf.delete(runner);
  };
  runner.query = async function (this: QueryRunner, text: string, ...rest: unknown[]) {
    if (text === 'ROLLBACK') restore();
    if (text !== 'COMMIT' || rest.length > 0)
      return (send as (...args: unknown[]) => Promise<unknown>).call(this, text, ...rest);
    restore();
    // A write left for the next message (db/kept.ts sendWithNext) is checked before the COMMIT.
    await sendLeftWrites(runner);
    const client = (await runner.connect()) as { query(text: string): Promise<PgResult | PgResult[]> };
    // When nothing was sent in the transaction yet, its BEGIN and scope go first (db/kept.ts).
    const begin = takeDeferredBegin(runner) ?? [];
    const message = [...begin, ...pending.map((statement) => statement.text), 'COMMIT'].join('; ');
    let results: PgResult[];
    try {
      const answer = await client.query(message);
      results = Array.isArray(answer) ? answer : [answer];
    } catch (error) {
      throw new QueryFailedError(message, [], error as Error);
    }
    pending.forEach((statement, index) => statement.rows?.(results[begin.length + index]?.rows ?? []));
    return undefined;
  } as QueryRunner['query'];
}

/**
 * Runs `statement` at the end of the manager's transaction, with its COMMIT on PostgreSQL when its
 * values have literals (`commitText`: one round trip fewer), otherwise now. For a last write whose
 * answer the caller does not wait for: its rows go to `rows`, once it has run (before the COMMIT's
 * subscribers hear of it), in the outermost transaction (a savepoint's runs now). When the COMMIT
 * does not happen (the transaction fails first), neither does the statement.
 */
export async function atCommit(
  manager: EntityManager,
  statement: Sql,
  rows?: (rows: Record<string, unknown>[]) => void,
): Promise<void> {
  const runner = manager.queryRunner;
  const depth = (runner as unknown as { transactionDepth?: number } | undefined)?.transactionDepth;
  if (runner?.isTransactionActive && depth === 1 && dialectOf(manager) === 'postgres') {
    const written = commitText(statement);
    if (written !== null) {
      let pending = atCommitOf.get(runner);
      if (!pending) {
        pending = [];
        atCommitOf.set(runner, pending);
        carryToCommit(runner, pending);
      }
      pending.push({ text: written, rows });
      return;
    }
  }
  const answer = await query<Record<string, unknown>>(manager, statement);
  rows?.(answer);
}
