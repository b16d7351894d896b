// The case list of one state sorted by name as it was before migration 0036 (issue 20,
// 2026-12-06): the persons walked in name order (`person p CROSS JOIN casus c`, ordered by the
// person's name), each person's casus tested for the state and the access rule, until the page was
// full. Now (search/case-search.ts) the state's range of `casus_state_name` gives the page. For the
// scale suite's comparison (scale-search.ts) on the same file; any other search is searchSql's.
// Not used by the application.
import type { AccessScope } from '../../src-main/core/access/access';
import { render } from '../../src-main/core/db/sql';
import { searchSql, type SearchQuery } from '../../src-main/core/search/case-search';

type Rendered = { text: string; params: unknown[] };

/** searchSql's statements for `search`, rendered for SQLite, a one-state list by name as before 0036. */
export function searchSqlBefore0036(
  search: SearchQuery,
  scope: AccessScope,
): { rows: Rendered; count: Rendered; countInRows: boolean } {
  const statements = searchSql(search, scope);
  const rows = render(statements.rows, 'sqlite');
  const count = render(statements.count, 'sqlite');
  const oneStateByName = !search.text.trim() && search.sort === 'naam' && search.states.length === 1;
  if (!oneStateByName) return { rows, count, countInRows: statements.countInRows };
  const before = rows.text
    .replace(
      'FROM casus c JOIN person p ON p.id = c.person_id',
      'FROM person p CROSS JOIN casus c ON c.person_id = p.id',
    )
    .replace(/ORDER BY c\.sort_key (ASC|DESC), c\.id ASC/, 'ORDER BY p.sort_key $1, p.sort_key ASC, c.id ASC');
  if (before === rows.text || !before.includes('p.sort_key ASC, c.id')) throw new Error('not a one-state list by name');
  return { rows: { text: before, params: rows.params }, count, countInRows: false };
}
