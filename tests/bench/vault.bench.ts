// Issue 3's figures: unlock split into key derivation and database open (with the migration
// check), the cost of one audit entry, and verifying 100,000 audit entries.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog } from '../../src-main/core/audit/audit-log';
import { systemClock } from '../../src-main/core/clock';
import { openDatabase } from '../../src-main/core/db/database';
import { deriveKey, newScryptParams } from '../../src-main/core/vault/kdf';
import { timeRuns, type BenchSuite } from './bench';

const entry = (i: number) => ({
  actorId: 1,
  actorName: 'beheer',
  action: 'accounts:list',
  kind: 'view' as const,
  objectType: 'account',
  objectId: String(i),
  result: 'ok',
});

export const suite: BenchSuite = {
  name: 'vault',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'cter-bench-vault-'));
    const path = join(dir, 'bench.db');
    const key = randomBytes(32);
    try {
      const kdf = await timeRuns(8, () => deriveKey('een wachtwoord voor de meting', newScryptParams()), 1);

      const created = await openDatabase({ path, key, mode: 'create' });
      await created.close();
      const open = await timeRuns(30, async () => {
        const db = await openDatabase({ path, key, mode: 'open' });
        await db.close();
      });

      const db = await openDatabase({ path, key, mode: 'open' });
      const audit = new AuditLog(db.source, systemClock);
      await audit.load();
      // In the call's own transaction (how the router writes it): the cost the audit adds to a call.
      const perEntry: number[] = [];
      for (let round = 0; round < 20; round++) {
        const start = process.hrtime.bigint();
        await db.source.transaction(async (manager) => {
          for (let i = 0; i < 500; i++) await audit.append(manager, entry(i));
        });
        perEntry.push(Number(process.hrtime.bigint() - start) / 1e6 / 500);
      }
      // Alone, with its commit (synchronous=FULL: the fsync dominates).
      const alone = await timeRuns(50, () => db.source.transaction((manager) => audit.append(manager, entry(0))));

      const target = 100_000;
      const have = await db.source.query('SELECT count(*) AS n FROM audit_entry');
      const missing = target - Number((have as { n: number }[])[0]!.n);
      await db.source.transaction(async (manager) => {
        for (let i = 0; i < missing; i++) await audit.append(manager, entry(i));
      });
      const verify = await timeRuns(
        3,
        async () => {
          const result = await audit.verify();
          if (!result.ok || result.checked !== target) throw new Error('verify failed in the benchmark');
        },
        1,
      );
      await db.close();

      return [
        {
          name: 'unlock: key derivation (scrypt N=2^17, r=8, p=1)',
          unit: 'ms',
          samples: kdf,
          target: { min: 250, max: 1000 },
        },
        {
          name: 'unlock: database open + migration check (empty database)',
          unit: 'ms',
          samples: open,
          target: { max: 50 },
        },
        {
          name: 'audit: append one entry (in the call’s transaction)',
          unit: 'ms',
          samples: perEntry,
          target: { max: 0.2 },
        },
        {
          name: 'audit: append one entry in its own transaction (with fsync)',
          unit: 'ms',
          samples: alone,
          target: { max: 20 },
        },
        { name: 'audit: verify 100,000 entries', unit: 'ms', samples: verify, target: { max: 2000 } },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
