// A case search with a text, on SQLite: matched, filtered by need-to-know, ranked, counted and cut
// to its page with only what that needs (the FTS5 table, casus, person), and only the page's rows
// joined to gemeente and region and read in full (issue 20, search at 300,000 persons).
//
// A word typed while searching ("bil", "celik", "tahi") starts a word in thousands of cases. The
// query as it was ranked (bm25) every match, with its casus, person, gemeente and region read,
// and then counted them again in a second statement: ~90 ms for "celik" at 300,000 persons, and
// growing with the data. Now:
// - the matches are read from the newest casus back (FTS5 gives them in rowid order, so this
//   stops early), at most COUNT_LIMIT + 1 visible ones; the count is theirs (capped, as before);
// - up to COUNT_LIMIT matches, every match is ranked and the answer is the old one (the same
//   page, order and count: search-relevance.test.ts); beyond it, where the list already says
//   "meer dan 1.000", the page is ranked (or sorted) among the COUNT_LIMIT newest visible matches
//   (search-wide.test.ts), as on PostgreSQL (postgres-search.ts), so the work per search is
//   bounded by the cap, not by the data;
// - the name order that ranks ties is casus's copy of it (migration 0029), so the ranking step
//   reads person only for a sort by year of birth: a third less to read per match
//   (scale-explain.ts: pages fetched per match of a prefix, with and without the person);
// - a gemeente is asked of the FTS5 table itself: its token (`ǥ<id>`, in the column `kenmerk`,
//   migration 0031) is a second condition of the MATCH, so FTS5 intersects the text's rows with the
//   gemeente's and only the matches in the gemeente are read, instead of every match of the text
//   with its person (which grew with the data: 30× the steps from 10,000 to 300,000 persons). The
//   typed words are confined to the three text columns, so none of them reaches the token, and
//   the token's column weighs 0 in bm25: the rank is the typed words' alone.
import type { AccessScope } from '../access/access';
import { visibleSql } from '../access/access';
import { join, list, raw, sql, type Sql } from '../db/sql';

/** What a search with a text asks, as case-search.ts has resolved it (the sort and its direction). */
export interface SqliteTextSearch {
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

/** The ranking step's sort column (the rank, or a column of the casus or person). */
const FIRST_ORDER: Record<SqliteTextSearch['sort'], Sql> = {
  relevantie: raw('bm25(casus_search, 10.0, 5.0, 1.0, 0.0)'),
  naam: raw('c.sort_key'),
  geboortejaar: raw('p.geboortejaar'),
  laatste_signaal: raw('c.last_signal_at'),
  status: raw('c.state'),
  nummer: raw('c.number'),
};

/** The token of a gemeente in the FTS5 table's `kenmerk` column (migration 0031 writes the same). */
export function gemeenteToken(gemeenteId: number): string {
  return `ǥ${gemeenteId}`;
}

/**
 * The MATCH text: the typed words (`fts`, from ftsQuery) in the three text columns only, and the
 * gemeente's token when one is chosen.
 */
export function sqliteMatch(fts: string, gemeenteId: number | null): string {
  const words = `{naam aliases overig} : (${fts})`;
  return gemeenteId ? `${words} AND kenmerk : "${gemeenteToken(gemeenteId)}"` : words;
}

/**
 * The statements of one page of a search with the FTS5 query `fts`: `rows` (the page, each row
 * with the count of all matches as `total`) and `count` (capped at `countLimit + 1`, for a page
 * past the last match).
 */
export function sqliteTextSearchSql(
  search: SqliteTextSearch,
  fts: string,
  scope: AccessScope,
  columns: Sql,
  countLimit: number,
): { rows: Sql; count: Sql } {
  const where = [visibleSql(scope, 'c'), sql`casus_search MATCH ${sqliteMatch(fts, search.gemeenteId)}`];
  if (search.states.length) where.push(sql`c.state IN ${list(search.states)}`);
  if (search.regionId) where.push(sql`c.region_id = ${search.regionId}`);
  if (search.ideologie) {
    where.push(sql`EXISTS (SELECT 1 FROM signal si WHERE si.casus_id = c.id AND si.ideologie = ${search.ideologie})`);
  }
  const direction = raw(search.descending ? 'DESC' : 'ASC');
  const matches = (person: boolean) =>
    sql`FROM casus_search JOIN casus c ON c.id = casus_search.rowid
        ${person ? raw('JOIN person p ON p.id = c.person_id') : raw('')}
        WHERE ${join(where, ' AND ')}`;
  // `newest`: the visible matches from the newest casus back, at most one past the limit (FTS5
  // gives its matches in rowid order, either way, so this stops there); bm25 is computed here,
  // where the FTS5 table is read; kept (MATERIALIZED) for the two reads below. `bounds`: how many
  // (capped) and the oldest of them, which is the one past the limit when there are that many.
  // `page`: those within the limit ranked (or sorted) and cut to the page. Then the page's rows
  // are read in full. (Until issue 20's step of 2026-12-06 the count and the recency were two window
  // functions over `newest`, each a pass and a sort of its rows: twice the work of the rest at the
  // cap, scale-search-kinds.ts.)
  const person = search.sort === 'geboortejaar';
  const rows = sql`WITH newest AS MATERIALIZED (
        SELECT c.id AS id, ${FIRST_ORDER[search.sort]} AS ord, c.sort_key AS sort_key
        ${matches(person)}
        ORDER BY casus_search.rowid DESC
        LIMIT ${countLimit + 1}),
      bounds AS (SELECT count(*) AS total, min(id) AS oldest FROM newest),
      page AS (
        SELECT id, ord, sort_key, total FROM newest, bounds WHERE total <= ${countLimit} OR id <> oldest
        ORDER BY ord ${direction}, sort_key ASC, id ASC
        LIMIT ${search.limit} OFFSET ${search.offset})
      SELECT ${columns}, page.total AS "total"
      FROM page JOIN casus c ON c.id = page.id
        JOIN person p ON p.id = c.person_id
        JOIN gemeente g ON g.id = p.gemeente_id
        JOIN zvh_region r ON r.id = c.region_id
      ORDER BY page.ord ${direction}, page.sort_key ASC, page.id ASC`;
  // Every casus has exactly one person (a NOT NULL foreign key) and the gemeente is in the MATCH:
  // the count reads no person.
  const count = sql`SELECT count(*) AS "n" FROM (SELECT 1 ${matches(false)} LIMIT ${countLimit + 1}) AS capped`;
  return { rows, count };
}
