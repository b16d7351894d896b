// Migration 0019 (the policies' lookups): nothing on SQLite (the schema stays as it was). On
// PostgreSQL (the policies as access/row-security.ts renders them, how they are planned, and what
// they let through): tests/integration/postgres-rls.test.ts; the text: access/access.test.ts.
import { describe, it } from 'vitest';
import { RowSecurityLookups1765958400019 } from './0019-row-security-lookups';
import { expectOnlyTheVersionOnSqlite } from '../migration-test-kit';

describe('migration 0019-row-security-lookups', () => {
  it('changes nothing on SQLite but the version', async () => {
    await expectOnlyTheVersionOnSqlite(RowSecurityLookups1765958400019);
  });
});
