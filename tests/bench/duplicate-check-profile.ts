// Issue 20: where the duplicate check with no birth data typed spends its time, without the clock
// where it can. `npx tsx tests/bench/duplicate-check-profile.ts PERSONS FOLDER`:
//
// - makes (or reuses, when FOLDER already holds one) the scale suite's database of PERSONS persons
//   (mijn-werk.bench.ts's prepare(), the pairs of migration 0032 made as scale.bench.ts makes them);
// - draws the scale bench's 200 typed names (one in three with a typo) and runs `findMatches`
//   for each, in a transaction: KIND `noyear` with no birth data typed (the default), `date` with
//   the drawn person's birth date typed (as the scale bench types it), `both` one after the other;
//   SCOPE `all` the bench account (three regions, the default) or `one` an account of region 1;
//   VARIANT `now` (the default), `before` (duplicate-check-before-0035.ts: main before migration
//   0035, the candidates read from `person` and their names split in JavaScript), `before0034`
//   (duplicate-check-solo-scan.ts: main before migration 0034, the names of one token read on the
//   key heads' index, every candidate with its gemeente, every name scored afresh), `exists`
//   (duplicate-check-exists.ts: the access test per candidate in the read), `earlier` (the pairs
//   by year ranged on the earlier of two typed tokens, as before 2026-12-06 evening: the same
//   statement with each name's tokens reversed) or `both` (now and before); two variants
//   comma-separated (`now,earlier`) run against each other. Interleaved per typed name; with two
//   variants the answers of the first round are compared (an error when one differs). KIND `walk`
//   counts, with the birth date typed, the rows of person_name_pair_year a range on either token
//   of each two would walk and the persons it keeps (no timing). Per check the wall time and the
//   process's CPU time (user + system, `process.cpuUsage`: less moved by other processes than the
//   clock).
//
// `npx tsx tests/bench/duplicate-check-profile.ts PERSONS FOLDER ROUNDS KIND SCOPE VARIANT`; under
// `node --cpu-prof --import tsx` for a CPU profile. Not part of `npm run bench`.
import { mkdirSync, readdirSync } from 'node:fs';
import { createCore } from '../../src-main/core/core';
import type Driver from 'better-sqlite3-multiple-ciphers';
import { list, render, sql, type Sql } from '../../src-main/core/db/sql';
import { findMatches, matchCandidatesSql, yearBand } from '../../src-main/core/persons/person-service';
import { typedTokens } from '../../src-main/core/persons/names';
import { random } from '../../src-shared/domain/random';
import { percentile } from './bench';
import { ADMIN, ok, options } from './bench-core';
import { prepare, SCOPE } from './mijn-werk.bench';
import { fillKeyPairs } from './duplicate-check-walk';
import { findMatchesExists } from './duplicate-check-exists';
import { findMatchesSoloScan } from './duplicate-check-solo-scan';
import { findMatchesBefore0035 } from './duplicate-check-before-0035';

const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** A name as typed with a slip (scale.bench.ts's `typo`). */
function typo(naam: string, rnd: () => number): string {
  const words = naam.split(' ');
  const last = words.at(-1)!;
  if (last.length < 4) return naam;
  const at = 1 + Math.floor(rnd() * (last.length - 2));
  const slipped =
    rnd() < 0.5
      ? last.slice(0, at) + last[at + 1] + last[at] + last.slice(at + 2)
      : last.slice(0, at) + last.slice(at + 1);
  return [...words.slice(0, -1), slipped].join(' ');
}

/**
 * The check with the pairs by year ranged on the earlier of two typed tokens (as before the change
 * to the later one): `matchCandidateIdsSql` reads every other part alike whichever token comes first.
 */
const findMatchesRangedOnEarlier: typeof findMatches = (manager, scope, query) =>
  findMatches(manager, scope, query, (_scope, typed, years) =>
    matchCandidatesSql(
      typed.map((tokens) => [...tokens].reverse()),
      years,
    ),
  );

/** KIND `walk`: rows of person_name_pair_year walked by a range on either token, and those kept. */
function walked(handle: Driver.Database, typed: readonly { naam: string; geboortedatum: string }[]): void {
  const count = (statement: Sql) => {
    const { text, params } = render(statement, 'sqlite');
    return (handle.prepare(text).get(...params) as { n: number }).n;
  };
  const rows = { earlier: [] as number[], later: [] as number[], smaller: [] as number[], kept: [] as number[] };
  for (const p of typed) {
    const tokens = typedTokens(p.naam);
    if (tokens.length < 2) continue;
    const band = list(yearBand(Number(p.geboortedatum.slice(0, 4))));
    const range = (heads: string[]) =>
      count(
        sql`SELECT count(*) AS n FROM person_name_pair n WHERE n.head_a IN ${list(heads)} AND n.birth_year IN ${band}`,
      );
    const sums = { earlier: 0, later: 0, smaller: 0, kept: 0 };
    tokens.forEach((one, i) =>
      tokens.slice(i + 1).forEach((other) => {
        const [earlier, later] = [range(one.near), range(other.near)];
        sums.earlier += earlier;
        sums.later += later;
        sums.smaller += Math.min(earlier, later);
        sums.kept += count(
          sql`SELECT count(*) AS n FROM person_name_pair n
              WHERE n.head_a IN ${list(one.near)} AND n.birth_year IN ${band} AND n.head_b IN ${list(other.near)}`,
        );
      }),
    );
    for (const key of Object.keys(sums) as (keyof typeof sums)[]) rows[key].push(sums[key]);
  }
  const show = (xs: number[]) => `${percentile(xs, 50)} (p95 ${percentile(xs, 95)})`;
  console.info(
    `pairs by year, rows walked per check of ${rows.kept.length} names of two tokens or more, median (p95): ranged on the earlier token ${show(rows.earlier)}, the later ${show(rows.later)}, the smaller of the two ${show(rows.smaller)}; persons' rows kept ${show(rows.kept)}`,
  );
}

async function main() {
  const persons = Number(process.argv[2] ?? 10_000);
  const folder = process.argv[3] ?? `/tmp/cter-dup-profile-${persons}`;
  const rounds = Number(process.argv[4] ?? 3);
  const kinds = process.argv[5] === 'both' ? ['noyear', 'date'] : [process.argv[5] ?? 'noyear'];
  const scope = process.argv[6] === 'one' ? { ...SCOPE, regionIds: [1] } : SCOPE;
  const variants = process.argv[7] === 'both' ? ['now', 'before'] : (process.argv[7] ?? 'now').split(',');
  mkdirSync(folder, { recursive: true });
  const fresh = readdirSync(folder).length === 0;
  if (fresh) {
    const start = Date.now();
    await prepare(folder, persons);
    console.info(`loaded ${persons} persons in ${((Date.now() - start) / 1000).toFixed(0)} s`);
  }
  const core = createCore(options(folder));
  try {
    await ok(core, 'session:login', { username: ADMIN.username, password: ADMIN.password });
    await core.workspace.integrity.settled();
    const { database } = core.workspace.requireOpen();
    if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
    const handle = database.handle;
    if (fresh) fillKeyPairs(handle);
    const people = handle.prepare('SELECT naam, geboortedatum FROM person ORDER BY id').all() as {
      naam: string;
      geboortedatum: string;
    }[];
    const rnd = random(20);
    const typed = Array.from({ length: 200 }, (_, i) => {
      const p = people[Math.floor(rnd() * people.length)]!;
      return { naam: i % 3 === 0 ? typo(p.naam, rnd) : p.naam, geboortedatum: p.geboortedatum };
    });
    const ws = core.workspace;
    if (kinds[0] === 'walk') return walked(handle, typed);
    for (const kind of kinds) {
      const query = (p: (typeof typed)[number]) => ({
        naam: p.naam,
        aliases: [],
        geboortedatum: kind === 'date' ? p.geboortedatum : null,
        geboortejaar: null,
      });
      const times = new Map(variants.map((v) => [v, { wall: [] as number[], cpu: [] as number[] }]));
      const answers = new Map<string, string>();
      for (let round = 0; round < rounds; round++)
        for (const [i, p] of typed.entries()) {
          const order = i % 2 ? [...variants].reverse() : variants;
          for (const variant of order) {
            const check =
              {
                before: findMatchesBefore0035,
                before0034: findMatchesSoloScan,
                exists: findMatchesExists,
                earlier: findMatchesRangedOnEarlier,
              }[variant] ?? findMatches;
            const cpu = process.cpuUsage();
            const start = process.hrtime.bigint();
            const answer = await ws.transaction((m) => check(m, scope, query(p)));
            const wall = elapsed(start);
            const used = process.cpuUsage(cpu);
            if (round === 0) {
              answers.set(variant, JSON.stringify(answer));
              if (answers.size === 2 && new Set(answers.values()).size !== 1)
                throw new Error(`answers differ for ${p.naam} (${kind})`);
              if (order.at(-1) === variant) answers.clear();
              continue;
            }
            times.get(variant)!.wall.push(wall);
            times.get(variant)!.cpu.push((used.user + used.system) / 1000);
          }
        }
      for (const [variant, { wall, cpu }] of times)
        console.info(
          `findMatches ${variant}, ${kind}, ${persons} persons, regions ${scope.regionIds.join(',')}: wall median ${percentile(wall, 50).toFixed(1)} / p95 ${percentile(wall, 95).toFixed(1)} ms, CPU median ${percentile(cpu, 50).toFixed(1)} / p95 ${percentile(cpu, 95).toFixed(1)} ms (${wall.length} samples)`,
        );
    }
  } finally {
    await core.close();
  }
}

void main();
