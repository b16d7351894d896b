// What the engines bench's audit figure records beside the times (engines-audit.ts), per variant:
// PostgreSQL's wait events, sampled from pg_stat_activity every 10 ms (where the writers' and
// linkers' backends spend a transaction), and the server's own counters over the variant's blocks
// (pg_stat_wal and pg_stat_database: WAL flushes, records, full WAL buffers, transactions; the WAL
// insert position): what one append costs the server, whatever the machine's load. The bench's
// cluster is its own (startCluster), so the counters are the bench's alone.
import type pg from 'pg';

/** Tallies the writers' backends' states and wait events while sampling runs (superuser client). */
export function waitSampler(superuser: pg.Client, appUser: string) {
  const counts = new Map<string, number>();
  let running = false;
  let loop: Promise<void> = Promise.resolve();
  const sampler = {
    start() {
      running = true;
      loop = (async () => {
        while (running) {
          const { rows } = await superuser.query<{ state: string; wait: string | null; linker: boolean }>(
            `SELECT state, wait_event_type || ':' || wait_event AS wait,
                    query ~ '(advisory_xact_lock|chain_position IS NULL|WITH v)' AS linker
             FROM pg_stat_activity WHERE usename = $1 AND backend_type = 'client backend' AND state <> 'idle'`,
            [appUser],
          );
          for (const row of rows) {
            const what =
              row.state === 'active' ? (row.wait ?? 'CPU') : `${row.state}${row.wait ? ` (${row.wait})` : ''}`;
            const key = `${row.linker ? 'linker' : 'writer'} ${what}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      })();
    },
    async stop() {
      running = false;
      await loop;
    },
    counts,
  };
  return sampler;
}

/** The server's counters that one append moves. */
export interface ServerCounts {
  /** WAL flushes (fsync/fdatasync of the WAL): fewer than commits when commits share one. */
  walSync: number;
  walWrite: number;
  walRecords: number;
  walBytes: number;
  /** WAL bytes by the insert position (exact at once, unlike the statistics). */
  walLsn: number;
  /** Writes forced because the WAL buffers were full (wal_buffers too small: not 0). */
  walBuffersFull: number;
  /** Committed transactions of the bench's database (autocommit statements included). */
  commits: number;
}

export const NO_COUNTS: ServerCounts = {
  walSync: 0,
  walWrite: 0,
  walRecords: 0,
  walBytes: 0,
  walLsn: 0,
  walBuffersFull: 0,
  commits: 0,
};

/** The counters now (one statement on `superuser`, a commit the caller takes off). */
export async function serverCounts(superuser: pg.Client): Promise<ServerCounts> {
  const { rows } = await superuser.query<Record<keyof ServerCounts, string>>(
    `SELECT w.wal_sync AS "walSync", w.wal_write AS "walWrite", w.wal_records AS "walRecords",
            w.wal_bytes AS "walBytes", w.wal_buffers_full AS "walBuffersFull", d.xact_commit AS "commits",
            pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0') AS "walLsn"
     FROM pg_stat_wal w, pg_stat_database d WHERE d.datname = current_database()`,
  );
  const row = rows[0]!;
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)])) as unknown as ServerCounts;
}

export const addCounts = (a: ServerCounts, b: ServerCounts, sign = 1): ServerCounts =>
  Object.fromEntries(
    (Object.keys(a) as (keyof ServerCounts)[]).map((key) => [key, a[key] + sign * b[key]]),
  ) as unknown as ServerCounts;
