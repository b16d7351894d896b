// Issue 20, migration 0034: the duplicate check's read of the names of one token (solo) alone, raw,
// CPU per read, on a database made by duplicate-check-profile.ts, for the scale bench's 200 drawn
// names (no typo), with no birth data and with the band's years. `npx tsx
// tests/bench/duplicate-check-solo-read.ts FOLDER` reads on the database's own indexes (since 0034
// the partial index person_name_key_solo); `... FOLDER head` forces person_name_key_head, as
// before 0034. Not part of `npm run bench`.
import { createCore } from '../../src-main/core/core';
import { list, raw, render, sql } from '../../src-main/core/db/sql';
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
    if (database.engine !== 'sqlcipher') throw new Error('x');
    const h = database.handle;
    const index = process.argv[3] === 'head' ? ' INDEXED BY person_name_key_head' : '';
    const people = h.prepare('SELECT naam, geboortedatum FROM person ORDER BY id').all() as {
      naam: string;
      geboortedatum: string;
    }[];
    const rnd = random(20);
    const typed = Array.from({ length: 200 }, () => people[Math.floor(rnd() * people.length)]!);
    for (const band of [false, true]) {
      const st = typed.map((p) => {
        const exact = [...new Set(typedTokens(p.naam).map((t) => t.head))];
        const years = yearBand(Number(p.geboortedatum.slice(0, 4)));
        const { text, params } = render(
          sql`SELECT k.person_id FROM person_name_key k${raw(index)} WHERE k.head IN ${list(exact)}${band ? sql` AND k.birth_year IN ${list(years)}` : sql``} AND k.solo = 1`,
          'sqlite',
        );
        return { s: h.prepare(text), params };
      });
      const cpu: number[] = [];
      for (let r = 0; r < 3; r++)
        for (const { s, params } of st) {
          const u = process.cpuUsage();
          s.all(...params);
          const d = process.cpuUsage(u);
          if (r) cpu.push((d.user + d.system) / 1000);
        }
      console.info(
        process.argv[3] === 'head' ? 'before 0034 (person_name_key_head)' : 'now',
        band ? 'band' : 'any year',
        `solo read CPU ${percentile(cpu, 50).toFixed(3)} / ${percentile(cpu, 95).toFixed(3)} ms`,
      );
    }
  } finally {
    await core.close();
  }
}
void main();
