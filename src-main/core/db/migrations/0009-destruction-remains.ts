// 0009: destruction without remains (issue 15).
// - Minutes can be redacted when a casus is destroyed: an agenda item and an addendum record when
//   they were redacted and the digest of their original content; a meeting records its hash scheme
//   (1: one hash over everything, 2: a hash over per-item digests, so it can be recomputed after a
//   redaction) and when and under which rule it was redacted.
// - Audit reasons about a casus, person, trajectory or meeting (overleg) are stored encrypted under
//   a key per object (`audit_key`), so destruction can erase the key. Existing reasons are sealed here; since the
//   chain covers the stored form, the chain is then recomputed from the first changed row — only
//   when the chain verified before, and the old head is recorded in a new entry. A chain that did
//   not verify is left exactly as it was, so the break stays visible.
// The hash and sealing functions are copied here on purpose: a migration must not change when the
// application's code changes later.
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

interface Row {
  id: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  kind: string;
  object_type: string | null;
  object_id: string | null;
  result: string;
  reason: string | null;
  legal_ground: string | null;
  details: string | null;
  prev_hash: string;
  hash: string;
}

const hash = (r: Omit<Row, 'hash'>) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        r.id,
        r.at,
        r.actor_id,
        r.actor_name,
        r.action,
        r.kind,
        r.object_type,
        r.object_id,
        r.result,
        r.reason,
        r.legal_ground,
        r.details,
        r.prev_hash,
      ]),
    )
    .digest('hex');

function seal(key: Buffer, scope: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(scope, 'utf8'));
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return `enc1:${scope}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

const SCOPED = new Set(['casus', 'persoon', 'mentortraject', 'overleg']);

export class DestructionRemains1765094400009 implements MigrationInterface {
  name = 'DestructionRemains1765094400009';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE audit_key (scope TEXT PRIMARY KEY NOT NULL, key TEXT NOT NULL)');
    for (const table of ['agenda_item', 'meeting_addendum']) {
      await runner.query(`ALTER TABLE ${table} ADD COLUMN redacted_at TEXT`);
      await runner.query(`ALTER TABLE ${table} ADD COLUMN original_digest TEXT`);
    }
    await runner.query('ALTER TABLE meeting ADD COLUMN hash_scheme INTEGER NOT NULL DEFAULT 1');
    await runner.query('ALTER TABLE meeting ADD COLUMN redacted_at TEXT');
    await runner.query('ALTER TABLE meeting ADD COLUMN redaction_years INTEGER');
    await runner.query('ALTER TABLE meeting ADD COLUMN redaction_base_hash TEXT');
    await this.sealReasons(runner);
  }

  private async sealReasons(runner: QueryRunner): Promise<void> {
    const rows = (await runner.query('SELECT * FROM audit_entry ORDER BY id ASC')) as Row[];
    let previous = '0'.repeat(64);
    for (const [index, row] of rows.entries()) {
      const { hash: stored, ...rest } = row;
      if (row.id !== index + 1 || row.prev_hash !== previous || hash(rest) !== stored) return;
      previous = stored;
    }
    const keys = new Map<string, Buffer>();
    let first: number | null = null;
    let prev = '0'.repeat(64);
    for (const row of rows) {
      const scoped =
        row.reason !== null &&
        row.object_type !== null &&
        SCOPED.has(row.object_type) &&
        row.object_id !== null &&
        /^\d+$/.test(row.object_id);
      if (scoped) {
        const scope = `${row.object_type}:${row.object_id}`;
        if (!keys.has(scope)) keys.set(scope, randomBytes(32));
        row.reason = seal(keys.get(scope)!, scope, row.reason!);
        first ??= row.id;
      }
      if (first === null) {
        prev = row.hash;
        continue;
      }
      row.prev_hash = prev;
      const { hash: _old, ...rest } = row;
      row.hash = hash(rest);
      prev = row.hash;
      await runner.query('UPDATE audit_entry SET reason = ?, prev_hash = ?, hash = ? WHERE id = ?', [
        row.reason,
        row.prev_hash,
        row.hash,
        row.id,
      ]);
    }
    for (const [scope, key] of keys) {
      await runner.query('INSERT INTO audit_key (scope, key) VALUES (?, ?)', [scope, key.toString('hex')]);
    }
    if (first === null) return;
    // The re-sealing itself is on the record: which rows were recomputed and the head they replaced.
    const entry: Omit<Row, 'hash'> = {
      id: rows.length + 1,
      at: new Date().toISOString(),
      actor_id: null,
      actor_name: null,
      action: 'migration:0009',
      kind: 'change',
      object_type: 'audit',
      object_id: null,
      result: 'ok',
      reason: null,
      legal_ground: null,
      details: JSON.stringify({ vanaf: first, rijen: rows.length - first + 1, oudeKop: previous }),
      prev_hash: prev,
    };
    await runner.query(
      `INSERT INTO audit_entry (id, at, actor_id, actor_name, action, kind, object_type, object_id, result, reason, legal_ground, details, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        entry.id,
        entry.at,
        entry.actor_id,
        entry.actor_name,
        entry.action,
        entry.kind,
        entry.object_type,
        entry.object_id,
        entry.result,
        entry.reason,
        entry.legal_ground,
        entry.details,
        entry.prev_hash,
        hash(entry),
      ],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE meeting DROP COLUMN redaction_base_hash');
    await runner.query('ALTER TABLE meeting DROP COLUMN redaction_years');
    await runner.query('ALTER TABLE meeting DROP COLUMN redacted_at');
    await runner.query('ALTER TABLE meeting DROP COLUMN hash_scheme');
    for (const table of ['agenda_item', 'meeting_addendum']) {
      await runner.query(`ALTER TABLE ${table} DROP COLUMN original_digest`);
      await runner.query(`ALTER TABLE ${table} DROP COLUMN redacted_at`);
    }
    await runner.query('DROP TABLE audit_key');
  }
}
