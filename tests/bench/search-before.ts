// The case search's statements as they were before issue 20's change of the text search on SQLite
// (main at d24a3fc), verbatim but for the PostgreSQL branches and keyset pages (left out: this is
// for SQLite's first pages), for the casework bench's before/after comparison on the same file: every match joined
// to casus, person, gemeente and region with a whole result row before the page was cut, and
// counted again in a second statement. Not used by the application.
import type { AccessScope } from '../../src-main/core/access/access';
import { visibleSql } from '../../src-main/core/access/access';
import { join, list, raw, sql, type Sql } from '../../src-main/core/db/sql';
import { caseNumberPrefix, COUNT_LIMIT, ftsQuery, type SearchQuery } from '../../src-main/core/search/case-search';

const ORDER: Record<SearchQuery['sort'], Sql> = {
  relevantie: raw('rank'),
  naam: raw('p.sort_key'),
  geboortejaar: raw('p.geboortejaar'),
  laatste_signaal: raw('c.last_signal_at'),
  status: raw('c.state'),
  nummer: raw('c.number'),
};

/** A result row's columns (`Row`), from casus c, person p, gemeente g and zvh_region r. */
const COLUMNS =
  raw(`c.id AS "caseId", c.number AS "caseNumber", c.state AS "state", p.id AS "personId", p.naam AS "naam",
              p.roepnaam AS "roepnaam", p.aliases AS "aliases", p.geboortejaar AS "geboortejaar", g.name AS "gemeente",
              r.name AS "region", c.last_signal_at AS "lastSignal", c.afgeschermd AS "afgeschermd", p.restricted AS "restricted",
              p.sort_key AS "sortKey"`);

interface TextMatch {
  join: Sql;
  where: Sql;
  rank: Sql;
}

function sqliteTextMatch(text: string): TextMatch | null {
  const fts = ftsQuery(text);
  if (!fts) return null;
  return {
    join: raw('JOIN casus_search ON casus_search.rowid = c.id'),
    where: sql`casus_search MATCH ${fts}`,
    rank: raw('bm25(casus_search, 10.0, 5.0, 1.0)'),
  };
}

/** The rows and the count of a search as main wrote them for SQLite (its `searchSql` without `page`). */
export function searchSqlBefore(search: SearchQuery, scope: AccessScope): { rows: Sql; count: Sql } {
  // A case number is looked up in its own index (a range on the unique number), not in the text.
  const number = caseNumberPrefix(search.text);
  const text = number ? null : sqliteTextMatch(search.text);
  const sort = search.sort === 'relevantie' && !text ? (number ? 'nummer' : 'laatste_signaal') : search.sort;
  const personsFirst = !text && !number && sort === 'naam';
  const byDate = !text && !number && sort === 'laatste_signaal';
  const regionIndex = !(number || personsFirst || byDate);
  const where = [visibleSql(scope, 'c', { regionIndex })];
  if (text) where.push(text.where);
  if (number) where.push(sql`c.number >= ${number} AND c.number < ${`${number}~`}`);
  if (search.states.length) where.push(sql`c.state IN ${list(search.states)}`);
  if (search.gemeenteId) where.push(sql`p.gemeente_id = ${search.gemeenteId}`);
  if (search.regionId) where.push(sql`c.region_id = ${search.regionId}`);
  if (search.ideologie) {
    where.push(sql`EXISTS (SELECT 1 FROM signal si WHERE si.casus_id = c.id AND si.ideologie = ${search.ideologie})`);
  }
  const persons = personsFirst
    ? raw('person p CROSS JOIN casus c ON c.person_id = p.id')
    : raw('casus c JOIN person p ON p.id = c.person_id');
  const textJoin = text ? text.join : raw('');
  const from = sql`FROM ${persons}
      JOIN gemeente g ON g.id = p.gemeente_id
      JOIN zvh_region r ON r.id = c.region_id
      ${textJoin}
      WHERE ${join(where, ' AND ')}`;
  const newestFirst = sort === 'laatste_signaal' && search.sort === 'relevantie';
  const descending = newestFirst !== search.descending;
  const direction = raw(descending ? 'DESC' : 'ASC');
  const rows = sql`SELECT ${COLUMNS}
              ${text ? sql`, ${text.rank} AS rank` : raw('')}
       ${from}
       ORDER BY ${ORDER[sort]} ${direction}, p.sort_key ASC, c.id ASC
       LIMIT ${search.limit} OFFSET ${search.offset}`;
  const count = sql`SELECT count(*) AS "n" FROM (SELECT 1 ${from} LIMIT ${COUNT_LIMIT + 1}) AS capped`;
  return { rows, count };
}
