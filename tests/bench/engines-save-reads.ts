// The casus save's reads before its change on PostgreSQL (issue 17, 2026-12-06): the partner codes,
// the procesregisseur and the names the casus has, as three TypeORM reads (before: lists/assertCodes,
// findOne, find) against one readTogether of kept statements (after: cases/case-service.ts), as
// `cter_app` in a transaction for the bench account, in turns, after 10 warm-up calls each; the
// backend's own CPU (/proc/<pid>/schedstat), the wall time and the statements sent per call. On the
// engines bench's kept data (CTER_BENCH_KEEP, see engines.bench.ts):
//
//   npx tsx tests/bench/engines-save-reads.ts /tmp/keep.json [rounds]
import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { transactionFor } from '../../src-main/core/access/row-security';
import { builderSql } from '../../src-main/core/db/entity-reads';
import { accountActive, listCodes } from '../../src-main/core/cases/queries';
import { openDatabase } from '../../src-main/core/db/database';
import { AccountEntity } from '../../src-main/core/db/entities/account';
import { CaseAccessEntity } from '../../src-main/core/db/entities/casus';
import { readTogether } from '../../src-main/core/db/kept';
import type { PostgresStore } from '../../src-main/core/db/store';
import { assertCodes } from '../../src-main/core/lists/reference-data';
import { percentile } from './bench';

const [keepFile, roundsText = '200'] = process.argv.slice(2);
if (!keepFile) throw new Error('usage: engines-save-reads.ts KEEP_FILE [rounds]');
const { store } = JSON.parse(readFileSync(keepFile, 'utf8')) as { store: PostgresStore };
const ACCOUNT = 1;
const rounds = Number(roundsText);
const PARTNERS = ['politie', 'gemeente'];
const cpu = (pid: number) => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
let sent = 0;
type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const proto = pg.Client.prototype as unknown as { query: Query };
const original = proto.query;
proto.query = function (this: pg.Client, ...args: unknown[]): unknown {
  sent++;
  return original.apply(this, args);
};

const VARIANTS = {
  async before(manager: EntityManager, caseId: number) {
    await assertCodes(
      manager,
      PARTNERS.map((code, index) => ({ field: `partners.${index}`, list: 'partner' as const, code })),
    );
    const regisseur = await manager.findOne(AccountEntity, { where: { id: ACCOUNT } });
    const names = await manager.find(CaseAccessEntity, { where: { caseId } });
    return [regisseur?.active, names.length];
  },
  async after(manager: EntityManager, caseId: number) {
    const names = manager
      .createQueryBuilder(CaseAccessEntity, 'a')
      .select('a.accountId', 'accountId')
      .where('a.caseId = :id', { id: caseId });
    const read = await readTogether<{ codes: unknown[]; regisseur: { active: boolean }[]; names: unknown[] }>(manager, {
      codes: { rows: listCodes('partner', PARTNERS) },
      regisseur: { rows: accountActive(ACCOUNT) },
      names: { rows: builderSql(manager, names) },
    });
    return [read.regisseur[0]?.active, read.names.length];
  },
};
type Variant = keyof typeof VARIANTS;

async function main() {
  const db = await openDatabase(store);
  const out: Record<Variant, { cpu: number[]; wall: number[]; sent: number[] }> = {
    before: { cpu: [], wall: [], sent: [] },
    after: { cpu: [], wall: [], sent: [] },
  };
  try {
    for (let i = 0; i < rounds + 10; i++) {
      const order: Variant[] = i % 2 ? ['after', 'before'] : ['before', 'after'];
      for (const variant of order)
        await transactionFor(db.source, { accountId: ACCOUNT }, async (manager) => {
          const client = (await manager.queryRunner!.connect()) as pg.ClientBase & { processID: number };
          const started = process.hrtime.bigint();
          const c0 = cpu(client.processID);
          const s0 = sent;
          await VARIANTS[variant](manager, 1 + ((i * 7919) % 90_000));
          if (i < 10) return;
          out[variant].cpu.push((cpu(client.processID) - c0) / 1e6);
          out[variant].wall.push(Number(process.hrtime.bigint() - started) / 1e6);
          out[variant].sent.push(sent - s0);
        });
    }
  } finally {
    await db.close();
  }
  const ms = (values: number[]) => `${percentile(values, 50).toFixed(2)} / ${percentile(values, 95).toFixed(2)}`;
  for (const variant of ['before', 'after'] as const)
    console.info(
      `save's reads ${variant}: backend CPU ${ms(out[variant].cpu)} ms, wall ${ms(out[variant].wall)} ms, statements ${percentile(out[variant].sent, 50)} (median / p95 of ${rounds})`,
    );
}

void main();
