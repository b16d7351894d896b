// 0014: sessions of a CTER server (issue 18). A server core holds many sessions at once, and
// several server processes may share one PostgreSQL store, so the sessions live in the database,
// not in a process: one row per log-in, found by the SHA-256 of its token (the token itself is
// never stored), with the account, the workstation name the client gave, when it started, its
// last activity, its absolute expiry, and when and why it ended. `kiosk` holds the kiosk of an
// evaluation round while the session runs one (JSON), as the desktop keeps it in memory.
// Times are milliseconds since 1970 (as `login_attempt`). The desktop's SQLCipher file gets the
// table too (one schema for both engines) and leaves it empty.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServerSessions1765526400014 implements MigrationInterface {
  name = 'ServerSessions1765526400014';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE server_session (
        id TEXT PRIMARY KEY NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        account_id INTEGER NOT NULL REFERENCES account (id),
        workstation TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        last_activity_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        ended_at BIGINT,
        end_reason TEXT,
        kiosk TEXT
      )`,
    );
    await runner.query('CREATE INDEX server_session_open ON server_session (account_id) WHERE ended_at IS NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE server_session');
  }
}
