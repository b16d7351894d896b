// Migration 0026 (the search's copies of casus and person): nothing on SQLite, whose FTS5 search
// reads casus and person as before (the schema stays as it was). On PostgreSQL (the columns filled
// at version N-1 -> N, the triggers, CaseSearch.index): tests/integration/postgres-search-facts.test.ts.
import { describe, it } from 'vitest';
import { SearchFacts1766649600026 } from './0026-search-facts';
import { expectOnlyTheVersionOnSqlite } from '../migration-test-kit';

describe('migration 0026-search-facts', () => {
  it('changes nothing on SQLite but the version', async () => {
    await expectOnlyTheVersionOnSqlite(SearchFacts1766649600026);
  });
});
