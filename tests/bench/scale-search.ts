// The case search's part of the scale suite (issue 20, migration 0031): the mix's statements raw as
// they are, as they were before 0031 (search-before-0031.ts) and as they were before a text's
// matches were counted without window functions (search-before-bounds.ts), on the same file, in
// the suite's interleaved loop; with CTER_BENCH_SCALE_SEARCH_KINDS=1 also each kind of the mix
// apart (through dispatch, raw now, raw before 0031, raw before 0036 — the state kind's list by
// name walked the persons, search-before-0036.ts —, raw with the windows), so a kind's growth has
// 50 samples of its own. Before the loop, every query of the mix is run each way and must give the
// same page and count.
import type Driver from 'better-sqlite3-multiple-ciphers';
import type { AccessScope } from '../../src-main/core/access/access';
import { render, type Sql } from '../../src-main/core/db/sql';
import { searchSql, type SearchQuery } from '../../src-main/core/search/case-search';
import { QUERY_KINDS } from './casework.bench';
import { searchSqlBefore0031 } from './search-before-0031';
import { searchSqlBeforeBounds } from './search-before-bounds';
import { searchSqlBefore0036 } from './search-before-0036';

const KINDS = process.env['CTER_BENCH_SCALE_SEARCH_KINDS'] === '1';

export interface SearchMeasure {
  key: string;
  label: string;
  run: (i: number) => unknown;
}

type Statements = (q: SearchQuery, scope: AccessScope) => { rows: Sql; count: Sql; countInRows: boolean };

type Rendered = { text: string; params: unknown[] };

/** A search's statements prepared on the handle: run gives the page's rows and the count. */
function prepared(
  handle: Driver.Database,
  statements: ReturnType<Statements> | { rows: Rendered; count: Rendered; countInRows: boolean },
) {
  const [page, total] = [statements.rows, statements.count].map((statement) => {
    const { text, params } = 'text' in statement ? statement : render(statement, 'sqlite');
    return { statement: handle.prepare(text), params };
  });
  return () => {
    const found = page!.statement.all(...page!.params) as { caseId: number; total?: number }[];
    const n =
      statements.countInRows && found.length
        ? found[0]!.total
        : (total!.statement.get(...total!.params) as { n: number }).n;
    return { ids: found.map((row) => row.caseId), n };
  };
}

/**
 * The measures of the search's comparison for the mix `mix` (casework's 200 queries, kind = index
 * modulo QUERY_KINDS), with `dispatch` for a query through core. Throws when a query's answer
 * before 0031 differs from now's.
 */
export function searchMeasures(
  handle: Driver.Database,
  mix: SearchQuery[],
  scope: AccessScope,
  dispatch: (q: SearchQuery) => Promise<unknown>,
): SearchMeasure[] {
  const now = mix.map((q) => prepared(handle, searchSql(q, scope)));
  const before = mix.map((q) => prepared(handle, searchSqlBefore0031(q, scope)));
  const windows = mix.map((q) => prepared(handle, searchSqlBeforeBounds(q, scope)));
  const persons = mix.map((q) => prepared(handle, searchSqlBefore0036(q, scope)));
  mix.forEach((q, i) => {
    const [a, b, c] = [now[i]!(), before[i]!(), windows[i]!()];
    if (JSON.stringify(a) !== JSON.stringify(persons[i]!()))
      throw new Error(`answers differ from before 0036's for ${JSON.stringify(q)}`);
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`search answers differ for ${JSON.stringify(q)}`);
    if (JSON.stringify(a) !== JSON.stringify(c))
      throw new Error(`answers differ from the windows' for ${JSON.stringify(q)}`);
  });
  console.info(
    `   case search: the ${mix.length} queries of the mix answer the same before and after 0031, with window functions, and before 0036`,
  );
  const measures: SearchMeasure[] = [
    {
      key: 'search-sql-before-0031',
      label: 'case search, casework mix, its SQL raw as before migration 0031',
      run: (i) => before[i % mix.length]!(),
    },
    {
      key: 'search-sql-windows',
      label: 'case search, casework mix, its SQL raw as before bounds (window functions)',
      run: (i) => windows[i % mix.length]!(),
    },
  ];
  if (!KINDS) return measures;
  QUERY_KINDS.forEach((kind, k) => {
    const of = mix.map((_, i) => i).filter((i) => i % QUERY_KINDS.length === k);
    const pick = (i: number) => of[i % of.length]!;
    measures.push(
      { key: `search-${k}`, label: `case search, ${kind}, through dispatch`, run: (i) => dispatch(mix[pick(i)]!) },
      { key: `search-${k}-sql`, label: `case search, ${kind}, its SQL raw`, run: (i) => now[pick(i)]!() },
      {
        key: `search-${k}-sql-before-0031`,
        label: `case search, ${kind}, its SQL raw as before 0031`,
        run: (i) => before[pick(i)]!(),
      },
      {
        key: `search-${k}-sql-before-0036`,
        label: `case search, ${kind}, its SQL raw as before 0036 (a state by name: the persons walked)`,
        run: (i) => persons[pick(i)]!(),
      },
      {
        key: `search-${k}-sql-windows`,
        label: `case search, ${kind}, its SQL raw as before bounds (window functions)`,
        run: (i) => windows[pick(i)]!(),
      },
    );
  });
  return measures;
}
