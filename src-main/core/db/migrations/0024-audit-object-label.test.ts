// Migration 0024 on a database one version before it, with a linked audit chain: the rows stay as
// they were, with no object name, and the chain still verifies (the hash covers a name only when
// it is set); a new entry about a casus keeps the casusnummer. On PostgreSQL: tests/integration/
// audit.test.ts and postgres-schema.test.ts (the postgres project run every migration).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../audit/audit-log';
import { openDatabase } from '../database';
import { MIGRATIONS } from '.';
import { AuditObjectLabel1766390400024 } from './0024-audit-object-label';

const VERSION = MIGRATIONS.indexOf(AuditObjectLabel1766390400024) + 1;
const clock = { now: () => new Date('2026-12-04T10:00:00Z') };

describe('migration 0024-audit-object-label', () => {
  it('adds object_label, empty on the old rows, whose chain still verifies', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig24-')), 'x.db');
    const key = randomBytes(32);
    const before = await openDatabase({ path, key, mode: 'create', upTo: VERSION - 1 });
    // Rows as the version before wrote them: the hash of that version's fields only.
    const { createHash } = await import('node:crypto');
    let prev = '0'.repeat(64);
    for (let position = 1; position <= 3; position++) {
      const fields = [position, `2026-12-0${position}T10:00:00.000Z`, 1, 'beheer', 'cases:get', 'view', 'casus', '7'];
      const content = [...fields, 'ok', null, null, null, prev];
      const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
      before.handle
        .prepare(
          `INSERT INTO audit_entry (id, at, actor_id, actor_name, action, kind, object_type, object_id, result, chain_position, prev_hash, hash)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ok', ?, ?, ?)`,
        )
        .run(position, ...fields.slice(1), position, prev, hash);
      prev = hash;
    }
    await before.close();

    const after = await openDatabase({ path, key, mode: 'open', upTo: VERSION });
    expect(after.schemaVersion).toBe(VERSION);
    expect(after.handle.prepare('SELECT id, object_label AS label FROM audit_entry ORDER BY id').all()).toEqual([
      { id: 1, label: null },
      { id: 2, label: null },
      { id: 3, label: null },
    ]);
    const audit = new AuditLog(after.source, clock);
    await audit.load();
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 3 });

    // A new entry about a casus keeps its number; the chain goes on and verifies.
    after.handle
      .prepare(
        `INSERT INTO account (id, username, display_name, roles, region_ids, active, must_change_password, key_slot_id, created_at, updated_at)
         VALUES (1, 'beheer', 'Bea Beheer (fictief)', '["beheerder"]', '[1]', 1, 0, 'slot-1', 'x', 'x')`,
      )
      .run();
    const person = after.handle
      .prepare(
        `INSERT INTO person (naam, sort_key, gemeente_id, created_at, updated_at) VALUES ('Fictief Persoon', 'persoon fictief', 1, 'x', 'x')`,
      )
      .run().lastInsertRowid;
    after.handle
      .prepare(
        `INSERT INTO casus (id, number, person_id, region_id, state, opened_at, created_at, updated_at)
         VALUES (7, '2026-0007', ?, 1, 'aangemeld', 'x', 'x', 'x')`,
      )
      .run(person);
    const entry = await after.source.transaction((manager) =>
      audit.append(manager, {
        actorId: 1,
        actorName: 'beheer',
        action: 'cases:get',
        kind: 'view',
        objectType: 'casus',
        objectId: '7',
        result: 'ok',
      }),
    );
    expect(entry.objectLabel).toBe('2026-0007');
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 4 });
    await after.close();
  });
});
