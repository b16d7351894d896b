// A case search with a text, on PostgreSQL: ranked, filtered by need-to-know, ordered, counted and
// cut to its page in `casus_search` alone, and only the page's rows joined to casus, person,
// gemeente and region (issue 17, the wide prefixes).
//
// A word typed while searching ("van", "jans", "moh") starts a word in thousands of cases; every one
// of them is ranked and counted before the page can be cut. With the index row, the casus and the
// person joined for each match, PostgreSQL looked up casus (under its row-security policy) and
// person for all of them: 20,000 lookups of each for "van" at 100,000 persons, where FTS5 on SQLite
// reads one table. Migration 0026 therefore keeps on each index row what the ranking, the filters
// and the access rule need of its casus and person (`person_id`, `region_id`, `afgeschermd`,
// `state`, `gemeente_id`, `sort_key`), kept equal to them by triggers, so the matches are read from
// one table; the page's rows (at most `limit`) are then joined and checked again by the access rule
// and casus's policy, so a row the caller may not see never leaves the database, whatever the index
// row holds. The answers are the old query's: the same matches, rank, order and count
// (search-relevance.test.ts, search-facts.test.ts), up to 1,000 matches; beyond that ("meer dan
// 1.000") the page is ordered among the 1,000 newest visible matches, as on SQLite (issue 20,
// sqlite-search.ts; search-wide.test.ts).
//
// A sort by the case number, the year of birth or the last signal, or a filter on the ideology,
// needs casus or person for every match: those join them in the first step, as before.
import type { AccessScope } from '../access/access';
import { visibleSql } from '../access/access';
import { join, list, raw, sql, type Sql } from '../db/sql';
import { postgresTextMatch } from './postgres-text';

/** What a search with a text asks, as case-search.ts has resolved it (the sort and its direction). */
export interface PostgresTextSearch {
  text: string;
  states: readonly string[];
  gemeenteId: number | null;
  regionId: number | null;
  ideologie: string | null;
  sort: 'relevantie' | 'naam' | 'geboortejaar' | 'laatste_signaal' | 'status' | 'nummer';
  descending: boolean;
  offset: number;
  limit: number;
}

/** The index row under the names the access rule and the text match use (`cs.id` is the casus id). */
const INDEX_ROW = raw(`(SELECT casus_id AS id, person_id, region_id, afgeschermd, state, gemeente_id, sort_key,
          naam, aliases, overig, words FROM casus_search) cs`);

/** The first step's sort column, but for the rank; the last three need the casus or the person. */
const FIRST_ORDER: Record<
  Exclude<PostgresTextSearch['sort'], 'relevantie'>,
  { column: Sql; needs: 'casus' | 'person' | null }
> = {
  naam: { column: raw('cs.sort_key'), needs: null },
  status: { column: raw('cs.state'), needs: null },
  nummer: { column: raw('c.number'), needs: 'casus' },
  laatste_signaal: { column: raw('c.last_signal_at'), needs: 'casus' },
  geboortejaar: { column: raw('p.geboortejaar'), needs: 'person' },
};

/**
 * The statements of one page of a search with a text: `rows` (the page with the count of all
 * matches on each row, as `total`) and `count` (capped at `countLimit + 1`, for a page past the
 * last match). Null when the text has no word to match: then it is a search without a text.
 */
export function postgresTextSearchSql(
  search: PostgresTextSearch,
  scope: AccessScope,
  columns: Sql,
  countLimit: number,
): { rows: Sql; count: Sql } | null {
  const text = postgresTextMatch(search.text);
  if (!text) return null;
  const order = search.sort === 'relevantie' ? { column: text.rank, needs: null } : FIRST_ORDER[search.sort];
  const where = [visibleSql(scope, 'cs'), text.where];
  if (search.states.length) where.push(sql`cs.state IN ${list(search.states)}`);
  if (search.gemeenteId) where.push(sql`cs.gemeente_id = ${search.gemeenteId}`);
  if (search.regionId) where.push(sql`cs.region_id = ${search.regionId}`);
  if (search.ideologie) {
    where.push(sql`EXISTS (SELECT 1 FROM signal si WHERE si.casus_id = cs.id AND si.ideologie = ${search.ideologie})`);
  }
  const joins =
    order.needs === 'casus'
      ? raw('JOIN casus c ON c.id = cs.id')
      : order.needs === 'person'
        ? raw('JOIN person p ON p.id = cs.person_id')
        : raw('');
  const from = sql`FROM ${INDEX_ROW} ${joins} WHERE ${join(where, ' AND ')}`;
  const direction = raw(search.descending ? 'DESC' : 'ASC');
  // As on SQLite (sqlite-search.ts): the visible matches from the newest casus back, at most one
  // past the limit; how many (capped); those within the limit ordered and cut to the page.
  const rows = sql`WITH newest AS (
        SELECT cs.id, cs.sort_key, ${order.column} AS ord
        ${from}
        ORDER BY cs.id DESC
        LIMIT ${countLimit + 1}),
      counted AS (
        SELECT id, sort_key, ord, count(*) OVER () AS total, row_number() OVER (ORDER BY id DESC) AS recency
        FROM newest),
      page AS (
        SELECT id, sort_key, ord, total FROM counted WHERE recency <= ${countLimit}
        ORDER BY ord ${direction}, sort_key ASC, id ASC
        LIMIT ${search.limit} OFFSET ${search.offset})
      SELECT ${columns}, page.total AS "total"
      FROM page JOIN casus c ON c.id = page.id
        JOIN person p ON p.id = c.person_id
        JOIN gemeente g ON g.id = p.gemeente_id
        JOIN zvh_region r ON r.id = c.region_id
      WHERE ${visibleSql(scope, 'c')}
      ORDER BY page.ord ${direction}, page.sort_key ASC, page.id ASC`;
  const count = sql`SELECT count(*) AS "n" FROM (SELECT 1 ${from} LIMIT ${countLimit + 1}) AS capped`;
  return { rows, count };
}
