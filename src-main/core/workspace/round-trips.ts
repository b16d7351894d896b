// One round trip fewer per server call on PostgreSQL (issue 18: at 50 users the CTER server runs at
// the machine's capacity, and every statement is a `writev` and a wait on both sides): a statement
// a transaction leaves for its end (`atCommit`: a server call's activity, execute.ts and
// server-sessions.ts) goes with its COMMIT in one simple-protocol message,
// `UPDATE server_session …; COMMIT` (the BEGIN already goes with the row-security scope:
// `transactionFor`, access/row-security.ts). A statement goes along only when its parameters can be
// written as literals beyond doubt (digits, plain words: `literal`), else it runs at once, as
// before; so the SQL that runs is the same, in the same transaction, and nothing runs after it but
// the COMMIT. PostgreSQL runs a message's statements in order and stops at the first error: a
// statement before the COMMIT that fails leaves the COMMIT unrun, and the transaction is rolled
// back as before. Parameters travel as untyped text either way (node-postgres sends every value as
// text of type unknown), and a quoted literal is untyped too, so PostgreSQL infers the same types.
import { QueryFailedError, type EntityManager, type QueryRunner } from 'typeorm';
import { dialectOf, query, render, type Sql } from '../db/sql';

/** Text that may be written between single quotes as it is. */
const PLAIN = /^[A-Za-z0-9 _.:@+-]*$/;

function literal(value: unknown): string | null {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return Number.isFinite(value) ? `'${String(value)}'` : null;
  if (typeof value === 'bigint' || typeof value === 'boolean') return `'${String(value)}'`;
  if (typeof value === 'string') return PLAIN.test(value) ? `'${value}'` : null;
  return null;
}

/**
 * One statement with its `$n` parameters written as literals, or null when that is not beyond
 * doubt: more than one statement, comments, quoted identifiers or dollar quoting, a `$` inside a
 * string constant, or a value that is not plain (`literal`).
 */
export function inlined(text: string, params: readonly unknown[] = []): string | null {
  if (/;|--|\/\*|"|\$\$/.test(text)) return null;
  const parts = text.split("'");
  let unsafe = false;
  const out = parts.map((part, index) => {
    // Odd parts are inside a string constant ('' inside one splits it into two odd parts around an
    // empty even one).
    if (index % 2 === 1) {
      if (part.includes('$')) unsafe = true;
      return part;
    }
    return part.replace(/\$(\d+)/g, (_match, n: string) => {
      const position = Number(n) - 1;
      const written = position < params.length ? literal(params[position]) : null;
      if (written === null) unsafe = true;
      return written ?? '';
    });
  });
  return unsafe ? null : out.join("'");
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
 * Runs `statement` at the end of the manager's transaction, with its COMMIT on PostgreSQL when it
 * inlines (one round trip fewer), otherwise now. For a last write whose answer nobody reads (its
 * rows are not returned), in the outermost transaction (a savepoint's runs now). When the COMMIT
 * does not happen (the transaction fails first), neither does the statement.
 */
export async function atCommit(manager: EntityManager, statement: Sql): Promise<void> {
  const runner = manager.queryRunner;
  const depth = (runner as unknown as { transactionDepth?: number } | undefined)?.transactionDepth;
  if (runner?.isTransactionActive && depth === 1 && dialectOf(manager) === 'postgres') {
    const { text, params } = render(statement, 'postgres');
    const written = inlined(text, params);
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
