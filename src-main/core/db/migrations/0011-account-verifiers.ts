// 0011: accounts on PostgreSQL (issue 17). A PostgreSQL store has no database key, so an account
// cannot prove its password by opening a key slot: it gets a password verifier instead (scrypt,
// with the key slots' parameters, stored as JSON in `account.password_verifier`). SQLCipher
// accounts keep their key slots and leave the column null. Failed log-ins on a shared server are
// counted in `login_attempt` (per normalised username), so every workstation shares one count.
// Written for both engines: the same statements work on SQLite and PostgreSQL.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountVerifiers1765267200011 implements MigrationInterface {
  name = 'AccountVerifiers1765267200011';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE account ADD COLUMN password_verifier TEXT');
    await runner.query(
      `CREATE TABLE login_attempt (
        username TEXT PRIMARY KEY NOT NULL,
        failures INTEGER NOT NULL,
        last_failure_at BIGINT NOT NULL
      )`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE login_attempt');
    await runner.query('ALTER TABLE account DROP COLUMN password_verifier');
  }
}
