// 0017: the client a CTER server's session belongs to (issue 18, the HTTPS transport). A log-in
// over HTTPS records the network address the request came from; a call with that session's token
// from another address is refused, so a token copied off a workstation does not work elsewhere on
// the network (see docs/developer/team-server.md for what this does and does not stop). Null for a
// session started in-process (tests, tools), which is then usable only in-process.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionClient1765785600017 implements MigrationInterface {
  name = 'SessionClient1765785600017';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE server_session ADD COLUMN client_address TEXT');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE server_session DROP COLUMN client_address');
  }
}
