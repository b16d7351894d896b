// Issue 20, the duplicate check's access test after the scoring (persons/find-matches.ts): the
// check of now against the check as before it (duplicate-check-exists.ts: an EXISTS on `casus` per
// candidate in the read), for the bench account (three regions: every candidate visible but the
// afgeschermd) and for an account of one region (a third of the candidates visible), with a date
// typed and with no birth data. scale.bench.ts (CTER_BENCH_SCALE_ONLY=dup) runs the measures in its
// interleaved loop and `accessWork` once per size: the answers compared (they must be the same),
// and per check, without the clock, the statements run, the candidates read and scored, and the
// persons whose access was asked.
import type { EntityManager } from 'typeorm';
import type { Workspace } from '../../src-main/core/workspace';
import type { AccessScope } from '../../src-main/core/access/access';
import { findMatches, type MatchQuery } from '../../src-main/core/persons/person-service';
import { percentile } from './bench';
import { SCOPE } from './mijn-werk.bench';
import { findMatchesExists } from './duplicate-check-exists';

/** An account of region 1 only (the bench account sees the three). */
export const ONE_REGION: AccessScope = { ...SCOPE, regionIds: [1] };

interface Typed {
  naam: string;
  geboortedatum: string;
}

const query = (p: Typed, kind: 'date' | 'noyear'): MatchQuery => ({
  naam: p.naam,
  aliases: [],
  geboortedatum: kind === 'date' ? p.geboortedatum : null,
  geboortejaar: null,
});

/** The measures of both checks, per kind and account, in a transaction each (no router, no audit). */
export function accessMeasures(ws: Workspace, typed: readonly Typed[]) {
  const variants = [
    ['dup-tx-exists', 'a date typed, findMatches as before (access per candidate in the read)', 'date', SCOPE, true],
    ['dup-tx-noyear-exists', 'no birth data, findMatches as before (access per candidate)', 'noyear', SCOPE, true],
    ['dup-tx-region', 'one region, a date typed, findMatches now', 'date', ONE_REGION, false],
    ['dup-tx-region-exists', 'one region, a date typed, findMatches as before', 'date', ONE_REGION, true],
    ['dup-tx-region-noyear', 'one region, no birth data, findMatches now', 'noyear', ONE_REGION, false],
    ['dup-tx-region-noyear-exists', 'one region, no birth data, findMatches as before', 'noyear', ONE_REGION, true],
  ] as const;
  return variants.map(([key, what, kind, scope, before]) => ({
    key,
    label: `duplicate check, ${what}, in a transaction`,
    run: (i: number) =>
      ws.transaction((m) =>
        (before ? findMatchesExists : findMatches)(m, scope, query(typed[i % typed.length]!, kind)),
      ),
  }));
}

interface Statement {
  text: string;
  params: unknown[];
  rows: number;
}

/** The manager with its statements written down (`query`, which core's `runQuery` calls). */
function counting(manager: EntityManager, log: Statement[]): EntityManager {
  return new Proxy(manager, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver) as unknown;
      return async (text: string, params: unknown[] = []) => {
        const rows = (await target.query(text, params)) as unknown[];
        log.push({ text, params, rows: rows.length });
        return rows;
      };
    },
  });
}

const stats = (xs: number[]) => `${percentile(xs, 50)} (p95 ${percentile(xs, 95)}, max ${Math.max(...xs)})`;

/**
 * Per kind and account, for every typed name: both checks' answers (an error when they differ) and
 * what each did, without the clock.
 */
export async function accessWork(ws: Workspace, typed: readonly Typed[]): Promise<void> {
  for (const kind of ['date', 'noyear'] as const)
    for (const [account, scope] of [
      ['bench account', SCOPE],
      ['one region', ONE_REGION],
    ] as const) {
      const counts = {
        statementsNow: [] as number[],
        statementsBefore: [] as number[],
        readNow: [] as number[],
        readBefore: [] as number[],
        asked: [] as number[],
      };
      for (const p of typed) {
        const now: Statement[] = [];
        const before: Statement[] = [];
        const [a, b] = await ws.transaction(async (m) => [
          await findMatches(counting(m, now), scope, query(p, kind)),
          await findMatchesExists(counting(m, before), scope, query(p, kind)),
        ]);
        if (JSON.stringify(a) !== JSON.stringify(b))
          throw new Error(`answers differ from before for ${p.naam} (${kind}, ${account})`);
        // The candidate reads (not the read of the shown persons' birth data and gemeente): from
        // person, or since migration 0035 from person_match.
        const reads = (log: Statement[]) =>
          log
            .filter(
              (s) =>
                (s.text.includes('FROM person p') || s.text.includes('FROM person_match m')) &&
                !s.text.includes('JOIN gemeente'),
            )
            .reduce((sum, s) => sum + s.rows, 0);
        counts.statementsNow.push(now.length);
        counts.statementsBefore.push(before.length);
        counts.readNow.push(reads(now));
        counts.readBefore.push(reads(before));
        // The access test's IN list: its parameters less the scope's (regions, afgeschermd, account).
        counts.asked.push(
          now
            .filter((s) => s.text.includes('FROM casus c'))
            .reduce((sum, s) => sum + s.params.length - scope.regionIds.length - 2, 0),
        );
      }
      console.info(
        `   duplicate check, ${kind === 'date' ? 'a date typed' : 'no birth data'}, ${account}: ${typed.length} answers the same as before; ` +
          `candidate rows read now ${stats(counts.readNow)}, before ${stats(counts.readBefore)}; ` +
          `persons asked for access ${stats(counts.asked)}; statements now ${stats(counts.statementsNow)}, before ${stats(counts.statementsBefore)}`,
      );
    }
}
