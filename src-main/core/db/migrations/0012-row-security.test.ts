// Migration 0012 (row-level security): nothing on SQLite (the schema stays as it was). On
// PostgreSQL (a policy on every case table, enabled and forced, and what it lets through):
// tests/integration/postgres-rls.test.ts.
import { describe, it } from 'vitest';
import { RowSecurity1765353600012 } from './0012-row-security';
import { expectOnlyTheVersionOnSqlite } from '../migration-test-kit';

describe('migration 0012-row-security', () => {
  it('changes nothing on SQLite but the version', async () => {
    await expectOnlyTheVersionOnSqlite(RowSecurity1765353600012);
  });
});
