// Migration 0028 at version 27 -> 28 on SQLite: each existing name key says whether it is the only
// key of its person's name (a name of one token; not a roepnaam or alias), and the head's index
// holds that flag. PostgreSQL: tests/integration/name-key-solo-migration.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { NameKeySolo1766822400028 } from './0028-name-key-solo';
import { MIGRATIONS } from '.';

const BEFORE = MIGRATIONS.indexOf(NameKeySolo1766822400028);

describe('migration 0028-name-key-solo', () => {
  it('marks the key that is the only key of a name and adds the flag to the head index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig28-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: BEFORE });
      const person = before.handle.prepare(
        `INSERT INTO person (naam, sort_key, roepnaam, aliases, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, 2007, 1, '2026-01-01', '2026-01-01')`,
      );
      const nameKey = before.handle.prepare(
        `INSERT INTO person_name_key (person_id, key, head, birth_year) VALUES (?, ?, substr(?, 1, 3), 2007)`,
      );
      // "Johannes de Vries" known as Jan, alias "Hansie de Vries": the name has two keys, none is solo.
      const jan = Number(
        person.run('Johannes de Vries', 'johannes de vries', 'Jan', '["Hansie de Vries"]').lastInsertRowid,
      );
      for (const k of ['jgns', 'frs', 'jn', 'gns']) nameKey.run(jan, k, k);
      // A surname only ("van Dijk": the particle is not a token) is; its alias of one word is not.
      const dijk = Number(person.run('van Dijk', 'van dijk', '', '["Momo"]').lastInsertRowid);
      for (const k of ['tk', 'mm']) nameKey.run(dijk, k, k);
      const plain = Number(person.run('Sam Bakker', 'sam bakker', '', '[]').lastInsertRowid);
      for (const k of ['sm', 'bkr']) nameKey.run(plain, k, k);
      await before.close();

      const after = await openDatabase({ path, key, mode: 'open', upTo: BEFORE + 1 });
      expect(after.schemaVersion).toBe(BEFORE + 1);
      expect(
        after.handle.prepare('SELECT person_id, key, solo FROM person_name_key ORDER BY person_id, key').all(),
      ).toEqual([
        { person_id: jan, key: 'frs', solo: 0 },
        { person_id: jan, key: 'gns', solo: 0 },
        { person_id: jan, key: 'jgns', solo: 0 },
        { person_id: jan, key: 'jn', solo: 0 },
        { person_id: dijk, key: 'mm', solo: 0 },
        { person_id: dijk, key: 'tk', solo: 1 },
        { person_id: plain, key: 'bkr', solo: 0 },
        { person_id: plain, key: 'sm', solo: 0 },
      ]);
      const columns = after.handle.prepare(`SELECT name FROM pragma_index_info('person_name_key_head')`).all();
      expect(columns).toEqual([{ name: 'head' }, { name: 'birth_year' }, { name: 'person_id' }, { name: 'solo' }]);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
