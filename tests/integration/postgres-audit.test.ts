// Many writers on one PostgreSQL store: eight audit logs (four per core, two cores) append at the
// same time for a few seconds, some in transactions that roll back. The chain stays intact, its ids
// run 1..N without gaps and N is the number of committed appends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src-main/core/audit/audit-log';
import { manualClock } from '../../src-main/core/clock';
import { openDatabase, type Database } from '../../src-main/core/db/database';
import type { PostgresStore } from '../../src-main/core/db/store';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

let store: PostgresStore;
const cores: Database[] = [];

beforeAll(async () => {
  store = await createTestDatabase();
  cores.push(await openDatabase(store), await openDatabase(store));
});

afterAll(async () => {
  for (const db of cores.splice(0)) await db.close();
  await dropTestDatabase(store);
});

class RolledBack extends Error {}

describe('the audit chain with many writers on PostgreSQL', () => {
  it('stays one unbroken chain with consecutive ids', async () => {
    const clock = manualClock();
    const writers = Array.from({ length: 8 }, (_, index) => {
      const db = cores[index % cores.length]!;
      return { db, log: new AuditLog(db.source, clock), index };
    });
    for (const writer of writers) await writer.log.load();
    const until = Date.now() + 2500;
    const run = async ({ db, log, index }: (typeof writers)[number]): Promise<number> => {
      let committed = 0;
      for (let round = 0; Date.now() < until; round++) {
        const rollBack = round % 7 === 3;
        const appended = await db.source
          .transaction(async (manager) => {
            await log.append(manager, {
              actorId: null,
              actorName: `schrijver ${index}`,
              action: 'accounts:list',
              kind: 'view',
              result: 'ok',
              details: { round },
            });
            if (rollBack) throw new RolledBack();
          })
          .then(
            () => true,
            (error: unknown) => {
              if (error instanceof RolledBack) return false;
              throw error;
            },
          );
        if (appended) committed++;
        // As the core's transaction wrapper does: a rolled-back append may have advanced the head.
        else await log.load();
      }
      return committed;
    };
    const counts = await Promise.all(writers.map(run));
    const total = counts.reduce((sum, n) => sum + n, 0);
    expect(counts.every((n) => n > 0)).toBe(true);

    const ids = (await cores[0]!.source.query('SELECT id FROM audit_entry ORDER BY id')) as { id: number }[];
    expect(ids.map((row) => row.id)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const reader = new AuditLog(cores[1]!.source, clock);
    await reader.load();
    expect(await reader.verify()).toEqual({ ok: true, checked: total, firstBroken: null });
    // The writers' own view after the others appended: verify from any of them agrees.
    expect(await writers[0]!.log.verify()).toEqual({ ok: true, checked: total, firstBroken: null });
  }, 20_000);
});
