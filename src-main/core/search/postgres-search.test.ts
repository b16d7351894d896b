import { describe, expect, it } from 'vitest';
import { raw, render } from '../db/sql';
import { postgresTextSearchSql, type PostgresTextSearch } from './postgres-search';

const search: PostgresTextSearch = {
  text: 'van',
  states: [],
  gemeenteId: null,
  regionId: null,
  ideologie: null,
  sort: 'relevantie',
  descending: false,
  offset: 0,
  limit: 100,
};
const scope = { accountId: 7, regionIds: [2, 3] };
const COLUMNS = raw('c.id AS "caseId"');

/** The statement's first step (the matches, up to the page) and what it does with the page. */
function steps(more: Partial<PostgresTextSearch>) {
  const { text, params } = render(
    postgresTextSearchSql({ ...search, ...more }, scope, COLUMNS, 1000)!.rows,
    'postgres',
  );
  const at = text.indexOf('SELECT c.id AS "caseId"');
  return { first: text.slice(0, at), page: text.slice(at), params };
}

describe('a search with a text on PostgreSQL', () => {
  it('ranks, filters, counts and cuts the page in casus_search alone', () => {
    const { first, page, params } = steps({ states: ['monitoring'], gemeenteId: 4, regionId: 2 });
    expect(first).toContain('FROM casus_search) cs');
    expect(first).not.toMatch(/JOIN (casus|person)\b/);
    // The access rule on the index row's copies, first; the filters on them too.
    const rule =
      /WHERE cs\.region_id IN \(2, 3\) AND \(cs\.afgeschermd = \$(\d+) OR EXISTS .* named\.account_id = \$(\d+)\)\)/.exec(
        first,
      );
    expect(rule).not.toBeNull();
    expect(rule!.slice(1).map((n) => params[Number(n) - 1])).toEqual([false, 7]);
    expect(first).toMatch(/cs\.state IN \(\$\d+\)/);
    expect(first).toMatch(/cs\.gemeente_id = \$\d+/);
    expect(first).toMatch(/cs\.region_id = \$\d+/);
    expect(first).toContain('count(*) OVER () AS total');
    // The newest matches first, at most one past the count's limit; those within it ordered and cut.
    expect(first).toMatch(/ORDER BY cs\.id DESC\s+LIMIT \$\d+\)/);
    expect(first).toMatch(
      /WHERE recency <= \$\d+\s+ORDER BY ord ASC, sort_key ASC, id ASC\s+LIMIT \$\d+ OFFSET \$\d+\)/,
    );
    // Only the page is joined, and checked by the access rule again.
    expect(page).toMatch(/FROM page JOIN casus c ON c\.id = page\.id/);
    expect(page).toMatch(/WHERE c\.region_id IN \(2, 3\) AND \(c\.afgeschermd = /);
    expect(page).toMatch(/ORDER BY page\.ord ASC, page\.sort_key ASC, page\.id ASC$/);
  });

  it('joins the casus or the person for every match only where the sort needs them', () => {
    expect(steps({ sort: 'naam', descending: true }).first).not.toMatch(/JOIN (casus|person)\b/);
    expect(steps({ sort: 'status' }).first).not.toMatch(/JOIN (casus|person)\b/);
    expect(steps({ sort: 'nummer' }).first).toContain('JOIN casus c ON c.id = cs.id');
    expect(steps({ sort: 'laatste_signaal' }).first).toContain('JOIN casus c ON c.id = cs.id');
    expect(steps({ sort: 'geboortejaar' }).first).toContain('JOIN person p ON p.id = cs.person_id');
    expect(steps({ sort: 'naam', descending: true }).page).toMatch(/ORDER BY page\.ord DESC/);
  });

  it('is no text search without a word', () => {
    expect(postgresTextSearchSql({ ...search, text: ' -- ' }, scope, COLUMNS, 1000)).toBeNull();
  });
});
