// The CTER server's pool of PostgreSQL connections, opened and warmed before the server says it
// listens, and kept open (issue 18). node-postgres opens a pooled connection on first need and
// closes one that stood idle for 10 s, so a server that has just started — or a quiet spell in a
// busy hour — makes the next burst of calls wait for new connections: a backend forked, the SCRAM
// handshake (4,096 PBKDF2 rounds on each side), and that backend's empty caches of the catalog and
// of the tables' row-security policies, which its first statements fill. The server-load bench saw
// its 50 users' first calls open eight connections at once (docs/benchmarks.md).
//
// So at start every connection of the pool (`poolSize`) is opened, each plans (EXPLAIN, nothing
// runs) a read of every table of the schema once, which loads the tables, their indexes and
// policies into that backend's caches, and the pool keeps them: its `min` is its size, so none is
// closed for being idle. A connection that breaks is replaced by the pool as before.
import pg from 'pg';
import type { DataSource } from 'typeorm';

export interface PoolWarmth {
  /** Connections opened and warmed. */
  connections: number;
  /** Tables each one planned a read of. */
  tables: number;
}

/** The pg pool behind a PostgreSQL DataSource (TypeORM's postgres driver keeps it as `master`). */
export function poolOf(source: DataSource): pg.Pool | null {
  const pool = (source.driver as unknown as { master?: unknown }).master;
  return pool instanceof pg.Pool ? pool : null;
}

/** Opens and warms every connection of the source's pool, and keeps them open (see above). */
export async function warmPool(source: DataSource): Promise<PoolWarmth> {
  const pool = poolOf(source);
  if (!pool) return { connections: 0, tables: 0 };
  const options = pool.options as pg.PoolConfig & { max: number; min: number };
  options.min = options.max;
  const clients: pg.PoolClient[] = [];
  try {
    // Held at once, so each is a connection of its own (every one released, whichever failed).
    const opened = await Promise.allSettled(Array.from({ length: options.max }, () => pool.connect()));
    for (const result of opened) if (result.status === 'fulfilled') clients.push(result.value);
    const refused = opened.find((result) => result.status === 'rejected');
    if (refused) throw refused.reason;
    const { rows } = await clients[0]!.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables
        WHERE schemaname = current_schema()
          AND has_table_privilege(quote_ident(schemaname) || '.' || quote_ident(tablename), 'SELECT')
        ORDER BY tablename`,
    );
    // One message per connection: the simple protocol runs the statements in turn.
    const plans = rows.map((row) => `EXPLAIN SELECT * FROM ${pg.escapeIdentifier(row.name)}`).join(';\n');
    if (plans) await Promise.all(clients.map((client) => client.query(plans)));
    return { connections: clients.length, tables: rows.length };
  } finally {
    for (const client of clients) client.release();
  }
}
