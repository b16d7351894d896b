// Issue 20, lever 3 of the round of migration 0035: with a date typed, the pairs' read seeks
// person_name_pair_heads once per (near head of one token, near head of the other): ~4,500 seeks.
// Could a range per head of the one token (all heads of the other, the band's years) replace
// them? Counted and timed raw, CPU per read, on a database made by duplicate-check-profile.ts, for
// the scale bench's 200 drawn names: the seeks now (pairs of heads asked), the rows found, and the
// rows a read by the first head alone would walk (every year, as on the index of now with the
// second head's test kept out of the seek by a unary `+`; and the band's years only, which an
// index (head_a, birth_year, head_b) would walk), with both reads' CPU time where an index allows.
// `npx tsx tests/bench/duplicate-check-pair-seeks.ts FOLDER [year]`. Not part of `npm run bench`.
import { createCore } from '../../src-main/core/core';
import { list, render, sql } from '../../src-main/core/db/sql';
import { typedTokens } from '../../src-main/core/persons/names';
import { yearBand } from '../../src-main/core/persons/match-candidates';
import { random } from '../../src-shared/domain/random';
import { percentile } from './bench';
import { ADMIN, ok, options } from './bench-core';

async function main() {
  const core = createCore(options(process.argv[2]!));
  try {
    await ok(core, 'session:login', { username: ADMIN.username, password: ADMIN.password });
    await core.workspace.integrity.settled();
    const { database } = core.workspace.requireOpen();
    if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
    const h = database.handle;
    const people = h.prepare('SELECT naam, geboortedatum FROM person ORDER BY id').all() as {
      naam: string;
      geboortedatum: string;
    }[];
    const rnd = random(20);
    const typed = Array.from({ length: 200 }, () => people[Math.floor(rnd() * people.length)]!);
    const seeks: number[] = [];
    const found: number[] = [];
    const walkAll: number[] = [];
    const walkBand: number[] = [];
    const cpu = { seeks: [] as number[], walk: [] as number[], year: [] as number[] };
    // With YEAR set, an index (head_a, birth_year, head_b, person_id) made first (dropped at the end).
    const year = process.argv[3] === 'year';
    if (year)
      h.exec('CREATE INDEX IF NOT EXISTS bench_pair_year ON person_name_pair (head_a, birth_year, head_b, person_id)');
    for (let round = 0; round < 3; round++)
      for (const p of typed) {
        const tokens = typedTokens(p.naam);
        if (tokens.length < 2) continue;
        const [a, b] = [tokens[0]!, tokens[1]!];
        const band = list(yearBand(Number(p.geboortedatum.slice(0, 4))));
        const run = (statement: ReturnType<typeof sql>) => {
          const { text, params } = render(statement, 'sqlite');
          const u = process.cpuUsage();
          const rows = h.prepare(text).all(...params) as { n?: number }[];
          const d = process.cpuUsage(u);
          return { rows, ms: (d.user + d.system) / 1000 };
        };
        const bySeeks = run(
          sql`SELECT n.person_id FROM person_name_pair n WHERE n.head_a IN ${list(a.near)} AND n.head_b IN ${list(b.near)} AND n.birth_year IN ${band}`,
        );
        const byWalk = run(
          sql`SELECT n.person_id FROM person_name_pair n WHERE n.head_a IN ${list(a.near)} AND +n.head_b IN ${list(b.near)} AND n.birth_year IN ${band}`,
        );
        const byYear = year
          ? run(
              sql`SELECT n.person_id FROM person_name_pair n INDEXED BY bench_pair_year WHERE n.head_a IN ${list(a.near)} AND +n.head_b IN ${list(b.near)} AND n.birth_year IN ${band}`,
            )
          : null;
        if (byYear && byYear.rows.length !== bySeeks.rows.length) throw new Error(`other rows for ${p.naam}`);
        if (round) {
          cpu.seeks.push(bySeeks.ms);
          cpu.walk.push(byWalk.ms);
          if (byYear) cpu.year.push(byYear.ms);
          continue;
        }
        seeks.push(a.near.length * b.near.length);
        found.push(bySeeks.rows.length);
        const count = (statement: ReturnType<typeof sql>) => run(statement).rows[0]!.n!;
        walkAll.push(count(sql`SELECT count(*) AS n FROM person_name_pair n WHERE n.head_a IN ${list(a.near)}`));
        walkBand.push(
          count(
            sql`SELECT count(*) AS n FROM person_name_pair n WHERE n.head_a IN ${list(a.near)} AND n.birth_year IN ${band}`,
          ),
        );
      }
    const stats = (xs: number[]) => `${percentile(xs, 50)} (p95 ${percentile(xs, 95)})`;
    console.info(
      `pairs of heads sought ${stats(seeks)}, rows found ${stats(found)}; rows by the first head alone: every year ${stats(walkAll)}, the band ${stats(walkBand)}`,
    );
    console.info(
      `CPU per read: seeks (now) ${percentile(cpu.seeks, 50).toFixed(3)} / ${percentile(cpu.seeks, 95).toFixed(3)} ms; first head alone, every year walked ${percentile(cpu.walk, 50).toFixed(3)} / ${percentile(cpu.walk, 95).toFixed(3)} ms (${cpu.seeks.length} samples)`,
    );
    if (year) {
      console.info(
        `CPU per read: first head and the band's years on (head_a, birth_year, head_b, person_id) ${percentile(cpu.year, 50).toFixed(3)} / ${percentile(cpu.year, 95).toFixed(3)} ms`,
      );
      h.exec('DROP INDEX bench_pair_year');
    }
  } finally {
    await core.close();
  }
}

void main();
