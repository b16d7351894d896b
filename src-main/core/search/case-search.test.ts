import { describe, expect, it } from 'vitest';
import { render } from '../db/sql';
import { caseNumberPrefix, ftsQuery, searchSql } from './case-search';

describe('search query building', () => {
  it('turns typed words into prefix terms without diacritics', () => {
    expect(ftsQuery('Ömer  Çel')).toBe('"omer"* "cel"*');
    expect(ftsQuery('  -- ')).toBeNull();
    // Quotes and FTS syntax typed by a user are only separators.
    expect(ftsQuery('a" OR b*')).toBe('"a"* "or"* "b"*');
  });

  it('recognises a case number or its start', () => {
    expect(caseNumberPrefix('CTER-2026-0042')).toBe('CTER-2026-0042');
    expect(caseNumberPrefix('cter 2026')).toBe('CTER-2026');
    expect(caseNumberPrefix('2026-004')).toBe('CTER-2026-004');
    expect(caseNumberPrefix('2026')).toBeNull();
    expect(caseNumberPrefix('jan 2026')).toBeNull();
  });

  it('always restricts to the caller’s regions and shielding, whatever the query', () => {
    for (const text of ['', 'jan', 'CTER-2026']) {
      const statements = searchSql(
        {
          text,
          states: [],
          gemeenteId: null,
          regionId: null,
          ideologie: null,
          sort: 'naam',
          descending: false,
          offset: 0,
          limit: 10,
        },
        { accountId: 7, regionIds: [2, 3] },
      );
      for (const statement of [statements.rows, statements.count]) {
        const { text: sql, params } = render(statement, 'sqlite');
        expect(sql).toMatch(/region_id IN \(\?, \?\)/);
        expect(sql).toContain('casus_access');
        // Regions, afgeschermd = false (0 on SQLite), the caller.
        expect(params.slice(0, 4)).toEqual([2, 3, 0, 7]);
        // The same rule, first, on PostgreSQL.
        const pg = render(statement, 'postgres');
        expect(pg.text).toMatch(/region_id IN \(\$1, \$2\)/);
        expect(pg.params.slice(0, 4)).toEqual([2, 3, false, 7]);
      }
    }
  });

  it('writes each engine its own text match and join order', () => {
    const search = {
      text: 'Çelik',
      states: [],
      gemeenteId: null,
      regionId: null,
      ideologie: null,
      sort: 'relevantie' as const,
      descending: false,
      offset: 0,
      limit: 10,
    };
    const scope = { accountId: 7, regionIds: [2] };
    const sqlite = render(searchSql(search, scope).rows, 'sqlite').text;
    expect(sqlite).toContain('casus_search MATCH');
    expect(sqlite).toContain('bm25(');
    const pg = render(searchSql(search, scope, 'postgres').rows, 'postgres');
    expect(pg.text).not.toMatch(/MATCH|bm25|rowid|\?/);
    expect(pg.text).toContain('cs.document @@');
    expect(pg.params).toContain('% celik%');
    // Sorted by name without text: SQLite is told the join order, PostgreSQL chooses it.
    const byName = { ...search, text: '', sort: 'naam' as const };
    expect(render(searchSql(byName, scope).rows, 'sqlite').text).toContain('CROSS JOIN');
    expect(render(searchSql(byName, scope, 'postgres').rows, 'postgres').text).not.toContain('CROSS JOIN');
  });
});
