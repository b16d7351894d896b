// Search over persons and their cases. The interface is small on purpose: a PostgreSQL
// installation implements it with tsvector/unaccent; this file is the SQLite one, on an FTS5 table
// (`casus_search`, one row per casus, rowid = casus id) with `unicode61 remove_diacritics 2`, so
// "celik" finds "Çelik" and prefixes match while typing. Access rules are applied in the same
// query (the access module's `visibleSql`), so a hidden casus never reaches the result, the count
// or the ranking. The SQL is SQLite's own (MATCH, bm25, rowid, CROSS JOIN ... ON).
import type { EntityManager } from 'typeorm';
import type { SearchRow } from '../../../src-shared/ipc/search';
import type { CaseState } from '../../../src-shared/domain/casus';
import { formatMessage } from '../../../src-shared/i18n/messages';
import { visibleSql, type AccessScope } from '../access/access';
import { join, list, query, raw, sql, type Sql } from '../db/sql';

export interface SearchQuery {
  text: string;
  states: CaseState[];
  gemeenteId: number | null;
  regionId: number | null;
  ideologie: string | null;
  sort: 'relevantie' | 'naam' | 'geboortejaar' | 'laatste_signaal' | 'status' | 'nummer';
  descending: boolean;
  offset: number;
  limit: number;
}

export interface CaseSearch {
  /** Brings the index row of one casus up to date (after any change to it or its person). */
  index(manager: EntityManager, caseId: number): Promise<void>;
  remove(manager: EntityManager, caseId: number): Promise<void>;
  search(
    manager: EntityManager,
    query: SearchQuery,
    scope: AccessScope,
  ): Promise<{ total: number; capped: boolean; rows: SearchRow[] }>;
}

/** A typed case number (or its start): "CTER-2026-0042", "cter 2026", "2026-004". */
const CASE_NUMBER = /^\s*(?:cter[\s-]*)?(\d{4})(?:[\s-]+(\d{1,6}))?\s*$/i;

export function caseNumberPrefix(text: string): string | null {
  const match = CASE_NUMBER.exec(text);
  if (!match || !/cter|-/i.test(text)) return null;
  return `CTER-${match[1]}${match[2] ? `-${match[2]}` : ''}`;
}

/** At most this many results are counted; the list says "more than" beyond it. */
export const COUNT_LIMIT = 1000;

/** "jan bak" -> `"jan"* "bak"*`: every word must match, each as a prefix. */
export function ftsQuery(text: string): string | null {
  const tokens = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const unique = [...new Set(tokens)];
  return unique.length ? unique.map((token) => `"${token}"*`).join(' ') : null;
}

const ORDER: Record<SearchQuery['sort'], Sql> = {
  relevantie: raw('rank'),
  naam: raw('p.sort_key'),
  geboortejaar: raw('p.geboortejaar'),
  laatste_signaal: raw('c.last_signal_at'),
  status: raw('c.state'),
  nummer: raw('c.number'),
};

interface Row {
  caseId: number;
  caseNumber: string;
  state: CaseState;
  personId: number;
  naam: string;
  roepnaam: string;
  aliases: string;
  geboortejaar: number | null;
  gemeente: string;
  region: string;
  lastSignal: string | null;
  afgeschermd: number | boolean;
  restricted: number | boolean;
}

/** The SQL of a search, one page and the capped count (for the service and the benchmark's raw run). */
export function searchSql(search: SearchQuery, scope: AccessScope): { rows: Sql; count: Sql } {
  // A case number is looked up in its own index (a range on the unique number), not in the text.
  const number = caseNumberPrefix(search.text);
  const fts = number ? null : ftsQuery(search.text);
  const sort = search.sort === 'relevantie' && !fts ? (number ? 'nummer' : 'laatste_signaal') : search.sort;
  // Sorted by name without a text to match: walk the persons in name order and stop at the
  // page's end instead of sorting every visible casus (CROSS JOIN fixes SQLite's join order).
  const personsFirst = !fts && !number && sort === 'naam';
  // Where another index should lead (the number, the name order), the region test must not.
  const where = [visibleSql(scope, 'c', { regionIndex: !(number || personsFirst) })];
  if (fts) where.push(sql`casus_search MATCH ${fts}`);
  if (number) where.push(sql`c.number >= ${number} AND c.number < ${`${number}~`}`);
  if (search.states.length) where.push(sql`c.state IN ${list(search.states)}`);
  if (search.gemeenteId) where.push(sql`p.gemeente_id = ${search.gemeenteId}`);
  if (search.regionId) where.push(sql`c.region_id = ${search.regionId}`);
  if (search.ideologie) {
    where.push(sql`EXISTS (SELECT 1 FROM signal si WHERE si.casus_id = c.id AND si.ideologie = ${search.ideologie})`);
  }
  const from = sql`FROM ${raw(personsFirst ? 'person p CROSS JOIN casus c ON c.person_id = p.id' : 'casus c JOIN person p ON p.id = c.person_id')}
      JOIN gemeente g ON g.id = p.gemeente_id
      JOIN zvh_region r ON r.id = c.region_id
      ${raw(fts ? 'JOIN casus_search ON casus_search.rowid = c.id' : '')}
      WHERE ${join(where, ' AND ')}`;
  const newestFirst = sort === 'laatste_signaal' && search.sort === 'relevantie';
  const direction = raw(newestFirst !== search.descending ? 'DESC' : 'ASC');
  const rows = sql`SELECT c.id AS "caseId", c.number AS "caseNumber", c.state AS "state", p.id AS "personId", p.naam AS "naam",
              p.roepnaam AS "roepnaam", p.aliases AS "aliases", p.geboortejaar AS "geboortejaar", g.name AS "gemeente",
              r.name AS "region", c.last_signal_at AS "lastSignal", c.afgeschermd AS "afgeschermd", p.restricted AS "restricted"
              ${raw(fts ? ', bm25(casus_search, 10.0, 5.0, 1.0) AS rank' : '')}
       ${from}
       ORDER BY ${ORDER[sort]} ${direction}, p.sort_key ASC, c.id ASC
       LIMIT ${search.limit} OFFSET ${search.offset}`;
  // Counting stops past COUNT_LIMIT: beyond it the list says "more than 1,000".
  const count = sql`SELECT count(*) AS "n" FROM (SELECT 1 ${from} LIMIT ${COUNT_LIMIT + 1}) AS capped`;
  return { rows, count };
}

export const sqliteCaseSearch: CaseSearch = {
  async index(manager, caseId) {
    const [row] = await query<{
      number: string;
      state: CaseState;
      naam: string;
      roepnaam: string;
      aliases: string;
      geboortejaar: number | null;
      gemeente: string;
    }>(
      manager,
      sql`SELECT c.number AS "number", c.state AS "state", p.naam AS "naam", p.roepnaam AS "roepnaam", p.aliases AS "aliases",
                 p.geboortejaar AS "geboortejaar", g.name AS "gemeente"
          FROM casus c JOIN person p ON p.id = c.person_id JOIN gemeente g ON g.id = p.gemeente_id
          WHERE c.id = ${caseId}`,
    );
    await query(manager, sql`DELETE FROM casus_search WHERE rowid = ${caseId}`);
    if (!row) return;
    const aliases = (JSON.parse(row.aliases) as string[]).join(' ');
    const state = formatMessage('nl', `caseStates.${row.state}`);
    await query(
      manager,
      sql`INSERT INTO casus_search (rowid, naam, aliases, overig)
          VALUES (${caseId}, ${`${row.naam} ${row.roepnaam}`}, ${aliases}, ${`${row.geboortejaar ?? ''} ${row.gemeente} ${row.number} ${state}`})`,
    );
  },

  async remove(manager, caseId) {
    await query(manager, sql`DELETE FROM casus_search WHERE rowid = ${caseId}`);
  },

  async search(manager, search, scope) {
    if (scope.regionIds.length === 0) return { total: 0, capped: false, rows: [] };
    const statements = searchSql(search, scope);
    const rows = await query<Row>(manager, statements.rows);
    const [count] = await query<{ n: number }>(manager, statements.count);
    return {
      total: Math.min(Number(count?.n ?? 0), COUNT_LIMIT),
      capped: Number(count?.n ?? 0) > COUNT_LIMIT,
      rows: rows.map((row) => ({
        caseId: row.caseId,
        caseNumber: row.caseNumber,
        state: row.state,
        personId: row.personId,
        naam: row.naam,
        roepnaam: row.roepnaam,
        aliases: JSON.parse(row.aliases) as string[],
        geboortejaar: row.geboortejaar,
        gemeente: row.gemeente,
        region: row.region,
        lastSignal: row.lastSignal,
        afgeschermd: Boolean(row.afgeschermd),
        restricted: Boolean(row.restricted),
      })),
    };
  },
};
