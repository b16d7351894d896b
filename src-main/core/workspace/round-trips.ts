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

/** The statements each transaction sends with its COMMIT, by its query runner (while it is open). */
const atCommitOf = new WeakMap<QueryRunner, string[]>();

interface PgResult {
  command?: string;
}

/**
 * Makes the runner send the statements left for its COMMIT with it, once; a ROLLBACK drops them.
 * Every other statement passes as before; the runner is as it was after either.
 */
function carryToCommit(runner: QueryRunner, pending: string[]): void {
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
    const client = (await runner.connect()) as { query(text: string): Promise<PgResult | PgResult[]> };
    const message = [...pending, 'COMMIT'].join('; ');
    try {
      await client.query(message);
    } catch (error) {
      throw new QueryFailedError(message, [], error as Error);
    }
    return undefined;
  } as QueryRunner['query'];
}

/**
 * Runs `statement` at the end of the manager's transaction, with its COMMIT on PostgreSQL when its
 * values have literals (`commitText`: one round trip fewer), otherwise now. For a last write whose answer nobody reads (its
 * rows are not returned), in the outermost transaction (a savepoint's runs now). When the COMMIT
 * does not happen (the transaction fails first), neither does the statement.
 */
export async function atCommit(manager: EntityManager, statement: Sql): Promise<void> {
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
      pending.push(written);
      return;
    }
  }
  await query(manager, statement);
}
