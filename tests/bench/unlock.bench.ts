// Issue 20, item 3: the database open at unlock no longer reads the whole file. At 10,000 and
// 100,000 persons (each with a casus and 1.5 signals, loaded raw; no search index, so the file is
// smaller than the app's at the same count), interleaved A B A B on the same file:
// - A: open as the app does now (key, header, schema version, migration check);
// - B: the same plus `PRAGMA quick_check`, as open did before;
// and the background check that replaced it (every page's HMAC in a worker thread), which runs
// after log-in and blocks nothing.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase, type SqlCipherDatabase } from '../../src-main/core/db/database';
import { checkPages } from '../../src-main/core/db/page-check';
import { generateDemoPersons } from '../../src-main/core/demo/dataset';
import { keyHead, personKeys, sortKey } from '../../src-main/core/persons/names';
import type { BenchSuite, Figure } from './bench';

// CTER_BENCH_UNLOCK_SIZES=10000 (comma-separated): a quicker run.
const SIZES = (process.env['CTER_BENCH_UNLOCK_SIZES'] ?? '10000,100000').split(',').map(Number);
const SAMPLES = 50;

function load(database: SqlCipherDatabase, persons: number): void {
  const handle = database.handle;
  const people = generateDemoPersons(persons, 34, 4242);
  const now = new Date().toISOString();
  const person = handle.prepare(
    `INSERT INTO person (naam, sort_key, aliases, geboortedatum, geboortejaar, geslacht, gemeente_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const key = handle.prepare(
    'INSERT OR IGNORE INTO person_name_key (person_id, key, head, birth_year) VALUES (?, ?, ?, ?)',
  );
  const casus = handle.prepare(
    `INSERT INTO casus (number, person_id, region_id, state, partners, afgeschermd, opened_at, last_signal_at, created_at, updated_at)
     VALUES (?, ?, ?, 'monitoring', '[]', 0, ?, ?, ?, ?)`,
  );
  const signal = handle.prepare(
    `INSERT INTO signal (casus_id, person_id, melder_partner, ontvangen, omschrijving, ideologie, ernst, bron, status, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'gewogen', ?)`,
  );
  handle.transaction(() => {
    people.forEach((p, i) => {
      const first = p.signals[0]!;
      const gemeente = p.gemeenteIndex + 1;
      const region = gemeente <= 11 ? 1 : gemeente <= 23 ? 2 : 3;
      const personId = Number(
        person.run(
          p.naam,
          sortKey(p.naam),
          JSON.stringify(p.aliases),
          p.geboortedatum,
          Number(p.geboortedatum.slice(0, 4)),
          p.geslacht,
          gemeente,
          now,
          now,
        ).lastInsertRowid,
      );
      for (const k of personKeys([p.naam, ...p.aliases]))
        key.run(personId, k, keyHead(k), Number(p.geboortedatum.slice(0, 4)));
      const number = `CTER-${first.ontvangen.slice(0, 4)}-${String(i + 1).padStart(6, '0')}`;
      const caseId = Number(
        casus.run(number, personId, region, first.ontvangen, first.ontvangen, now, now).lastInsertRowid,
      );
      for (let s = 0; s < (i % 2 === 0 ? 2 : 1); s++) {
        const data = p.signals[s] ?? first;
        signal.run(
          caseId,
          personId,
          data.melderPartner,
          data.ontvangen,
          data.omschrijving,
          data.ideologie,
          data.ernst,
          data.bron,
          now,
        );
      }
    });
  })();
}

const time = async (fn: () => Promise<unknown>) => {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

export const suite: BenchSuite = {
  name: 'unlock',
  async run(): Promise<Figure[]> {
    const figures: Figure[] = [];
    for (const persons of SIZES) {
      const dir = mkdtempSync(join(tmpdir(), 'cter-bench-unlock-'));
      const path = join(dir, 'cter.db');
      const key = randomBytes(32);
      try {
        const created = await openDatabase({ path, key, mode: 'create' });
        load(created, persons);
        await created.close();
        const mb = (statSync(path).size / 1024 / 1024).toFixed(0);
        console.info(`   ${persons} persons: ${mb} MB`);
        const now: number[] = [];
        const before: number[] = [];
        const openNow = async () => (await openDatabase({ path, key, mode: 'open' })).close();
        const openBefore = async () => {
          const db = await openDatabase({ path, key, mode: 'open' });
          if (db.handle.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('quick_check failed');
          await db.close();
        };
        // Warm the OS file cache once, then A B A B.
        await openBefore();
        for (let i = 0; i < SAMPLES; i++) {
          now.push(await time(openNow));
          before.push(await time(openBefore));
        }
        const background: number[] = [];
        for (let i = 0; i < 10; i++) {
          background.push(
            await time(async () => {
              const result = await checkPages(path, key);
              if (result.badCount > 0) throw new Error('page check failed');
            }),
          );
        }
        const size = persons.toLocaleString('en');
        figures.push(
          {
            name: `unlock: database open at ${size} persons (${mb} MB)`,
            unit: 'ms',
            samples: now,
            target: { max: 100 },
          },
          {
            name: `unlock: database open + quick_check (before issue 20) at ${size} persons`,
            unit: 'ms',
            samples: before,
            target: {},
          },
          {
            name: `background check of every page (worker) at ${size} persons`,
            unit: 'ms',
            samples: background,
            target: {},
          },
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return figures;
  },
};
