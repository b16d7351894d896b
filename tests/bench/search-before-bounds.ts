// The case search's statements as they were before the count and the recency of a text's matches
// were read without window functions (issue 20, 2026-12-06; core/search/sqlite-search.ts at
// 18b4a8a): `counted` numbered the matches by `row_number() OVER (ORDER BY id DESC)` and counted
// them by `count(*) OVER ()`, two passes and a sort over the up to 1,001 matches, where now one
// aggregate (`bounds`) reads their count and the oldest. For the comparisons of the scale suite
// (scale-search.ts) and scale-search-kinds.ts, on the same file. Searches without a text (and
// case numbers) did not change: they are searchSql's. Not used by the application.
import type { AccessScope } from '../../src-main/core/access/access';
import { render } from '../../src-main/core/db/sql';
import { searchSql, type SearchQuery } from '../../src-main/core/search/case-search';

const NOW =
  /WITH newest AS MATERIALIZED \(([\s\S]*?)\),\s*bounds AS \(SELECT count\(\*\) AS total, min\(id\) AS oldest FROM newest\),\s*page AS \(\s*SELECT id, ord, sort_key, total FROM newest, bounds WHERE total <= \? OR id <> oldest/;

/** searchSql's statements for `search`, the rows as they were before `bounds`, rendered for SQLite. */
export function searchSqlBeforeBounds(
  search: SearchQuery,
  scope: AccessScope,
): { rows: { text: string; params: unknown[] }; count: { text: string; params: unknown[] }; countInRows: boolean } {
  const statements = searchSql(search, scope);
  const rows = render(statements.rows, 'sqlite');
  const count = render(statements.count, 'sqlite');
  if (!statements.countInRows) return { rows, count, countInRows: false };
  const text = rows.text.replace(
    NOW,
    (_match, newest: string) => `WITH newest AS (${newest}),
      counted AS (
        SELECT id, ord, sort_key, count(*) OVER () AS total, row_number() OVER (ORDER BY id DESC) AS recency
        FROM newest),
      page AS (
        SELECT id, ord, sort_key, total FROM counted WHERE recency <= ?`,
  );
  if (text === rows.text) throw new Error('not a text search of sqlite-search.ts');
  return { rows: { text, params: rows.params }, count, countInRows: true };
}
