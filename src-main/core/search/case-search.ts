// Search over persons and their cases, on either engine. The interface is small on purpose: each
// engine keeps its own index table (`casus_search`) and matches text its own way, the rest of a
// search (filters, access, order, count) is one query for both.
//
// - SQLite: an FTS5 table (one row per casus, rowid = casus id) with `unicode61 remove_diacritics 2`,
//   so "celik" finds "Çelik" and prefixes match while typing. MATCH, bm25 and rowid are SQLite's own.
//   Beside the three texts, `kenmerk` holds the person's gemeente as a token (migration 0031), so a
//   search within a gemeente is narrowed by the index; the typed words never reach that column.
// - PostgreSQL: the baseline's `casus_search` (casus_id, the same three texts) with a tsvector of
//   its words (migration 0015); postgres-text.ts says how it gives the same hits as FTS5.
//
// Access rules are applied in the same query (the access module's `visibleSql`), so a hidden casus
// never reaches the result, the count or the ranking.
import type { EntityManager } from 'typeorm';
import type { SearchRow } from '../../../src-shared/ipc/search';
import type { CaseState } from '../../../src-shared/domain/casus';
import { formatMessage } from '../../../src-shared/i18n/messages';
import { visibleSql, type AccessScope } from '../access/access';
import { dialectOf, join, list, query, raw, sql, type Dialect, type Sql } from '../db/sql';
import { readTogether } from '../db/kept';
import { indexText } from './postgres-text';
import { postgresTextSearchSql } from './postgres-search';
import { gemeenteToken, sqliteTextSearchSql } from './sqlite-search';
import { decodeCursor, encodeCursor, keysetSteps, type SortValue } from './keyset';

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
  /** The `next` of the page before (keyset.ts); when given, `offset` is not used. */
  after?: string | null;
}

export interface SearchResult {
  total: number;
  capped: boolean;
  rows: SearchRow[];
  /** Where the next page starts, when this one is full and the list is not ranked by a text. */
  next: string | null;
}

export interface CaseSearch {
  /** Brings the index row of one casus up to date (after any change to it or its person). */
  index(manager: EntityManager, caseId: number): Promise<void>;
  remove(manager: EntityManager, caseId: number): Promise<void>;
  search(manager: EntityManager, query: SearchQuery, scope: AccessScope): Promise<SearchResult>;
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

/**
 * The Turkish dotless ı (U+0131) as i: FTS5's unicode61 with `remove_diacritics` folds the dotted İ
 * to i but keeps ı a letter of its own (it has no decomposition), so "aydin" would not find "Aydın",
 * nor a typed "Aydın" (split at the ı by `ftsQuery`) find anything. The texts are folded before they
 * are indexed (migration 0030 folded the rows indexed before), and so is what is typed.
 */
export function foldDotlessI(text: string): string {
  return text.replace(/\u0131/g, 'i');
}

/** "jan bak" -> `"jan"* "bak"*`: every word must match, each as a prefix. */
export function ftsQuery(text: string): string | null {
  const tokens = foldDotlessI(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const unique = [...new Set(tokens)];
  return unique.length ? unique.map((token) => `"${token}"*`).join(' ') : null;
}

/** A list's sort column (a text is ordered in sqlite-search.ts / postgres-search.ts). */
const ORDER: Record<Exclude<SearchQuery['sort'], 'relevantie'>, Sql> = {
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
  sortKey: string;
}

/** A result row's columns (`Row`), from casus c, person p, gemeente g and zvh_region r. */
const COLUMNS =
  raw(`c.id AS "caseId", c.number AS "caseNumber", c.state AS "state", p.id AS "personId", p.naam AS "naam",
              p.roepnaam AS "roepnaam", p.aliases AS "aliases", p.geboortejaar AS "geboortejaar", g.name AS "gemeente",
              r.name AS "region", c.last_signal_at AS "lastSignal", c.afgeschermd AS "afgeschermd", p.restricted AS "restricted",
              p.sort_key AS "sortKey"`);

/** The value of a row in the list's sort column (what a keyset cursor holds). */
const SORT_VALUE: Record<Exclude<SearchQuery['sort'], 'relevantie'>, (row: Row) => SortValue> = {
  naam: (row) => row.sortKey,
  geboortejaar: (row) => row.geboortejaar,
  laatste_signaal: (row) => row.lastSignal,
  status: (row) => row.state,
  nummer: (row) => row.caseNumber,
};

/** How a list without a text is ordered: the column and direction a keyset page continues in. */
export interface ListOrder {
  sort: Exclude<SearchQuery['sort'], 'relevantie'>;
  column: Sql;
  descending: boolean;
  /** The name order that breaks ties: casus's copy or the person's own (equal, migration 0029). */
  tie: Sql;
}

/**
 * The SQL of a search, one page and the capped count (for the service and the benchmark's raw run).
 * `page` replaces OFFSET by a keyset condition (keyset.ts) and the limit for the rows only.
 */
export function searchSql(
  search: SearchQuery,
  scope: AccessScope,
  dialect: Dialect = 'sqlite',
  page?: { after: Sql; limit: number },
): { rows: Sql; count: Sql; countInRows: boolean; order: ListOrder | null } {
  // A case number is looked up in its own index (a range on the unique number), not in the text.
  const number = caseNumberPrefix(search.text);
  // A text is matched, ranked, counted and cut to its page before the page is joined, by each
  // engine in its own way (sqlite-search.ts, postgres-search.ts); the rest below is a list without
  // a text, or a case number, on both engines.
  const fts = dialect === 'sqlite' && !number ? ftsQuery(search.text) : null;
  const ranked = number
    ? null
    : fts
      ? sqliteTextSearchSql(search, fts, scope, COLUMNS, COUNT_LIMIT)
      : dialect === 'postgres'
        ? postgresTextSearchSql(search, scope, COLUMNS, COUNT_LIMIT)
        : null;
  if (ranked) return { ...ranked, countInRows: true, order: null };
  const sort = search.sort === 'relevantie' ? (number ? 'nummer' : 'laatste_signaal') : search.sort;
  // Sorted by name without a text to match: walk the persons in name order and stop at the
  // page's end instead of sorting every visible casus (CROSS JOIN fixes SQLite's join order;
  // PostgreSQL's planner chooses its own).
  // One state in name order (the monitoring list, A to Z): casus's copy of the name (0029) and
  // `casus_state_name` (migration 0036, state, name, id, region, shielding) give the page by walking
  // that state's range of the index, the access rule tested on its entries, and stop after the
  // page; the casus and person rows are read for the page's rows only (at 300,000 persons 431 pages
  // against 4,680 walking the persons). More states or none: the persons in name order, as before.
  const stateByName = !number && sort === 'naam' && search.states.length === 1;
  const personsFirst = !number && sort === 'naam' && !stateByName;
  // Where another index should lead (the number, the name order, the date), the region test must not: on
  // SQLite `+c.region_id` hides the region index. Not on PostgreSQL, where the planner picks by its
  // statistics and the `+` would hide the column's (it then guessed 1.5% of the visible cases and
  // sorted a year's cases instead of walking the number index to the page's end).
  // The list as it opens (newest signal first, no text) walks `casus_list_signal` (0029) likewise.
  const byDate = !number && sort === 'laatste_signaal';
  // Ties in the date are broken by the name: casus's copy of it (migration 0029), so that
  // `casus_list_signal` holds the whole order and the page stops after its rows instead of reading
  // and sorting every casus of the newest day (their number grows with the data). Elsewhere the
  // person's own, which is the same text.
  const tie = raw(byDate || stateByName ? 'c.sort_key' : 'p.sort_key');
  const regionIndex = dialect === 'postgres' || !(number || personsFirst || byDate || stateByName);
  const filters: Sql[] = [];
  if (number) filters.push(sql`c.number >= ${number} AND c.number < ${`${number}~`}`);
  if (search.states.length) filters.push(sql`c.state IN ${list(search.states)}`);
  if (search.gemeenteId) filters.push(sql`p.gemeente_id = ${search.gemeenteId}`);
  if (search.regionId) filters.push(sql`c.region_id = ${search.regionId}`);
  if (search.ideologie) {
    filters.push(sql`EXISTS (SELECT 1 FROM signal si WHERE si.casus_id = c.id AND si.ideologie = ${search.ideologie})`);
  }
  const where = [visibleSql(scope, 'c', { regionIndex }), ...filters];
  const persons = personsFirst
    ? raw(`person p ${dialect === 'sqlite' ? 'CROSS JOIN' : 'JOIN'} casus c ON c.person_id = p.id`)
    : raw('casus c JOIN person p ON p.id = c.person_id');
  const from = sql`FROM ${persons}
      JOIN gemeente g ON g.id = p.gemeente_id
      JOIN zvh_region r ON r.id = c.region_id
      WHERE ${join(where, ' AND ')}`;
  const newestFirst = sort === 'laatste_signaal' && search.sort === 'relevantie';
  const descending = newestFirst !== search.descending;
  const direction = raw(descending ? 'DESC' : 'ASC');
  const column = stateByName ? tie : ORDER[sort];
  const order = { sort, column, descending, tie };
  const keyset = page ? sql` AND ${page.after}` : raw('');
  // The count is a query of its own here (a text is counted with its page): without a text a
  // page can stop early (an index in the sort order). Where the sort column is the name itself,
  // the name is not repeated as the tie (the same order; SQLite then sorts nothing ascending).
  const ties = column === tie ? raw('') : sql`${tie} ASC, `;
  const rows = sql`SELECT ${COLUMNS}
       ${from}${keyset}
       ORDER BY ${column} ${direction}, ${ties}c.id ASC
       ${page ? sql`LIMIT ${page.limit}` : sql`LIMIT ${constant(search.limit)} OFFSET ${constant(search.offset)}`}`;
  // Counting stops past COUNT_LIMIT: beyond it the list says "more than 1,000". Every casus has
  // exactly one person, gemeente and region (NOT NULL foreign keys), and neither engine drops such
  // joins itself, so the count leaves out the ones no condition needs; with no order to follow, it
  // may take the region index (but for a case number, whose own index leads).
  const countWhere = [visibleSql(scope, 'c', { regionIndex: dialect === 'postgres' || !number }), ...filters];
  const countFrom = sql`FROM casus c ${search.gemeenteId ? raw('JOIN person p ON p.id = c.person_id') : raw('')}
      WHERE ${join(countWhere, ' AND ')}`;
  const count = sql`SELECT count(*) AS "n" FROM (SELECT 1 ${countFrom} LIMIT ${constant(COUNT_LIMIT + 1)}) AS capped`;
  return { rows, count, countInRows: false, order };
}

/**
 * A page's size or start written into the text, not bound: as a parameter PostgreSQL's generic plan
 * cannot know how many rows the LIMIT keeps (it guesses a tenth of the matches), prices the walk of
 * the list's index too high and keeps planning each call (0 generic plans of 30 for the list and its
 * count on the 100k data, docs/benchmarks.md "Both engines"); with the number in the text the kept
 * statement (readTogether) is planned once per connection. A few texts (the pages are of one size
 * and start at 0: later pages go by keyset), within readTogether's MAX_PREPARED.
 */
function constant(value: number): Sql {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`no page bound: ${value}`);
  return raw(String(value));
}

/** The texts of one casus that the index holds: names, aliases, and the rest. */
async function indexTexts(
  manager: EntityManager,
  caseId: number,
): Promise<{ naam: string; aliases: string; overig: string; gemeenteId: number } | null> {
  const [row] = await query<{
    number: string;
    state: CaseState;
    naam: string;
    roepnaam: string;
    aliases: string;
    geboortejaar: number | null;
    gemeente: string;
    gemeenteId: number;
  }>(
    manager,
    sql`SELECT c.number AS "number", c.state AS "state", p.naam AS "naam", p.roepnaam AS "roepnaam", p.aliases AS "aliases",
               p.geboortejaar AS "geboortejaar", g.name AS "gemeente", g.id AS "gemeenteId"
        FROM casus c JOIN person p ON p.id = c.person_id JOIN gemeente g ON g.id = p.gemeente_id
        WHERE c.id = ${caseId}`,
  );
  if (!row) return null;
  const state = formatMessage('nl', `caseStates.${row.state}`);
  return {
    naam: `${row.naam} ${row.roepnaam}`,
    aliases: (JSON.parse(row.aliases) as string[]).join(' '),
    overig: `${row.geboortejaar ?? ''} ${row.gemeente} ${row.number} ${state}`,
    gemeenteId: Number(row.gemeenteId),
  };
}

/** One page of results and the capped count, on the manager's engine. */
async function runSearch(manager: EntityManager, search: SearchQuery, scope: AccessScope): Promise<SearchResult> {
  if (scope.regionIds.length === 0) return { total: 0, capped: false, rows: [], next: null };
  const dialect = dialectOf(manager);
  const statements = searchSql(search, scope, dialect);
  const { order } = statements;
  let rows: (Row & { total?: number | string })[];
  let countRows: { n: number | string }[] | undefined;
  if (search.after && order) {
    // After a cursor: the rows that follow it, in one or two index ranges (keyset.ts).
    const cursor = decodeCursor(search.after, order.sort === 'geboortejaar');
    rows = [];
    for (const after of keysetSteps(order.column, order.descending, dialect, cursor, order.tie)) {
      if (rows.length >= search.limit) break;
      const page = { after, limit: search.limit - rows.length };
      rows.push(...(await query<Row>(manager, searchSql(search, scope, dialect, page).rows)));
    }
  } else if (!statements.countInRows) {
    // The list without a text (and a case number): its page and its count are both read, so on
    // PostgreSQL they go in one round trip, each a statement kept per connection (readTogether:
    // parsed, rewritten with the policies and, when PostgreSQL keeps a generic plan, planned once
    // per connection; docs/benchmarks.md "Both engines"). On SQLite one after the other, as before.
    ({ rows, count: countRows } = await readTogether<{
      rows: (Row & { total?: number | string })[];
      count: { n: number | string }[];
    }>(manager, { rows: { rows: statements.rows }, count: { rows: statements.count } }));
  } else {
    rows = await query<Row & { total?: number | string }>(manager, statements.rows);
  }
  // A page past the last match has no row to carry the count: then it is counted apart.
  const counted = statements.countInRows ? rows[0]?.total : undefined;
  countRows ??= counted === undefined ? await query<{ n: number | string }>(manager, statements.count) : [];
  const n = Number(counted ?? countRows[0]?.n ?? 0);
  const last = rows[rows.length - 1];
  const next =
    order && last && rows.length === search.limit
      ? encodeCursor({ value: SORT_VALUE[order.sort](last), sortKey: last.sortKey, caseId: last.caseId })
      : null;
  return {
    total: Math.min(n, COUNT_LIMIT),
    capped: n > COUNT_LIMIT,
    next,
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
}

export const sqliteCaseSearch: CaseSearch = {
  async index(manager, caseId) {
    const texts = await indexTexts(manager, caseId);
    await query(manager, sql`DELETE FROM casus_search WHERE rowid = ${caseId}`);
    if (!texts) return;
    await query(
      manager,
      sql`INSERT INTO casus_search (rowid, naam, aliases, overig, kenmerk)
          VALUES (${caseId}, ${foldDotlessI(texts.naam)}, ${foldDotlessI(texts.aliases)}, ${foldDotlessI(texts.overig)},
                  ${gemeenteToken(texts.gemeenteId)})`,
    );
  },

  async remove(manager, caseId) {
    await query(manager, sql`DELETE FROM casus_search WHERE rowid = ${caseId}`);
  },

  search: runSearch,
};

/**
 * The same on PostgreSQL. The row goes with its casus (ON DELETE CASCADE); `remove` is for a casus
 * that stays. Shielding (afgeschermd) and a person's restriction are not in the index: the access
 * rule in the query decides who sees a casus, on both engines alike.
 */
export const postgresCaseSearch: CaseSearch = {
  async index(manager, caseId) {
    const texts = await indexTexts(manager, caseId);
    if (!texts) {
      await query(manager, sql`DELETE FROM casus_search WHERE casus_id = ${caseId}`);
      return;
    }
    const folded = (text: string) => sql`lower(cter_unaccent(${indexText(text)}))`;
    // With the texts, what the search needs of the casus and person (migration 0026; kept by its
    // triggers from then on).
    await query(
      manager,
      sql`INSERT INTO casus_search (casus_id, naam, aliases, overig, ${raw(SEARCH_FACT_COLUMNS)})
          SELECT c.id, ${folded(texts.naam)}, ${folded(texts.aliases)}, ${folded(texts.overig)},
                 c.person_id, c.region_id, c.afgeschermd, c.state, p.gemeente_id, p.sort_key
          FROM casus c JOIN person p ON p.id = c.person_id WHERE c.id = ${caseId}
          ON CONFLICT (casus_id) DO UPDATE SET naam = excluded.naam, aliases = excluded.aliases, overig = excluded.overig,
            ${raw(SEARCH_FACT_UPDATE)}`,
    );
  },

  async remove(manager, caseId) {
    await query(manager, sql`DELETE FROM casus_search WHERE casus_id = ${caseId}`);
  },

  search: runSearch,
};

/** casus_search's copies of casus and person on PostgreSQL (migration 0026), in the order written. */
const SEARCH_FACT_COLUMNS = 'person_id, region_id, afgeschermd, state, gemeente_id, sort_key';
const SEARCH_FACT_UPDATE = SEARCH_FACT_COLUMNS.split(', ')
  .map((column) => `${column} = excluded.${column}`)
  .join(', ');

/** The search for whichever store is open: each call goes to the implementation of its manager's engine. */
export function caseSearchByDialect(engines: Record<Dialect, CaseSearch>): CaseSearch {
  return {
    index: (manager, caseId) => engines[dialectOf(manager)].index(manager, caseId),
    remove: (manager, caseId) => engines[dialectOf(manager)].remove(manager, caseId),
    search: (manager, search, scope) => engines[dialectOf(manager)].search(manager, search, scope),
  };
}
