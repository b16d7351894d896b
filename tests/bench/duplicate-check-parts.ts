// Issue 20: the duplicate check's candidate read in parts, raw on a database made by
// duplicate-check-profile.ts (`npx tsx tests/bench/duplicate-check-parts.ts PERSONS FOLDER ROUNDS`).
// For the scale bench's 200 typed names (one in three with a typo), per kind (a date typed: the
// typed year, then the rest of the band, as findMatches reads them; no birth data), each part run
// raw on better-sqlite3 in turn, interleaved per name: the person ids alone (the index reads), the
// candidates' scored columns (matchCandidatesSql), the same with an EXISTS on a visible casus each
// (as before issue 20's access test after the scoring). Wall and CPU time per part, and the rows.
// Not part of `npm run bench`.
import { createCore } from '../../src-main/core/core';
import { render, sql, type Sql } from '../../src-main/core/db/sql';
import { typedTokens, type TypedToken } from '../../src-main/core/persons/names';
import { matchCandidateIdsSql, matchCandidatesSql } from '../../src-main/core/persons/match-candidates';
import { random } from '../../src-shared/domain/random';
import { percentile } from './bench';
import { ADMIN, ok, options } from './bench-core';
import { SCOPE } from './mijn-werk.bench';
import { matchCandidatesSqlExists } from './duplicate-check-exists';

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

type Part = (typed: TypedToken[][], years: number[] | null) => Sql;

const PARTS: [string, Part][] = [
  ['ids', (typed, years) => sql`SELECT DISTINCT person_id FROM (${matchCandidateIdsSql(typed, years)})`],
  ['columns', (typed, years) => matchCandidatesSql(typed, years)],
  ['columns + EXISTS', (typed, years) => matchCandidatesSqlExists(SCOPE, typed, years)],
];

async function main() {
  const persons = Number(process.argv[2] ?? 10_000);
  const folder = process.argv[3] ?? `/tmp/cter-dup-profile-${persons}`;
  const rounds = Number(process.argv[4] ?? 3);
  const core = createCore(options(folder));
  try {
    await ok(core, 'session:login', { username: ADMIN.username, password: ADMIN.password });
    await core.workspace.integrity.settled();
    const { database } = core.workspace.requireOpen();
    if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
    const handle = database.handle;
    const people = handle.prepare('SELECT naam, geboortedatum FROM person ORDER BY id').all() as {
      naam: string;
      geboortedatum: string;
    }[];
    const rnd = random(20);
    const typed = Array.from({ length: 200 }, (_, i) => {
      const p = people[Math.floor(rnd() * people.length)]!;
      return { naam: i % 3 === 0 ? typo(p.naam, rnd) : p.naam, year: Number(p.geboortedatum.slice(0, 4)) };
    });
    const reads = [
      ['no birth data', (): null => null],
      ['the typed year', (year: number) => [year]],
      ['the rest of the band', (year: number) => [0, year - 1, year + 1]],
    ] as const;
    for (const [what, years] of reads) {
      const statements = typed.map((t) =>
        PARTS.map(([, part]) => {
          const { text, params } = render(part([typedTokens(t.naam)], years(t.year)), 'sqlite');
          return { statement: handle.prepare(text), params };
        }),
      );
      const wall = PARTS.map(() => [] as number[]);
      const cpu = PARTS.map(() => [] as number[]);
      const rows = PARTS.map(() => [] as number[]);
      for (let round = 0; round < rounds; round++)
        for (const [i, parts] of statements.entries()) {
          const order = parts.map((_, at) => at);
          if (i % 2) order.reverse();
          for (const at of order) {
            const { statement, params } = parts[at]!;
            const used = process.cpuUsage();
            const start = process.hrtime.bigint();
            const found = statement.all(...params).length;
            const time = elapsed(start);
            const spent = process.cpuUsage(used);
            if (round === 0) continue;
            wall[at]!.push(time);
            cpu[at]!.push((spent.user + spent.system) / 1000);
            if (round === 1) rows[at]!.push(found);
          }
        }
      const f = (xs: number[]) => `${percentile(xs, 50).toFixed(2)} / ${percentile(xs, 95).toFixed(2)}`;
      for (const [at, [name]] of PARTS.entries())
        console.info(
          `${persons / 1000}k, ${what}, ${name}: wall ${f(wall[at]!)} ms, CPU ${f(cpu[at]!)} ms; rows median ${percentile(rows[at]!, 50)} (p95 ${percentile(rows[at]!, 95)})`,
        );
    }
  } finally {
    await core.close();
  }
}

void main();
