// Migration 0034 at version 33 -> 34 on SQLite: the partial index of the key rows that are the only
// key of their person's name, which the duplicate check's read of names of one token uses.
// PostgreSQL: tests/integration/name-key-solo-index-migration.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { NameKeySoloIndex1767340800034 } from './0034-name-key-solo-index';
import { MIGRATIONS } from '.';

const BEFORE = MIGRATIONS.indexOf(NameKeySoloIndex1767340800034);

describe('migration 0034-name-key-solo-index', () => {
  it('indexes the solo key rows by head, year and person, and the read of solo names seeks it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig34-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: BEFORE });
      const person = before.handle.prepare(
        `INSERT INTO person (naam, sort_key, roepnaam, aliases, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES (?, ?, '', '[]', 2007, 1, '2026-01-01', '2026-01-01')`,
      );
      const nameKey = before.handle.prepare(
        `INSERT INTO person_name_key (person_id, key, head, birth_year, solo) VALUES (?, ?, substr(?, 1, 3), 2007, ?)`,
      );
      // Fictitious: "van Dijk" is one key (solo), "Sam Bakker" two.
      const dijk = Number(person.run('van Dijk', 'dijk').lastInsertRowid);
      nameKey.run(dijk, 'tk', 'tk', 1);
      const sam = Number(person.run('Sam Bakker', 'bakker sam').lastInsertRowid);
      nameKey.run(sam, 'sm', 'sm', 0);
      nameKey.run(sam, 'bkr', 'bkr', 0);
      const soloRead = 'SELECT k.person_id FROM person_name_key k WHERE k.head IN (?, ?) AND k.solo = 1';
      const plan = (db: typeof before) =>
        (db.handle.prepare(`EXPLAIN QUERY PLAN ${soloRead}`).all('tk', 'sm') as { detail: string }[])
          .map((row) => row.detail)
          .join('\n');
      expect(plan(before)).toContain('person_name_key_head');
      await before.close();

      const after = await openDatabase({ path, key, mode: 'open', upTo: BEFORE + 1 });
      expect(after.schemaVersion).toBe(BEFORE + 1);
      const columns = after.handle.prepare(`SELECT name FROM pragma_index_info('person_name_key_solo')`).all();
      expect(columns).toEqual([{ name: 'head' }, { name: 'birth_year' }, { name: 'person_id' }]);
      const [index] = after.handle
        .prepare(`SELECT sql FROM sqlite_master WHERE name = 'person_name_key_solo'`)
        .all() as { sql: string }[];
      expect(index!.sql).toMatch(/WHERE solo = 1$/);
      expect(plan(after)).toContain('SEARCH k USING COVERING INDEX person_name_key_solo (head=?)');
      expect(after.handle.prepare(soloRead).all('tk', 'sm')).toEqual([{ person_id: dijk }]);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
