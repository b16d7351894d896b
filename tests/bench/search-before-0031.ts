// The case search's statements as they were before migration 0031 (issue 20), for the scale
// suite's before/after comparison on the same file: a text's matches read with their casus, and
// with their person to test the gemeente, instead of the gemeente's token narrowing the FTS5 match
// (main at 3687b3e, core/search/sqlite-search.ts, verbatim but for the names). The typed words are
// matched in every column, which on a file since 0031 finds the same rows (no typed word reaches
// the token), and bm25 is given three weights (the fourth column, without hits, adds nothing).
// Searches without a text (and case numbers) did not change: they are searchSql's. Not used by the
// application.
import type { AccessScope } from '../../src-main/core/access/access';
import { visibleSql } from '../../src-main/core/access/access';
import { join, list, raw, sql, type Sql } from '../../src-main/core/db/sql';
import {
  caseNumberPrefix,
  COUNT_LIMIT,
  ftsQuery,
  searchSql,
  type SearchQuery,
} from '../../src-main/core/search/case-search';

const COLUMNS =
  raw(`c.id AS "caseId", c.number AS "caseNumber", c.state AS "state", p.id AS "personId", p.naam AS "naam",
              p.roepnaam AS "roepnaam", p.aliases AS "aliases", p.geboortejaar AS "geboortejaar", g.name AS "gemeente",
              r.name AS "region", c.last_signal_at AS "lastSignal", c.afgeschermd AS "afgeschermd", p.restricted AS "restricted",
              p.sort_key AS "sortKey"`);

const FIRST_ORDER: Record<SearchQuery['sort'], Sql> = {
  relevantie: raw('bm25(casus_search, 10.0, 5.0, 1.0)'),
  naam: raw('c.sort_key'),
  geboortejaar: raw('p.geboortejaar'),
  laatste_signaal: raw('c.last_signal_at'),
  status: raw('c.state'),
  nummer: raw('c.number'),
};

/** The rows and count statements of a search on SQLite as before 0031, and whether the rows carry the count. */
export function searchSqlBefore0031(
  search: SearchQuery,
  scope: AccessScope,
): { rows: Sql; count: Sql; countInRows: boolean } {
  const fts = caseNumberPrefix(search.text) ? null : ftsQuery(search.text);
  if (!fts) return searchSql(search, scope);
  const where = [visibleSql(scope, 'c'), sql`casus_search MATCH ${fts}`];
  if (search.states.length) where.push(sql`c.state IN ${list(search.states)}`);
  if (search.gemeenteId) where.push(sql`p.gemeente_id = ${search.gemeenteId}`);
  if (search.regionId) where.push(sql`c.region_id = ${search.regionId}`);
  if (search.ideologie) {
    where.push(sql`EXISTS (SELECT 1 FROM signal si WHERE si.casus_id = c.id AND si.ideologie = ${search.ideologie})`);
  }
  const direction = raw(search.descending ? 'DESC' : 'ASC');
  const matches = (person: boolean) =>
    sql`FROM casus_search JOIN casus c ON c.id = casus_search.rowid
        ${person ? raw('JOIN person p ON p.id = c.person_id') : raw('')}
        WHERE ${join(where, ' AND ')}`;
  const person = search.sort === 'geboortejaar' || Boolean(search.gemeenteId);
  const rows = sql`WITH newest AS (
        SELECT c.id AS id, ${FIRST_ORDER[search.sort]} AS ord, c.sort_key AS sort_key
        ${matches(person)}
        ORDER BY casus_search.rowid DESC
        LIMIT ${COUNT_LIMIT + 1}),
      counted AS (
        SELECT id, ord, sort_key, count(*) OVER () AS total, row_number() OVER (ORDER BY id DESC) AS recency
        FROM newest),
      page AS (
        SELECT id, ord, sort_key, total FROM counted WHERE recency <= ${COUNT_LIMIT}
        ORDER BY ord ${direction}, sort_key ASC, id ASC
        LIMIT ${search.limit} OFFSET ${search.offset})
      SELECT ${COLUMNS}, page.total AS "total"
      FROM page JOIN casus c ON c.id = page.id
        JOIN person p ON p.id = c.person_id
        JOIN gemeente g ON g.id = p.gemeente_id
        JOIN zvh_region r ON r.id = c.region_id
      ORDER BY page.ord ${direction}, page.sort_key ASC, page.id ASC`;
  const count = sql`SELECT count(*) AS "n" FROM (SELECT 1 ${matches(Boolean(search.gemeenteId))} LIMIT ${COUNT_LIMIT + 1}) AS capped`;
  return { rows, count, countInRows: true };
}
