// Search over persons and their cases. The interface is small on purpose: a PostgreSQL
// installation implements it with tsvector/unaccent; this file is the SQLite one, on an FTS5 table
// (`casus_search`, one row per casus, rowid = casus id) with `unicode61 remove_diacritics 2`, so
// "celik" finds "Çelik" and prefixes match while typing. Access rules are applied in the same
// query (whereVisible's SQL), so a hidden casus never reaches the result, the count or the ranking.
import type { EntityManager } from 'typeorm';
import type { SearchRow } from '../../../src-shared/ipc/search';
import type { CaseState } from '../../../src-shared/domain/casus';
import { formatMessage } from '../../../src-shared/i18n/messages';
import type { AccessScope } from '../access/access';

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

const ORDER: Record<SearchQuery['sort'], string> = {
  relevantie: 'rank',
  naam: 'p.sort_key',
  geboortejaar: 'p.geboortejaar',
  laatste_signaal: 'c.last_signal_at',
  status: 'c.state',
  nummer: 'c.number',
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
  afgeschermd: number;
  restricted: number;
}

/** The SQL of a search (for the service and for the benchmark's raw comparison). */
export function searchSql(
  query: SearchQuery,
  scope: AccessScope,
): { sql: string; countSql: string; params: unknown[] } {
  // A case number is looked up in its own index (a range on the unique number), not in the text.
  const number = caseNumberPrefix(query.text);
  const fts = number ? null : ftsQuery(query.text);
  const sort = query.sort === 'relevantie' && !fts ? (number ? 'nummer' : 'laatste_signaal') : query.sort;
  // Sorted by name without a text to match: walk the persons in name order and stop at the
  // page's end instead of sorting every visible casus (CROSS JOIN fixes SQLite's join order).
  const personsFirst = !fts && !number && sort === 'naam';
  // Where another index should lead (the number, the name order), the region test must not
  // (a unary + keeps SQLite from using the region index for it).
  const region = number || personsFirst ? '+c.region_id' : 'c.region_id';
  const where: string[] = [
    `${region} IN (${scope.regionIds.map(() => '?').join(', ')})`,
    '(c.afgeschermd = 0 OR EXISTS (SELECT 1 FROM casus_access ca WHERE ca.casus_id = c.id AND ca.account_id = ?))',
  ];
  const params: unknown[] = [...scope.regionIds, scope.accountId];
  if (fts) {
    where.push('casus_search MATCH ?');
    params.push(fts);
  }
  if (number) {
    where.push('c.number >= ? AND c.number < ?');
    params.push(number, `${number}~`);
  }
  if (query.states.length) {
    where.push(`c.state IN (${query.states.map(() => '?').join(', ')})`);
    params.push(...query.states);
  }
  if (query.gemeenteId) {
    where.push('p.gemeente_id = ?');
    params.push(query.gemeenteId);
  }
  if (query.regionId) {
    where.push('c.region_id = ?');
    params.push(query.regionId);
  }
  if (query.ideologie) {
    where.push('EXISTS (SELECT 1 FROM signal si WHERE si.casus_id = c.id AND si.ideologie = ?)');
    params.push(query.ideologie);
  }
  const from = `FROM ${personsFirst ? 'person p CROSS JOIN casus c ON c.person_id = p.id' : 'casus c JOIN person p ON p.id = c.person_id'}
      JOIN gemeente g ON g.id = p.gemeente_id
      JOIN zvh_region r ON r.id = c.region_id
      ${fts ? 'JOIN casus_search ON casus_search.rowid = c.id' : ''}
      WHERE ${where.join(' AND ')}`;
  const newestFirst = sort === 'laatste_signaal' && query.sort === 'relevantie';
  const direction = newestFirst !== query.descending ? 'DESC' : 'ASC';
  const sql = `SELECT c.id AS caseId, c.number AS caseNumber, c.state AS state, p.id AS personId, p.naam AS naam,
              p.roepnaam AS roepnaam, p.aliases AS aliases, p.geboortejaar AS geboortejaar, g.name AS gemeente,
              r.name AS region, c.last_signal_at AS lastSignal, c.afgeschermd AS afgeschermd, p.restricted AS restricted
              ${fts ? ', bm25(casus_search, 10.0, 5.0, 1.0) AS rank' : ''}
       ${from}
       ORDER BY ${ORDER[sort]} ${direction}, p.sort_key ASC, c.id ASC
       LIMIT ? OFFSET ?`;
  // Counting stops past COUNT_LIMIT: beyond it the list says "more than 1,000".
  return { sql, countSql: `SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${COUNT_LIMIT + 1})`, params };
}

export const sqliteCaseSearch: CaseSearch = {
  async index(manager, caseId) {
    const [row] = (await manager.query(
      `SELECT c.number, c.state, p.naam, p.roepnaam, p.aliases, p.geboortejaar, g.name AS gemeente
       FROM casus c JOIN person p ON p.id = c.person_id JOIN gemeente g ON g.id = p.gemeente_id
       WHERE c.id = ?`,
      [caseId],
    )) as {
      number: string;
      state: CaseState;
      naam: string;
      roepnaam: string;
      aliases: string;
      geboortejaar: number | null;
      gemeente: string;
    }[];
    await manager.query('DELETE FROM casus_search WHERE rowid = ?', [caseId]);
    if (!row) return;
    const aliases = (JSON.parse(row.aliases) as string[]).join(' ');
    const state = formatMessage('nl', `caseStates.${row.state}`);
    await manager.query('INSERT INTO casus_search (rowid, naam, aliases, overig) VALUES (?, ?, ?, ?)', [
      caseId,
      `${row.naam} ${row.roepnaam}`,
      aliases,
      `${row.geboortejaar ?? ''} ${row.gemeente} ${row.number} ${state}`,
    ]);
  },

  async remove(manager, caseId) {
    await manager.query('DELETE FROM casus_search WHERE rowid = ?', [caseId]);
  },

  async search(manager, query, scope) {
    if (scope.regionIds.length === 0) return { total: 0, capped: false, rows: [] };
    const { sql, countSql, params } = searchSql(query, scope);
    const rows = (await manager.query(sql, [...params, query.limit, query.offset])) as Row[];
    const [count] = (await manager.query(countSql, params)) as { n: number }[];
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
