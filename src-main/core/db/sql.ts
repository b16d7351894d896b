// Raw SQL written once for both engines. A query is a tagged template: `sql\`... WHERE id = ${id}\``
// keeps the text and the values apart, and `render` writes the placeholders each engine wants
// (`?` for SQLite, `$1, $2…` for PostgreSQL) and the values it can bind (SQLite has no boolean:
// true/false become 1/0). Fragments nest, so a shared predicate (the access rule) is one `Sql` that
// any query embeds. Text that is not a value (a column chosen from a fixed list) goes in with `raw`,
// never from user input.
//
// Where the SQL itself differs per engine (full-text search, date arithmetic), a query module
// writes both and chooses with `dialectOf(manager)`.
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

/** The text with the engine's placeholders, and the values in order. */
export function render(query: Sql, dialect: Dialect): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const walk = (node: Sql): string => {
    let text = node.strings[0] ?? '';
    node.values.forEach((value, index) => {
      if (isSql(value)) text += walk(value);
      else {
        params.push(bindable(value, dialect));
        text += dialect === 'postgres' ? `$${params.length}` : '?';
      }
      text += node.strings[index + 1] ?? '';
    });
    return text;
  };
  return { text: walk(query), params };
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
