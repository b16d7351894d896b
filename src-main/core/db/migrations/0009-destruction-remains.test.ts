// Migration 0009 on a database at version 8: reasons about a casus, person or meeting are sealed under a
// new key per object, the chain is recomputed and still verifies, the re-sealing is recorded with
// the old head; other reasons and a broken chain are left exactly as they were.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog, hashEntry } from '../../audit/audit-log';
import { revealReasons } from '../../audit/shred';
import type { AuditEntry } from '../entities/audit-entry';
import { openDatabase, type SqlCipherDatabase } from '../database';

const clock = { now: () => new Date('2026-12-01T10:00:00Z') };

function insertChain(db: SqlCipherDatabase, rows: [string | null, string | null, string | null][]): string {
  let prev = '0'.repeat(64);
  for (const [index, [objectType, objectId, reason]] of rows.entries()) {
    const base: Omit<AuditEntry, 'hash'> & { chainPosition: number } = {
      id: index + 1,
      chainPosition: index + 1,
      at: `2026-01-0${index + 1}T10:00:00.000Z`,
      actorId: 1,
      actorName: 'beheer',
      action: 'print:view',
      kind: 'print',
      objectType,
      objectId,
      result: 'ok',
      reason,
      legalGround: null,
      details: null,
      objectLabel: null,
      prevHash: prev,
    };
    const hash = hashEntry(base);
    db.handle
      .prepare(
        `INSERT INTO audit_entry (id, at, actor_id, actor_name, action, kind, object_type, object_id, result, reason, legal_ground, details, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        base.id,
        base.at,
        1,
        'beheer',
        base.action,
        base.kind,
        objectType,
        objectId,
        'ok',
        reason,
        null,
        null,
        prev,
        hash,
      );
    prev = hash;
  }
  return prev;
}

const ROWS: [string | null, string | null, string | null][] = [
  ['cijfers', null, 'jaarverslag'],
  ['casus', '12', 'Inzageverzoek van Zebulon Quaxtorp'],
  ['persoon', '7', 'Inzage voor Quaxtorp'],
  ['casus', '12', null],
  ['overleg', '3', 'Notulen voor het dossier van Quaxtorp'],
];

async function atVersion8(): Promise<{ path: string; key: Buffer; db: SqlCipherDatabase }> {
  const path = join(mkdtempSync(join(tmpdir(), 'cter-mig9-')), 'x.db');
  const key = randomBytes(32);
  return { path, key, db: await openDatabase({ path, key, mode: 'create', upTo: 8 }) };
}

describe('migration 0009-destruction-remains', () => {
  it('seals reasons about a casus, person or meeting and re-chains the log so it verifies', async () => {
    const { path, key, db: v8 } = await atVersion8();
    const oldHead = insertChain(v8, ROWS);
    await v8.close();

    const v9 = await openDatabase({ path, key, mode: 'open', upTo: 9 });
    expect(v9.schemaVersion).toBe(9);
    const rows = v9.handle.prepare('SELECT id, reason, action, details FROM audit_entry ORDER BY id').all() as {
      id: number;
      reason: string | null;
      action: string;
      details: string | null;
    }[];
    expect(rows[0]!.reason).toBe('jaarverslag');
    expect(rows[1]!.reason).toMatch(/^enc1:casus:12:/);
    expect(rows[2]!.reason).toMatch(/^enc1:persoon:7:/);
    expect(rows[3]!.reason).toBeNull();
    expect(rows[4]!.reason).toMatch(/^enc1:overleg:3:/);
    expect(JSON.stringify(rows)).not.toContain('Quaxtorp');
    expect(rows[5]).toMatchObject({ id: 6, action: 'migration:0009' });
    expect(JSON.parse(rows[5]!.details!)).toEqual({ vanaf: 2, rijen: 4, oudeKop: oldHead });
    // Readable while the keys exist; the columns the application added are there.
    const revealed = await revealReasons(v9.source.manager, rows);
    expect(revealed.map((r) => r.reason).slice(0, 5)).toEqual([
      'jaarverslag',
      'Inzageverzoek van Zebulon Quaxtorp',
      'Inzage voor Quaxtorp',
      null,
      'Notulen voor het dossier van Quaxtorp',
    ]);
    expect(v9.handle.prepare('SELECT hash_scheme, redacted_at FROM meeting').all()).toEqual([]);
    await v9.close();
    // Today's AuditLog reads the chain position of 0013: verify on the migrated database.
    const now = await openDatabase({ path, key, mode: 'open' });
    const audit = new AuditLog(now.source, clock);
    await audit.load();
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 6 });
    await now.close();
  });

  it('leaves a chain that did not verify as it was', async () => {
    const { path, key, db: v8 } = await atVersion8();
    insertChain(v8, ROWS);
    v8.handle.prepare("UPDATE audit_entry SET reason = 'verzonnen' WHERE id = 1").run();
    const before = v8.handle.prepare('SELECT * FROM audit_entry ORDER BY id').all();
    await v8.close();
    const v9 = await openDatabase({ path, key, mode: 'open', upTo: 9 });
    expect(v9.handle.prepare('SELECT * FROM audit_entry ORDER BY id').all()).toEqual(before);
    await v9.close();
  });
});
