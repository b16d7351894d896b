// Raw SQL written once for both engines. A query is a tagged template: `sql\`... WHERE id = ${id}\``
// keeps the text and the values apart, and `render` writes the placeholders each engine wants
// (`?` for SQLite, `$1, $2…` for PostgreSQL) and the values it can bind (SQLite has no boolean:
// true/false become 1/0). Fragments nest, so a shared predicate (the access rule) is one `Sql` that
// any query embeds. Text that is not a value (a column chosen from a fixed list) goes in with `raw`,
// never from user input.
//
// Where the SQL itself differs per engine (full-text search, date arithmetic), a query module
// writes both and chooses with `dialectOf(manager)`.
//
// How a transaction sends its statements kept per connection on PostgreSQL (readTogether,
// keptWrite, sendWithNext, the held-back BEGIN) is kept.ts.
import pg from 'pg';
import type { EntityManager } from 'typeorm';

export type Dialect = 'sqlite' | 'postgres';

const SQL = Symbol('sql');

export interface Sql {
  readonly [SQL]: true;
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

function isSql(value: unknown): value is Sql {
  return typeof value === 'object' && value !== null && SQL in value;
}

function make(strings: readonly string[], values: readonly unknown[]): Sql {
  return { [SQL]: true, strings, values };
}

/** A query or fragment; `${value}` becomes a bound parameter, `${fragment}` is embedded. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return make([...strings], values);
}

/** Trusted text (an identifier or keyword from a fixed list in the code), never user input. */
export function raw(text: string): Sql {
  return make([text], []);
}

/** Fragments joined by `separator` (` AND `, `, `). */
export function join(parts: readonly Sql[], separator: string): Sql {
  if (parts.length === 0) return raw('');
  const strings = ['', ...parts.slice(1).map(() => separator), ''];
  return make(strings, parts);
}

/** `(?, ?, ?)` for an IN list. An empty list gives `(NULL)`, which matches nothing. */
export function list(values: readonly unknown[]): Sql {
  if (values.length === 0) return raw('(NULL)');
  return make(['(', ...values.slice(1).map(() => ', '), ')'], values);
}

function bindable(value: unknown, dialect: Dialect): unknown {
  if (typeof value === 'boolean' && dialect === 'sqlite') return value ? 1 : 0;
  if (value === undefined) return null;
  return value;
}

/** The text of `query`, each value written by `place` (render here; kept.ts's PREPAREd text). */
export function written(query: Sql, place: (value: unknown) => string): string {
  const walk = (node: Sql): string => {
    let text = node.strings[0] ?? '';
    node.values.forEach((value, index) => {
      text += isSql(value) ? walk(value) : place(value);
      text += node.strings[index + 1] ?? '';
    });
    return text;
  };
  return walk(query);
}

/** The text with the engine's placeholders, and the values in order. */
export function render(query: Sql, dialect: Dialect): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const text = written(query, (value) => {
    params.push(bindable(value, dialect));
    return dialect === 'postgres' ? `$${params.length}` : '?';
  });
  return { text, params };
}

/**
 * Rendered text and its values (TypeORM's `getQueryAndParameters`: `$n` on PostgreSQL, `?` on
 * SQLite) as an `Sql`, each placeholder a value again: for `readTogether` and `keptWrite`.
 */
export function fromRendered(text: string, params: readonly unknown[], dialect: Dialect): Sql {
  const strings: string[] = [];
  const values: unknown[] = [];
  const placeholder = dialect === 'postgres' ? /\$(\d+)/g : /\?/g;
  let from = 0;
  let next = 0;
  for (const match of text.matchAll(placeholder)) {
    strings.push(text.slice(from, match.index));
    values.push(match[1] === undefined ? params[next++] : params[Number(match[1]) - 1]);
    from = match.index + match[0].length;
  }
  strings.push(text.slice(from));
  return make(strings, values);
}

/**
 * A value as a PostgreSQL literal, for a statement sent without parameters (`readTogether`): NULL,
 * a boolean, a safe integer, or text quoted by `pg` (quotes doubled; backslashes in an E'' string).
 * Anything else is refused rather than guessed at.
 */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && !value.includes('\u0000')) return pg.escapeLiteral(value);
  throw new Error(`no literal for this value (${typeof value})`);
}

/** PostgreSQL text of `query` with its values written in as literals (no parameters). */
export function inlined(query: Sql): string {
  return written(query, literal);
}

/** Which engine a manager talks to. */
export function dialectOf(manager: EntityManager): Dialect {
  return manager.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
}

/** Runs a query in the manager's transaction and returns its rows. */
export async function query<Row>(manager: EntityManager, statement: Sql): Promise<Row[]> {
  const { text, params } = render(statement, dialectOf(manager));
  return (await manager.query(text, params)) as Row[];
}

/** Per-engine text where the engines differ; portable SQL needs no `choose`. */
export function choose(manager: EntityManager, variants: Record<Dialect, Sql>): Sql {
  return variants[dialectOf(manager)];
}
