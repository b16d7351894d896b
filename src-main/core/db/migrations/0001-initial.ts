// 0001: accounts, the audit log and settings.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1764403200001 implements MigrationInterface {
  name = 'Initial1764403200001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE setting (
      key TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL
    )`);
    await runner.query(`CREATE TABLE account (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      username TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      roles TEXT NOT NULL,
      active BOOLEAN NOT NULL DEFAULT 1,
      must_change_password BOOLEAN NOT NULL DEFAULT 0,
      key_slot_id TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      last_login_at TEXT
    )`);
    await runner.query(`CREATE TABLE audit_entry (
      id INTEGER PRIMARY KEY NOT NULL,
      at TEXT NOT NULL,
      actor_id INTEGER,
      actor_name TEXT,
      action TEXT NOT NULL,
      kind TEXT NOT NULL,
      object_type TEXT,
      object_id TEXT,
      result TEXT NOT NULL,
      reason TEXT,
      legal_ground TEXT,
      details TEXT,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX audit_entry_at ON audit_entry (at)');
    await runner.query('CREATE INDEX audit_entry_actor ON audit_entry (actor_id, at)');
    await runner.query('CREATE INDEX audit_entry_object ON audit_entry (object_type, object_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE audit_entry');
    await runner.query('DROP TABLE account');
    await runner.query('DROP TABLE setting');
  }
}
