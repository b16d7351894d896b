// 0021: the check-out lease of a meeting (issue 19, offline minutes). Before a casusoverleg in a
// room without network, the notulist (or the chair) checks the meeting out to their workstation:
// one row here says who holds it (`account_id`), on which workstation (the name the client gave
// at log-in, or the desktop's host name), since when and until when. While a lease is active only
// its holder may change the meeting's details, attendance, agenda and minutes
// (core/meetings/lease.ts). A lease ends by revocation (`revoked_at`, `revoked_by`: the holder or
// a beheerder), by check-in (`checked_in_at`; check-in itself is not built yet), or by passing
// `expires_at` (computed from core's clock; `expired_at` records when core first saw it and wrote
// the audit entry). At most one lease per meeting has none of the three end marks: a partial
// unique index, the same on both engines. Times are ISO strings in UTC, as the meeting's own.
//
// No row-level security on PostgreSQL: the meeting it is keyed on is region-bound and not covered
// either (docs/developer/team-store.md, "Not under row security"); core reads a lease only after
// finding its meeting in the caller's regions (or for a beheerder's revocation), and the row holds
// no casus data (an account id, a workstation name, times).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingLeases1766131200021 implements MigrationInterface {
  name = 'MeetingLeases1766131200021';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE meeting_lease (
        id TEXT PRIMARY KEY NOT NULL,
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES account (id),
        workstation TEXT NOT NULL,
        granted_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT,
        revoked_by INTEGER REFERENCES account (id),
        checked_in_at TEXT,
        expired_at TEXT
      )`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX meeting_lease_open ON meeting_lease (meeting_id)
       WHERE revoked_at IS NULL AND checked_in_at IS NULL AND expired_at IS NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE meeting_lease');
  }
}
