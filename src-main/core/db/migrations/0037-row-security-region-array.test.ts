// Migration 0037 (casus's policy with the regions as an array): nothing on SQLite (the schema stays
// as it was). On PostgreSQL (who sees what, and how the policy is planned):
// tests/integration/postgres-rls.test.ts; the text: access/access.test.ts.
import { describe, it } from 'vitest';
import { RowSecurityRegionArray1767600000037 } from './0037-row-security-region-array';
import { expectOnlyTheVersionOnSqlite } from '../migration-test-kit';

describe('migration 0037-row-security-region-array', () => {
  it('changes nothing on SQLite but the version', async () => {
    await expectOnlyTheVersionOnSqlite(RowSecurityRegionArray1767600000037);
  });
});
