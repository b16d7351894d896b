// 0018: the request keys of a CTER server's calls (issue 18, "no silent loss across the wire"). A
// client names each call that changes data with a key of its own (a UUID) and repeats it when it
// retries the call after a lost connection; the server records the key in the transaction of the
// call's writes, so a repeat finds it exactly when the call committed, and answers with what it
// answered then (`answer`, the Result as JSON; NULL when it was not kept: too large, a password in
// it, or a call whose answer came after its commit and was lost). Keys are per session (another
// session never sees one) and are deleted once their session has ended or after 24 hours
// (core/server/request-keys.ts). `input_hash` is the SHA-256 of the channel and input as sent, so
// a key used again for another call is refused. The desktop's SQLCipher file gets the table too
// (one schema for both engines) and leaves it empty.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RequestKeys1765872000018 implements MigrationInterface {
  name = 'RequestKeys1765872000018';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE request_key (
        session_id TEXT NOT NULL REFERENCES server_session (id) ON DELETE CASCADE,
        idempotency_key TEXT NOT NULL,
        channel TEXT NOT NULL,
        input_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        answer TEXT,
        PRIMARY KEY (session_id, idempotency_key)
      )`,
    );
    await runner.query('CREATE INDEX request_key_created ON request_key (created_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE request_key');
  }
}
