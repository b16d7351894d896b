// Migration 0029 at version 29 -> 30 on SQLite: every casus gets its person's name order, the
// database keeps that copy on later writes (a new casus, a casus moved to another person, a person
// renamed), and the list's index holds the list's whole order. PostgreSQL:
// tests/integration/list-name-order-migration.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { ListNameOrder1766908800029 } from './0029-list-name-order';
import { MIGRATIONS } from '.';

const BEFORE = MIGRATIONS.indexOf(ListNameOrder1766908800029);

describe('migration 0029-list-name-order', () => {
  it('copies the name order to each casus, keeps it current and indexes the list order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig30-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: BEFORE });
      const person = before.handle.prepare(
        `INSERT INTO person (naam, sort_key, aliases, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES (?, ?, '[]', 2007, 1, '2026-01-01', '2026-01-01')`,
      );
      const casus = before.handle.prepare(
        `INSERT INTO casus (number, person_id, region_id, state, opened_at, last_signal_at, created_at, updated_at)
         VALUES (?, ?, 1, 'aangemeld', '2026-01-01', '2026-02-02', '2026-01-01', '2026-01-01')`,
      );
      const piet = Number(person.run('Piet Jansen (fictief)', 'jansen piet fictief').lastInsertRowid);
      const sam = Number(person.run('Sam de Vries (fictief)', 'vries sam de fictief').lastInsertRowid);
      const first = Number(casus.run('CTER-2026-0001', piet).lastInsertRowid);
      const second = Number(casus.run('CTER-2026-0002', sam).lastInsertRowid);
      await before.close();

      const after = await openDatabase({ path, key, mode: 'open', upTo: BEFORE + 1 });
      const db = after.handle;
      expect(after.schemaVersion).toBe(BEFORE + 1);
      const keys = () => db.prepare('SELECT id, sort_key AS sortKey FROM casus ORDER BY id').all();
      expect(keys()).toEqual([
        { id: first, sortKey: 'jansen piet fictief' },
        { id: second, sortKey: 'vries sam de fictief' },
      ]);
      // A new casus, a casus moved to another person, a renamed person: the copy follows.
      const third = Number(
        db
          .prepare(
            `INSERT INTO casus (number, person_id, region_id, state, opened_at, created_at, updated_at)
             VALUES ('CTER-2026-0003', ?, 2, 'aangemeld', '2026-01-01', '2026-01-01', '2026-01-01')`,
          )
          .run(sam).lastInsertRowid,
      );
      db.prepare('UPDATE casus SET person_id = ? WHERE id = ?').run(sam, first);
      db.prepare(`UPDATE person SET sort_key = 'vries samuel de fictief' WHERE id = ?`).run(sam);
      expect(keys()).toEqual([
        { id: first, sortKey: 'vries samuel de fictief' },
        { id: second, sortKey: 'vries samuel de fictief' },
        { id: third, sortKey: 'vries samuel de fictief' },
      ]);
      db.prepare(`UPDATE person SET sort_key = 'jansen pieter fictief' WHERE id = ?`).run(piet);
      db.prepare('UPDATE casus SET person_id = ? WHERE id = ?').run(piet, third);
      expect(keys()).toContainEqual({ id: third, sortKey: 'jansen pieter fictief' });

      const columns = db.prepare(`SELECT name, desc FROM pragma_index_xinfo('casus_list_signal') WHERE key = 1`).all();
      expect(columns).toEqual([
        { name: 'last_signal_at', desc: 1 },
        { name: 'sort_key', desc: 0 },
        { name: 'id', desc: 0 },
        { name: 'region_id', desc: 0 },
        { name: 'afgeschermd', desc: 0 },
      ]);
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'casus_last_signal'`).all()).toEqual([]);
      expect(db.prepare(`SELECT name FROM pragma_index_info('casus_region_state')`).all()).toEqual([
        { name: 'region_id' },
        { name: 'state' },
        { name: 'afgeschermd' },
      ]);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
