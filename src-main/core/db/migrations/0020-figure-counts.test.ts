// Migration 0020 on a SQLCipher database one version before it: the signals there are counted into
// figure_age, figure_kind and figure_place (and closed cases into figure_outcome), and the triggers
// keep the counts from then on. Both
// engines, with generated data, every kind of write, the dashboard against the old scans and
// concurrent writers on PostgreSQL: tests/integration/figure-counts.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { FigureCounts1766044800020 } from './0020-figure-counts';
import { MIGRATIONS } from '.';

const VERSION = MIGRATIONS.indexOf(FigureCounts1766044800020) + 1;

describe('migration 0020-figure-counts', () => {
  it('counts the existing signals and keeps counting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig20-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: VERSION - 1 });
      const h = before.handle;
      h.prepare(
        `INSERT INTO person (id, naam, sort_key, aliases, geboortedatum, gemeente_id, created_at, updated_at)
         VALUES (1, 'Voorbeeld, Jan (fictief)', 'voorbeeld jan', '[]', '2009-05-01', 2, 'x', 'x')`,
      ).run();
      h.prepare(
        `INSERT INTO casus (id, number, person_id, region_id, state, afgeschermd, opened_at, created_at, updated_at)
         VALUES (1, 'CTER-2025-0001', 1, 1, 'aangemeld', 0, 'x', 'x', 'x')`,
      ).run();
      const signal = h.prepare(
        `INSERT INTO signal (casus_id, person_id, melder_partner, ontvangen, omschrijving, ideologie, ernst, bron, status, created_at,
                             leeftijd, gemeente_id, region_id)
         VALUES (1, 1, 'politie', ?, 'Fictief.', ?, 'laag', 'online', 'nieuw', 'x', ?, 2, 1)`,
      );
      signal.run('2025-03-01', 'jihadistisch', 15);
      signal.run('2025-06-01', 'jihadistisch', 16);
      signal.run('2026-02-01', 'anders', null);
      await before.close();

      const after = await openDatabase({ path, key, mode: 'open', upTo: VERSION });
      expect(after.schemaVersion).toBe(VERSION);
      const ages = () =>
        after.handle.prepare('SELECT signal_year, region_id, leeftijd, n FROM figure_age ORDER BY 1, 3').all();
      expect(ages()).toEqual([
        { signal_year: 2025, region_id: 1, leeftijd: 15, n: 1 },
        { signal_year: 2025, region_id: 1, leeftijd: 16, n: 1 },
        { signal_year: 2026, region_id: 1, leeftijd: null, n: 1 },
      ]);
      expect(
        after.handle.prepare('SELECT signal_year, region_id, ideologie, ernst, n FROM figure_kind ORDER BY 1, 3').all(),
      ).toEqual([
        { signal_year: 2025, region_id: 1, ideologie: 'jihadistisch', ernst: 'laag', n: 2 },
        { signal_year: 2026, region_id: 1, ideologie: 'anders', ernst: 'laag', n: 1 },
      ]);
      expect(
        after.handle.prepare('SELECT signal_year, region_id, gemeente_id, n FROM figure_place ORDER BY 1').all(),
      ).toEqual([
        { signal_year: 2025, region_id: 1, gemeente_id: 2, n: 2 },
        { signal_year: 2026, region_id: 1, gemeente_id: 2, n: 1 },
      ]);
      // A NULL age is one key, not a new row per signal; a count of zero goes.
      after.handle
        .prepare(
          `INSERT INTO signal (casus_id, person_id, melder_partner, ontvangen, omschrijving, ideologie, ernst, bron, status, created_at)
           VALUES (1, 1, 'politie', '2026-07-01', 'Fictief.', 'anders', 'laag', 'online', 'nieuw', 'x')`,
        )
        .run();
      after.handle.prepare(`UPDATE signal SET region_id = 1, gemeente_id = 2 WHERE region_id IS NULL`).run();
      after.handle.prepare(`UPDATE signal SET leeftijd = 17 WHERE ontvangen = '2025-06-01'`).run();
      expect(ages()).toEqual([
        { signal_year: 2025, region_id: 1, leeftijd: 15, n: 1 },
        { signal_year: 2025, region_id: 1, leeftijd: 17, n: 1 },
        { signal_year: 2026, region_id: 1, leeftijd: null, n: 2 },
      ]);
      after.handle.prepare(`DELETE FROM signal WHERE ontvangen LIKE '2026-%'`).run();
      expect(ages()).toHaveLength(2);
      // A closed casus counts under its year of closing and outcome; reopened, no more.
      const outcomes = () =>
        after.handle.prepare('SELECT closed_year, region_id, outcome, n FROM figure_outcome').all();
      expect(outcomes()).toEqual([]);
      after.handle.prepare(`UPDATE casus SET closed_at = '2026-03-03T10:00:00.000Z', outcome = 'geen_actie'`).run();
      expect(outcomes()).toEqual([{ closed_year: 2026, region_id: 1, outcome: 'geen_actie', n: 1 }]);
      after.handle.prepare(`UPDATE casus SET closed_at = NULL`).run();
      expect(outcomes()).toEqual([]);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
