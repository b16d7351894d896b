// vitest setupFiles (both projects): a test fails when code sends a query on a PostgreSQL client
// (one pooled connection, so one transaction's EntityManager) that is still busy with another, e.g.
// `Promise.all` over one manager's finds. pg queues such a query, warns once per process from the
// third one on, and pg 9 will throw; this guard counts from the second, in every test, and names
// the place (docs/developer/recipes.md, "One query at a time on a transaction").
import pg from 'pg';
import { afterEach } from 'vitest';

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

const PATCHED = Symbol.for('cter.test.oneQueryPerClient');
const state = globalThis as { [PATCHED]?: { busy: WeakMap<pg.Client, number>; seen: string[] } };

/** The queries sent while their client was busy, since the last check (a stack each). */
export function overlappingQueries(): string[] {
  return state[PATCHED]?.seen ?? [];
}

function install(): void {
  if (state[PATCHED]) return;
  const guard = { busy: new WeakMap<pg.Client, number>(), seen: [] as string[] };
  state[PATCHED] = guard;
  const prototype = pg.Client.prototype as unknown as { query: Query };
  const original = prototype.query;
  prototype.query = function (this: pg.Client, ...args: unknown[]): unknown {
    const busy = guard.busy.get(this) ?? 0;
    if (busy > 0) {
      const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | null)?.text ?? '?');
      guard.seen.push(`${text.slice(0, 120)}\n${new Error('sent while another query ran').stack ?? ''}`);
    }
    const result = original.apply(this, args);
    // Only a query that answers with a promise can be followed to its end (TypeORM's kind).
    if (result instanceof Promise) {
      guard.busy.set(this, busy + 1);
      const done = () => guard.busy.set(this, (guard.busy.get(this) ?? 1) - 1);
      result.then(done, done);
    }
    return result;
  };
}

install();

afterEach(() => {
  const seen = overlappingQueries().splice(0);
  if (seen.length) {
    throw new Error(
      `${seen.length} PostgreSQL ${seen.length === 1 ? 'query was' : 'queries were'} sent on a client that ` +
        `was still running another (run them one after the other):\n${seen.slice(0, 3).join('\n\n')}`,
    );
  }
});
