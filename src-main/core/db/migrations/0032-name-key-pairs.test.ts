// Migration 0032 at version 31 -> 32 on SQLite: every person gets a row per ordered pair of the
// heads of two of its keys, with its birth year, and the pairs' index. PostgreSQL:
// tests/integration/name-key-pairs-migration.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { NameKeyPairs1767168000032 } from './0032-name-key-pairs';
import { MIGRATIONS } from '.';

const BEFORE = MIGRATIONS.indexOf(NameKeyPairs1767168000032);

describe('migration 0032-name-key-pairs', () => {
  it("writes the pairs of each person's key heads, both orders, once each, and indexes them", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig32-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: BEFORE });
      const person = before.handle.prepare(
        `INSERT INTO person (naam, sort_key, roepnaam, aliases, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES (?, ?, '', '[]', ?, 1, '2026-01-01', '2026-01-01')`,
      );
      const nameKey = before.handle.prepare(
        `INSERT INTO person_name_key (person_id, key, head, birth_year) VALUES (?, ?, substr(?, 1, 3), ?)`,
      );
      const add = (naam: string, year: number | null, keys: string[]) => {
        const id = Number(person.run(naam, naam.toLowerCase(), year).lastInsertRowid);
        for (const k of keys) nameKey.run(id, k, k, year ?? 0);
        return id;
      };
      // Fictitious. Two heads; one head twice ("Bart Bartels"); one key only; three keys, no year.
      const sam = add('Sam Bakker', 2007, ['sm', 'bkr']);
      const bart = add('Bart Bartels', 2001, ['brt', 'brtls']);
      const dijk = add('van Dijk', 1999, ['tk']);
      const jan = add('Jan de Vries', null, ['jn', 'frs', 'jns']);
      await before.close();

      const after = await openDatabase({ path, key, mode: 'open', upTo: BEFORE + 1 });
      expect(after.schemaVersion).toBe(BEFORE + 1);
      expect(
        after.handle
          .prepare(
            'SELECT person_id, head_a, head_b, birth_year FROM person_name_pair ORDER BY person_id, head_a, head_b',
          )
          .all(),
      ).toEqual([
        { person_id: sam, head_a: 'bkr', head_b: 'sm', birth_year: 2007 },
        { person_id: sam, head_a: 'sm', head_b: 'bkr', birth_year: 2007 },
        { person_id: bart, head_a: 'brt', head_b: 'brt', birth_year: 2001 },
        { person_id: jan, head_a: 'frs', head_b: 'jn', birth_year: 0 },
        { person_id: jan, head_a: 'frs', head_b: 'jns', birth_year: 0 },
        { person_id: jan, head_a: 'jn', head_b: 'frs', birth_year: 0 },
        { person_id: jan, head_a: 'jn', head_b: 'jns', birth_year: 0 },
        { person_id: jan, head_a: 'jns', head_b: 'frs', birth_year: 0 },
        { person_id: jan, head_a: 'jns', head_b: 'jn', birth_year: 0 },
      ]);
      expect(after.handle.prepare('SELECT count(*) AS n FROM person_name_pair WHERE person_id = ?').get(dijk)).toEqual({
        n: 0,
      });
      const columns = after.handle.prepare(`SELECT name FROM pragma_index_info('person_name_pair_heads')`).all();
      expect(columns).toEqual([{ name: 'head_a' }, { name: 'head_b' }, { name: 'person_id' }, { name: 'birth_year' }]);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
