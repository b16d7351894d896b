// Issue 20, migration 0034 and the candidates read with their names only: the check of now against
// main's before it (duplicate-check-solo-scan.ts), for the bench account and an account of one
// region, with a date typed and with no birth data. scale.bench.ts (CTER_BENCH_SCALE_ONLY=dup) runs
// the measures in its interleaved loop and `soloWork` once per size: the answers compared (they
// must be the same), and per check, without the clock, the key rows the read of the names of one
// token walks before 0034 (every key row of the typed heads, of the band or of every year) and
// now (the solo rows of those heads: what 0034's partial index holds), and the columns read per
// candidate. Since migration 0035 also the check before it (duplicate-check-before-0035.ts: the
// candidates from `person`, their names split per check) in the loop, its answers compared too.
import type Driver from 'better-sqlite3-multiple-ciphers';
import type { Workspace } from '../../src-main/core/workspace';
import { list, render, sql } from '../../src-main/core/db/sql';
import { typedTokens } from '../../src-main/core/persons/names';
import { findMatches, yearBand, type MatchQuery } from '../../src-main/core/persons/person-service';
import { percentile } from './bench';
import { SCOPE } from './mijn-werk.bench';
import { ONE_REGION } from './duplicate-check-access';
import { findMatchesSoloScan } from './duplicate-check-solo-scan';
import { findMatchesBefore0035 } from './duplicate-check-before-0035';

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

/** The check before 0034 in the loop, both kinds, the bench account (no router, no audit). */
export function soloScanMeasures(ws: Workspace, typed: readonly Typed[]) {
  return (['date', 'noyear'] as const).flatMap((kind) => [
    {
      key: `dup-tx-before-0034${kind === 'date' ? '' : '-noyear'}`,
      label: `duplicate check, ${kind === 'date' ? 'a date typed' : 'no birth data'}, findMatches before 0034 (solo names on the heads' index, every column), in a transaction`,
      run: (i: number) => ws.transaction((m) => findMatchesSoloScan(m, SCOPE, query(typed[i % typed.length]!, kind))),
    },
    {
      key: `dup-tx-before-0035${kind === 'date' ? '' : '-noyear'}`,
      label: `duplicate check, ${kind === 'date' ? 'a date typed' : 'no birth data'}, findMatches before 0035 (candidates from person, names split per check), in a transaction`,
      run: (i: number) => ws.transaction((m) => findMatchesBefore0035(m, SCOPE, query(typed[i % typed.length]!, kind))),
    },
  ]);
}

const stats = (xs: number[]) => `${percentile(xs, 50)} (p95 ${percentile(xs, 95)}, max ${Math.max(...xs)})`;

/** Per kind and account, both checks' answers for every typed name (an error when they differ); the rows walked. */
export async function soloWork(ws: Workspace, handle: Driver.Database, typed: readonly Typed[]): Promise<void> {
  for (const kind of ['date', 'noyear'] as const)
    for (const [account, scope] of [
      ['bench account', SCOPE],
      ['one region', ONE_REGION],
    ] as const)
      for (const p of typed) {
        const [now, before, before0035] = await ws.transaction(async (m) => [
          await findMatches(m, scope, query(p, kind)),
          await findMatchesSoloScan(m, scope, query(p, kind)),
          await findMatchesBefore0035(m, scope, query(p, kind)),
        ]);
        if (JSON.stringify(now) !== JSON.stringify(before))
          throw new Error(`answers differ from before 0034 for ${p.naam} (${kind}, ${account})`);
        if (JSON.stringify(now) !== JSON.stringify(before0035))
          throw new Error(`answers differ from before 0035 for ${p.naam} (${kind}, ${account})`);
      }
  const count = (statement: ReturnType<typeof sql>) => {
    const { text, params } = render(statement, 'sqlite');
    return (handle.prepare(text).get(...params) as { n: number }).n;
  };
  for (const kind of ['date', 'noyear'] as const) {
    const walked: number[] = [];
    const solo: number[] = [];
    for (const p of typed) {
      const heads = list([...new Set(typedTokens(p.naam).map((token) => token.head))]);
      const years =
        kind === 'date' ? sql` AND k.birth_year IN ${list(yearBand(Number(p.geboortedatum.slice(0, 4))))}` : sql``;
      walked.push(count(sql`SELECT count(*) AS n FROM person_name_key k WHERE k.head IN ${heads}${years}`));
      solo.push(
        count(sql`SELECT count(*) AS n FROM person_name_key k WHERE k.head IN ${heads}${years} AND k.solo = 1`),
      );
    }
    console.info(
      `   duplicate check, ${kind === 'date' ? 'a date typed' : 'no birth data'}: ${typed.length} answers the same as before 0034 and before 0035 (both accounts); ` +
        `names of one token: key rows walked before ${stats(walked)}, solo rows (0034's index) ${stats(solo)}; ` +
        `columns per candidate ${kind === 'date' ? '4 from person_match (6 from person before 0035, 7 before 0034)' : '2 from person_match (4 from person before 0035, 7 before 0034)'}`,
    );
  }
}
