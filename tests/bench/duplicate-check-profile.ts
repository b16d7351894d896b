// Issue 20: where the duplicate check with no birth data typed spends its time, without the clock
// where it can. `npx tsx tests/bench/duplicate-check-profile.ts PERSONS FOLDER`:
//
// - makes (or reuses, when FOLDER already holds one) the scale suite's database of PERSONS persons
//   (mijn-werk.bench.ts's prepare(), the pairs of migration 0032 made as scale.bench.ts makes them);
// - draws the scale bench's 200 typed names (one in three with a typo) and runs `findMatches`
//   with no birth data typed for each, in a transaction, with the parts timed apart: the typed
//   tokens, the candidate read (its statement through TypeORM), the scoring, the rest; and counts
//   the candidates, the rows scored and how many pass the name threshold.
//
// Run it under `node --cpu-prof` for a CPU profile. Not part of `npm run bench`.
import { mkdirSync, readdirSync } from 'node:fs';
import { createCore } from '../../src-main/core/core';
import { findMatches } from '../../src-main/core/persons/person-service';
import { random } from '../../src-shared/domain/random';
import { percentile } from './bench';
import { ADMIN, ok, options } from './bench-core';
import { prepare, SCOPE } from './mijn-werk.bench';
import { fillKeyPairs } from './duplicate-check-walk';

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

async function main() {
  const persons = Number(process.argv[2] ?? 10_000);
  const folder = process.argv[3] ?? `/tmp/cter-dup-profile-${persons}`;
  const rounds = Number(process.argv[4] ?? 3);
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
    const people = handle.prepare('SELECT naam FROM person ORDER BY id').all() as { naam: string }[];
    const rnd = random(20);
    const typed = Array.from({ length: 200 }, (_, i) => {
      const p = people[Math.floor(rnd() * people.length)]!;
      return i % 3 === 0 ? typo(p.naam, rnd) : p.naam;
    });
    const query = (naam: string) => ({ naam, aliases: [], geboortedatum: null, geboortejaar: null });
    const ws = core.workspace;
    const times: number[] = [];
    for (let round = 0; round < rounds; round++)
      for (const naam of typed) {
        const start = process.hrtime.bigint();
        await ws.transaction((m) => findMatches(m, SCOPE, query(naam)));
        if (round > 0) times.push(elapsed(start));
      }
    console.info(
      `findMatches, no birth data, ${persons} persons: median ${percentile(times, 50).toFixed(1)} / p95 ${percentile(times, 95).toFixed(1)} ms (${times.length} samples)`,
    );
  } finally {
    await core.close();
  }
}

void main();
