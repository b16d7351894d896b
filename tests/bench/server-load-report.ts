// The server-load bench's measurement and report (server-load.bench.ts describes the bench): the
// checks afterwards (the audit chain verifies, every acknowledged write is in the database) and the
// figures: per variant and operation p50/p95 (aim 150 ms), p99 and p95 after the first seconds, the
// case search per kind of query, the CPU time per call of each side; the run's totals.
import type pg from 'pg';
import type { AuditVerification } from '../../src-shared/ipc/audit';
import { call } from '../integration/helpers';
import { percentile, type Figure } from './bench';
import type { CpuLedger } from './server-load-cpu';
import { afterFirst, STEADY_AFTER_S } from './server-load-timeline';
import { SIZE, USERS, VARIANTS, variantName, type Seeded, type Variant } from './server-load-setup';
import { OPERATIONS, type RunLedger } from './server-load-users';

const P95_MS = 150;

export interface Afterwards {
  verified: AuditVerification;
  missingSignals: number;
  staleItems: number;
}

/** The chain verifies, each acknowledged signal is there, each item at its last acknowledged version. */
export async function checkAfterwards(seeded: Seeded, ledger: RunLedger): Promise<Afterwards> {
  const verified = await call<AuditVerification>(seeded.admin, 'audit:verify');
  const superuser: pg.Client = seeded.superuser;
  const { rows: found } = await superuser.query<{ n: string }>(
    'SELECT count(*) AS n FROM signal WHERE id = ANY($1::int[])',
    [ledger.signalIds],
  );
  const missingSignals = ledger.signalIds.length - Number(found[0]!.n);
  const { rows: items } = await superuser.query<{ id: number; version: number }>(
    'SELECT id, version FROM agenda_item WHERE id = ANY($1::int[])',
    [[...ledger.lastSaved.keys()]],
  );
  const staleItems = items.filter((item) => Number(item.version) !== ledger.lastSaved.get(item.id)).length;
  return { verified, missingSignals, staleItems };
}

export interface RunFacts {
  ledger: RunLedger;
  afterwards: Afterwards;
  cpu: CpuLedger<Variant>;
  runSeconds: number;
  runStartedAt: number;
  loadStart: number;
  loadEnd: number;
  /** Connections the workstation clients opened in the run (one per attempt), and the calls made (answered or not). */
  attempts: number;
  attempted: number;
  oneByOne: number[];
  /** Per process: every user's first call after the start, and the same again at once. */
  firstCalls: number[];
  secondCalls: number[];
}

/** The run's lines and figures. */
export function runReport(facts: RunFacts): { lines: string[]; figures: Figure[] } {
  const { ledger, afterwards, cpu, runSeconds, runStartedAt } = facts;
  const lines: string[] = [];
  const total = ledger.calls();
  const errorCount = ledger.errorCount;
  const { verified, missingSignals, staleItems } = afterwards;
  lines.push(
    `   ${total} calls in ${runSeconds.toFixed(1)} s (${(total / runSeconds).toFixed(1)}/s), ${errorCount} errors` +
      `${errorCount ? `: ${JSON.stringify(Object.fromEntries(ledger.errors))}` : ''}; load ${facts.loadStart.toFixed(1)} → ${facts.loadEnd.toFixed(1)}`,
    `   audit chain: ${verified.ok ? `verifies (${verified.checked} entries)` : 'BROKEN'}; ` +
      `${ledger.signalIds.length} signals acknowledged, ${missingSignals} missing; ${ledger.lastSaved.size} items saved, ${staleItems} not at their last acknowledged version`,
  );
  const figures: Figure[] = [];
  for (const variant of VARIANTS)
    for (const op of OPERATIONS) {
      const list = ledger.samples.get(variant)!.get(op)!;
      const name = variantName(variant);
      figures.push(
        { name: `${name}: ${op}`, unit: 'ms', samples: list, target: { max: P95_MS } },
        { name: `${name}: ${op}, p99`, unit: 'ms', samples: [percentile(list, 99)], target: {} },
        {
          name: `${name}: ${op}, after the first ${STEADY_AFTER_S} s`,
          unit: 'ms',
          samples: afterFirst(ledger.timeline, runStartedAt, STEADY_AFTER_S, op, variant.label),
          target: {},
        },
      );
    }
  // Per variant: the case search by kind of query, and the CPU time per call of each side
  // (server-load-cpu.ts): what a call costs, less dependent on the machine's load than a time.
  for (const variant of VARIANTS) {
    const name = variantName(variant);
    for (const [kind, list] of ledger.searchKinds.get(variant)!)
      figures.push({ name: `${name}: case search, ${kind}`, unit: 'ms', samples: list, target: {} });
    const per = cpu.perCall(variant, ledger.calls(variant));
    lines.push(
      `   ${name}: CPU per call (ms) server ${per.server.toFixed(1)}, PostgreSQL ${per.postgres.toFixed(1)}, ` +
        `clients ${per.client.toFixed(1)}, the rest of the machine ${per.others.toFixed(1)}; ` +
        `${cpu.coresBusy(variant, runSeconds / VARIANTS.length).toFixed(2)} cores busy`,
    );
    for (const side of ['server', 'postgres', 'client', 'others'] as const)
      figures.push({ name: `${name}: CPU per call, ${side}`, unit: 'ms', samples: [per[side]], target: {} });
  }
  lines.push(
    `   connections: ${facts.attempts} opened for ${facts.attempted} calls (the workstation's client: one per ` +
      `attempt; ${facts.attempts - facts.attempted} sent again)`,
  );
  // Each variant had its phases, an equal share of the run.
  if (VARIANTS.length > 1)
    for (const variant of VARIANTS)
      figures.push({
        name: `${variantName(variant)}: calls per second`,
        unit: '/s',
        samples: [ledger.calls(variant) / (runSeconds / VARIANTS.length)],
        target: {},
      });
  figures.push(
    { name: `${SIZE}: log-in, one at a time`, unit: 'ms', samples: facts.oneByOne, target: {} },
    {
      name: `${SIZE}: first call after start, ${USERS} at once (per process)`,
      unit: 'ms',
      samples: facts.firstCalls,
      target: {},
    },
    {
      name: `${SIZE}: the same call again, ${USERS} at once (per process)`,
      unit: 'ms',
      samples: facts.secondCalls,
      target: {},
    },
    { name: `${SIZE}: calls per second`, unit: '/s', samples: [total / runSeconds], target: {} },
    { name: `${SIZE}: errors`, unit: 'calls', samples: [errorCount], target: { max: 0 } },
    { name: `${SIZE}: audit chain broken`, unit: '', samples: [verified.ok ? 0 : 1], target: { max: 0 } },
    {
      name: `${SIZE}: acknowledged writes missing`,
      unit: '',
      samples: [missingSignals + staleItems],
      target: { max: 0 },
    },
    { name: `${SIZE}: machine load (1 min) at the start`, unit: '', samples: [facts.loadStart], target: {} },
    { name: `${SIZE}: machine load (1 min) at the end`, unit: '', samples: [facts.loadEnd], target: {} },
  );
  return { lines, figures };
}
