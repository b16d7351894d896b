// Issue 20, migration 0035: what the duplicate check's candidate read costs beyond its ids, raw,
// CPU per read, on a database made by duplicate-check-profile.ts, for the scale bench's 200 drawn
// names, with no birth data and with the band's years: the ids alone (`matchCandidateIdsSql`), the
// candidates' rows from `person` (the read before 0035) and from `person_match` (0035), with the
// candidates and rows counted. `npx tsx tests/bench/duplicate-check-read-parts.ts FOLDER`. Not part
// of `npm run bench`.
import { createCore } from '../../src-main/core/core';
import { render, type Sql } from '../../src-main/core/db/sql';
import { typedTokens } from '../../src-main/core/persons/names';
import { matchCandidateIdsSql, matchCandidatesSql, yearBand } from '../../src-main/core/persons/match-candidates';
import { random } from '../../src-shared/domain/random';
import { percentile } from './bench';
import { ADMIN, ok, options } from './bench-core';
import { matchCandidatesSqlBefore0035 } from './duplicate-check-before-0035';

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
    const reads: [string, (t: ReturnType<typeof typedTokens>[], y: number[] | null) => Sql][] = [
      ['ids only', (t, y) => matchCandidateIdsSql(t, y)],
      ['rows from person (before 0035)', (t, y) => matchCandidatesSqlBefore0035(t, y)],
      ['rows from person_match (0035)', (t, y) => matchCandidatesSql(t, y)],
    ];
    for (const band of [false, true]) {
      const statements = typed.map((p) => {
        const years = band ? yearBand(Number(p.geboortedatum.slice(0, 4))) : null;
        return reads.map(([, read]) => {
          const { text, params } = render(read([typedTokens(p.naam)], years), 'sqlite');
          return { s: h.prepare(text), params };
        });
      });
      const cpu = reads.map(() => [] as number[]);
      const rows = reads.map(() => [] as number[]);
      for (let r = 0; r < 3; r++)
        for (const [i, per] of statements.entries()) {
          const order = i % 2 ? [...per.keys()].reverse() : [...per.keys()];
          for (const at of order) {
            const { s, params } = per[at]!;
            const u = process.cpuUsage();
            const got = s.all(...params);
            const d = process.cpuUsage(u);
            if (r) {
              cpu[at]!.push((d.user + d.system) / 1000);
              rows[at]!.push(got.length);
            }
          }
        }
      for (const [at, [what]] of reads.entries())
        console.info(
          `${band ? 'band' : 'any year'}, ${what}: CPU ${percentile(cpu[at]!, 50).toFixed(3)} / ${percentile(cpu[at]!, 95).toFixed(3)} ms, rows ${percentile(rows[at]!, 50)} / ${percentile(rows[at]!, 95)} (${cpu[at]!.length} samples)`,
        );
    }
  } finally {
    await core.close();
  }
}

void main();
