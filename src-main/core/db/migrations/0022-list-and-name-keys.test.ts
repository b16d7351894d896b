// Migration 0022 at version 21 -> 22 on SQLite: existing name keys get their head and the person's
// birth year (0 when unknown), and both indexes exist. The same statements run on PostgreSQL in
// every test there (postgres-schema.test.ts checks the migrated schema against the entities).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { ListAndNameKeys1766217600022 } from './0022-list-and-name-keys';
import { MIGRATIONS } from '.';

const BEFORE = MIGRATIONS.indexOf(ListAndNameKeys1766217600022);

describe('migration 0022-list-and-name-keys', () => {
  it('fills head and birth year of the existing keys and adds the indexes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig22-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: BEFORE });
      const person = before.handle.prepare(
        `INSERT INTO person (naam, sort_key, aliases, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES (?, ?, '[]', ?, 1, '2026-01-01', '2026-01-01')`,
      );
      const known = Number(person.run('Piet Jansen (fictief)', 'piet jansen fictief', 2007).lastInsertRowid);
      const unknown = Number(person.run('Sam de Vries (fictief)', 'sam de vries fictief', null).lastInsertRowid);
      const nameKey = before.handle.prepare('INSERT INTO person_name_key (person_id, key) VALUES (?, ?)');
      nameKey.run(known, 'jnsn');
      nameKey.run(known, 'pt');
      nameKey.run(unknown, 'frs');
      await before.close();
      const after = await openDatabase({ path, key, mode: 'open', upTo: BEFORE + 1 });
      expect(after.schemaVersion).toBe(BEFORE + 1);
      expect(
        after.handle
          .prepare('SELECT person_id, key, head, birth_year FROM person_name_key ORDER BY person_id, key')
          .all(),
      ).toEqual([
        { person_id: known, key: 'jnsn', head: 'jns', birth_year: 2007 },
        { person_id: known, key: 'pt', head: 'pt', birth_year: 2007 },
        { person_id: unknown, key: 'frs', head: 'frs', birth_year: 0 },
      ]);
      const indexes = after.handle
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('person_name_key_head', 'casus_last_signal')`,
        )
        .all();
      expect(indexes).toHaveLength(2);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
