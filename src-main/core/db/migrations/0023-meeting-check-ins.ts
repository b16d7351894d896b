// 0023: the check-ins of checked-out meetings (issue 19, offline minutes). Each check-in a laptop
// sends is one row, keyed by the laptop's own `check_in_key` (a UUID it keeps for retries), so the
// same check-in sent twice finds its row and gets the same answer without applying anything twice,
// whichever session or server process receives it. The row keeps what was sent (`changes`, JSON
// as the contract's `checkInChanges`), the lease it came with, its holder and workstation, the
// laptop's offline timestamps, and how it ended (`outcome`):
// - `applied`: everything was written in one transaction (the lease is checked in);
// - `conflicts`: records had changed on the server since the package; nothing was written and the
//   row waits for the holder's choices (`meetings:resolve-check-in`), then becomes `applied`;
// - `conflict-copy`: the lease had expired or was revoked (`reason`): never applied by itself; the
//   meeting's chair or a beheerder resolves it (`resolved_at`, `resolved_by`, `resolution`:
//   applied or discarded).
// Times are ISO strings in UTC, as the meeting's own. Plain TEXT and INTEGER columns: the same
// statement on both engines.
//
// No row-level security on PostgreSQL, as for meeting_lease (0021): the row hangs on a
// region-bound meeting that is not covered either, and core reads it only after finding that
// meeting in the caller's regions (or for a beheerder). Its `changes` hold minutes text; the
// meeting's own minutes (agenda_item) are not under row security either
// (docs/developer/team-store.md).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingCheckIns1766304000023 implements MigrationInterface {
  name = 'MeetingCheckIns1766304000023';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE meeting_check_in (
        check_in_key TEXT PRIMARY KEY NOT NULL,
        lease_id TEXT NOT NULL REFERENCES meeting_lease (id) ON DELETE CASCADE,
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES account (id),
        workstation TEXT NOT NULL,
        offline_from TEXT NOT NULL,
        offline_until TEXT NOT NULL,
        received_at TEXT NOT NULL,
        changes TEXT NOT NULL,
        outcome TEXT NOT NULL,
        reason TEXT,
        resolved_at TEXT,
        resolved_by INTEGER REFERENCES account (id),
        resolution TEXT
      )`,
    );
    await runner.query('CREATE INDEX meeting_check_in_meeting ON meeting_check_in (meeting_id, outcome)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE meeting_check_in');
  }
}
