// One audit writer in a process of its own, for the engines bench's `8 processes` variant
// (engines-audit.ts forks eight): its own pool, AuditLog (linker, LINK_DELAY_MS) and event loop, as
// a workstation's or a server process's core. The store comes in CTER_AUDIT_STORE (JSON), the
// writer's number in CTER_AUDIT_WRITER. Per message `{ from, to }` it appends rounds from..to-1 one
// after the other, waits for its links, and answers each append's time and its event loop's delay
// (p99, ms); `{ stop: true }` closes the store and ends the process.
import { AuditLog } from '../../src-main/core/audit/audit-log';
import { systemClock } from '../../src-main/core/clock';
import { openDatabase } from '../../src-main/core/db/database';
import type { PostgresStore } from '../../src-main/core/db/store';
import { appendOne, elapsed, withLoopDelay } from './engines-audit';

async function main(): Promise<void> {
  const store = JSON.parse(process.env['CTER_AUDIT_STORE']!) as PostgresStore;
  const index = Number(process.env['CTER_AUDIT_WRITER']);
  const db = await openDatabase(store);
  const log = new AuditLog(db.source, systemClock);
  await log.load();
  process.on('message', (message: { from?: number; to?: number; stop?: true }) => {
    if (message.stop) {
      void log
        .settled()
        .then(() => db.close())
        .finally(() => process.exit(0));
      return;
    }
    void (async () => {
      const { result, loopP99 } = await withLoopDelay(async () => {
        const samples: number[] = [];
        for (let round = message.from!; round < message.to!; round++) {
          const begin = process.hrtime.bigint();
          await appendOne(db, log, index, round);
          samples.push(elapsed(begin));
        }
        return samples;
      });
      await log.settled();
      process.send!({ samples: result, loopP99 });
    })();
  });
  // The bench ended without saying stop (killed): end too.
  process.on('disconnect', () => process.exit(0));
  process.send!({ ready: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
