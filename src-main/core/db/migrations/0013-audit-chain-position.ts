// 0013: the audit chain's own position column (issue 17). With many writers on PostgreSQL a row is
// committed with its business transaction unlinked (`chain_position` null, `prev_hash` and `hash`
// empty) and linked into the chain right after the commit by a short transaction of its own under
// the chain's lock (audit/audit-log.ts): the position, not the row's id, is what the chain counts
// and its hash covers. Ids on PostgreSQL come from a sequence from now on (a rolled-back append
// leaves a hole in the ids, never in the positions). Every existing row was appended with
// id = position, so its position is its id and its hash stays valid. UNIQUE on the position: two
// linkers can never give out one position twice. On SQLite a row is linked in its own transaction
// (one process), so id and position stay equal there.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditChainPosition1765440000013 implements MigrationInterface {
  name = 'AuditChainPosition1765440000013';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    await runner.query('ALTER TABLE audit_entry ADD COLUMN chain_position INTEGER');
    await runner.query('UPDATE audit_entry SET chain_position = id');
    await runner.query('CREATE UNIQUE INDEX audit_entry_chain_position ON audit_entry (chain_position)');
    // The rows waiting to be linked, in id order (an empty index while the chain is up to date).
    await runner.query('CREATE INDEX audit_entry_unlinked ON audit_entry (id) WHERE chain_position IS NULL');
    if (postgres) {
      await runner.query('CREATE SEQUENCE audit_entry_id_seq OWNED BY audit_entry.id');
      await runner.query(`SELECT setval('audit_entry_id_seq', COALESCE(max(id), 0) + 1, false) FROM audit_entry`);
      await runner.query(`ALTER TABLE audit_entry ALTER COLUMN id SET DEFAULT nextval('audit_entry_id_seq')`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type === 'postgres') {
      await runner.query('ALTER TABLE audit_entry ALTER COLUMN id DROP DEFAULT');
      await runner.query('DROP SEQUENCE audit_entry_id_seq');
    }
    await runner.query('DROP INDEX audit_entry_unlinked');
    await runner.query('DROP INDEX audit_entry_chain_position');
    await runner.query('ALTER TABLE audit_entry DROP COLUMN chain_position');
  }
}
