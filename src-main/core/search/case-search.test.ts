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
        // The regions written in (access.ts regionList), then afgeschermd = false (0 on SQLite) and the caller.
        expect(sql).toMatch(/region_id IN \(2, 3\)/);
        expect(sql).toContain('casus_access');
        expect(params.slice(0, 2)).toEqual([0, 7]);
        // The same rule, first, on PostgreSQL.
        const pg = render(statement, 'postgres');
        expect(pg.text).toMatch(
          /region_id IN \(2, 3\) AND \(c\.afgeschermd = \$1 OR EXISTS .* named\.account_id = \$2\)/,
        );
        expect(pg.params.slice(0, 2)).toEqual([false, 7]);
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
    expect(pg.text).toContain('cs.words @@');
    expect(pg.params).toContain('% celik%');
    // Sorted by name without text: SQLite is told the join order, PostgreSQL chooses it.
    const byName = { ...search, text: '', sort: 'naam' as const };
    expect(render(searchSql(byName, scope).rows, 'sqlite').text).toContain('CROSS JOIN');
    expect(render(searchSql(byName, scope, 'postgres').rows, 'postgres').text).not.toContain('CROSS JOIN');
  });

  it('lets PostgreSQL plan by its statistics and count without repeating the joins', () => {
    const base = {
      text: '',
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
    for (const search of [
      { ...base, text: 'CTER-2026' },
      { ...base, sort: 'naam' as const },
    ]) {
      // SQLite keeps the region index out of the way; PostgreSQL gets the plain column.
      expect(render(searchSql(search, scope).rows, 'sqlite').text).toContain('+c.region_id IN');
      const pg = searchSql(search, scope, 'postgres');
      expect(render(pg.rows, 'postgres').text).not.toContain('+c.region_id');
      // Without a text a page can stop early: the count is its own query.
      expect(pg.countInRows).toBe(false);
      const count = render(pg.count, 'postgres').text;
      expect(count).not.toMatch(/JOIN (gemeente|zvh_region|person)/);
      // The page's bounds are in the text, so PostgreSQL's generic plan of the kept statement knows
      // how many rows the LIMIT keeps (as a parameter it kept planning every call).
      expect(count).toMatch(/LIMIT 1001\) AS capped/);
      expect(render(pg.rows, 'postgres').text).toMatch(/LIMIT 10 OFFSET 0$/);
    }
    expect(() => searchSql({ ...base, limit: 1.5 }, scope, 'postgres')).toThrow(/no page bound/);
    // A gemeente is a condition on the person: the count keeps that join.
    const inGemeente = searchSql({ ...base, gemeenteId: 4 }, scope, 'postgres');
    expect(render(inGemeente.count, 'postgres').text).toContain('JOIN person p');
    // Text: every match is read anyway, so the rows carry the count, on PostgreSQL only.
    const ranked = searchSql({ ...base, text: 'jan' }, scope, 'postgres');
    expect(ranked.countInRows).toBe(true);
    expect(render(ranked.rows, 'postgres').text).toContain('count(*) OVER () AS total');
    expect(searchSql({ ...base, text: 'jan' }, scope).countInRows).toBe(true);
    expect(searchSql({ ...base, text: 'jan', sort: 'naam' }, scope, 'postgres').countInRows).toBe(true);
  });

  it('ranks the matches of a text from the FTS5 table and casus, reading person only when asked for', () => {
    const search = {
      text: 'bak',
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
    /** The ranking step (the newest matches), where each match is read. */
    const newest = (query: typeof search | Record<string, unknown>) =>
      /WITH newest AS MATERIALIZED \(([\s\S]*?)\),\s*bounds/.exec(
        render(searchSql({ ...search, ...query }, scope).rows, 'sqlite').text,
      )![1]!;
    // The name order that breaks ties is casus's copy of it (migration 0029).
    expect(newest({})).not.toContain('person');
    expect(newest({ sort: 'naam' })).not.toContain('person');
    expect(newest({ sort: 'naam' })).toContain('c.sort_key');
    expect(newest({ sort: 'geboortejaar' })).toContain('JOIN person p');
    // A gemeente is a token in the FTS5 table (migration 0031): the index narrows, no person is read,
    // and the typed words are kept to the text columns.
    expect(newest({ gemeenteId: 3 })).not.toContain('person');
    const inGemeente = searchSql({ ...search, gemeenteId: 3 }, scope);
    for (const statement of [inGemeente.rows, inGemeente.count]) {
      const { text, params } = render(statement, 'sqlite');
      expect(text).not.toMatch(/gemeente_id = \?/);
      expect(params).toContain('{naam aliases overig} : ("bak"*) AND kenmerk : "ǥ3"');
    }
    expect(render(searchSql(search, scope).rows, 'sqlite').params).toContain('{naam aliases overig} : ("bak"*)');
  });

  it('counts the matches of a text and drops the one past the cap with one aggregate, not window functions', () => {
    const search = {
      text: 'bak',
      states: [],
      gemeenteId: null,
      regionId: null,
      ideologie: null,
      sort: 'relevantie' as const,
      descending: false,
      offset: 0,
      limit: 10,
    };
    const { text, params } = render(searchSql(search, { accountId: 7, regionIds: [2] }).rows, 'sqlite');
    // Two window functions over the up to 1,001 matches were two more passes and a sort of them:
    // twice the work of everything else at the cap (docs/benchmarks.md, issue 20).
    expect(text).not.toMatch(/\bOVER\b/);
    expect(text).toContain('bounds AS (SELECT count(*) AS total, min(id) AS oldest FROM newest)');
    // The newest matches are read once, for the count and for the page.
    expect(text).toContain('WITH newest AS MATERIALIZED (');
    expect(params).toContain(1000);
  });
});
