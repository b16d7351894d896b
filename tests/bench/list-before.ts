// The case list's rows statement as it was before migration 0029 (issue 20), for the comparisons
// in scale.bench.ts and scale-explain.ts: ties in the last signal's date broken by the person's
// name order, walking 0022's date index without the name (`casus_last_signal`, which 0029 drops:
// the caller creates it again on the bench's file, `LIST_INDEX_BEFORE`).
import { render, type Sql } from '../../src-main/core/db/sql';

export const LIST_INDEX_BEFORE = 'CREATE INDEX IF NOT EXISTS casus_last_signal ON casus (last_signal_at, id)';

/** `rows` (searchSql's for the list as it opens, on SQLite) as it was before 0029. */
export function listBefore(rows: Sql): { text: string; params: unknown[] } {
  const { text, params } = render(rows, 'sqlite');
  const before = text
    .replace('FROM casus c JOIN', 'FROM casus c INDEXED BY casus_last_signal JOIN')
    .replace('c.sort_key', 'p.sort_key');
  if (before === text || before.includes('c.sort_key')) throw new Error('not the list as it opens');
  return { text: before, params };
}
