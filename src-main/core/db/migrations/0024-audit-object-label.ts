// 0024: the audit log names its objects (issue 21 item 1). An entry kept what it was about only as
// a type and a database id ("casus 293"), which says nothing once the casus is destroyed and little
// before. `object_label` keeps the object's human name as it was when the entry was written: the
// casusnummer, a meeting's title and date, an account's display name, a questionnaire's title, a
// trajectory's code — never a person's name, since the log outlives the destruction of the casus
// (core/audit/object-labels.ts). The column is nullable and no existing row is touched: the rows are
// hash-chained, and the hash covers the label only when it is set (audit-log.ts `hashEntry`), so
// every row written before this migration verifies as it did. The screen shows such a row's object
// by its current name, or as removed when it no longer exists (audit/entry-views.ts).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditObjectLabel1766390400024 implements MigrationInterface {
  name = 'AuditObjectLabel1766390400024';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE audit_entry ADD COLUMN object_label TEXT');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE audit_entry DROP COLUMN object_label');
  }
}
