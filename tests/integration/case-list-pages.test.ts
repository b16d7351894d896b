// The case list's keyset pages (issue 20 item 2, search/keyset.ts): paging through the list with
// each page's `next` gives exactly the rows, in exactly the order, of one long page, for every sort
// in both directions, with ties in the sort value and in the name and with NULLs in the sort column
// (which the engines place differently). Both engines (the `postgres` project runs this file too).
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchRow } from '../../src-shared/ipc/search';
import { SEARCH_SORTS } from '../../src-shared/ipc/search';
import type { Core } from '../../src-main/core/core';
import { render, sql } from '../../src-main/core/db/sql';
import { searchSql } from '../../src-main/core/search/case-search';
import { addAccount, call, codeOf, loginAs, makeCore, rawSql, TEST_ENGINE, withDatabase } from './helpers';

type Page = { total: number; capped: boolean; rows: SearchRow[]; next: string | null };

let core: Core;
let anna: { id: number; username: string; password: string };
const NAMES = ['Ada Aksoy', 'Bo Bakker', 'Cas Claes', 'Dirk Dekker'];

beforeAll(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  anna = await addAccount(core, {
    username: 'anna',
    roles: ['procesregisseur'],
    regionIds: [1],
    displayName: 'Anna Aalders',
  });
  await loginAs(core, anna);
  for (let i = 0; i < 23; i++) {
    await call(core, 'signals:register', {
      person: {
        nieuw: {
          naam: `${NAMES[i % NAMES.length]} (fictief)`,
          geboortedatum: `${2000 + (i % 5)}-0${1 + (i % 9)}-1${i % 10}`,
          gemeenteId: 1,
        },
      },
      signal: {
        melderPartner: 'politie',
        ontvangen: `2026-0${1 + (i % 9)}-1${i % 7}`,
        omschrijving: 'Voorbeeld van een melding (fictief).',
        ideologie: 'jihadistisch',
        ernst: 'ernstig',
        bron: 'online',
      },
    });
  }
  // Ties in the date and NULLs in the sort columns, to page across.
  await rawSql(core, sql`UPDATE casus SET last_signal_at = NULL WHERE id % 5 = 0`);
  await rawSql(core, sql`UPDATE casus SET last_signal_at = '2026-04-04' WHERE id % 5 <> 0 AND id % 3 = 0`);
  await rawSql(core, sql`UPDATE person SET geboortejaar = NULL WHERE id % 4 = 1`);
}, 120_000);

const ask = (input: Record<string, unknown>) => call<Page>(core, 'search:query', input);

describe('keyset pages of the case list', () => {
  it('gives the rows of one long page, in its order, for every sort and direction', async () => {
    for (const sort of SEARCH_SORTS) {
      for (const descending of [false, true]) {
        const all = await ask({ sort, descending, limit: 500 });
        expect(all.rows).toHaveLength(23);
        const paged: SearchRow[] = [];
        let page = await ask({ sort, descending, limit: 4 });
        paged.push(...page.rows);
        let calls = 1;
        while (page.next) {
          page = await ask({ sort, descending, limit: 4, after: page.next, offset: 999 });
          expect(page.total).toBe(23);
          paged.push(...page.rows);
          calls++;
        }
        const label = `${sort} ${descending ? 'desc' : 'asc'}`;
        expect(
          paged.map((row) => row.caseId),
          label,
        ).toEqual(all.rows.map((row) => row.caseId));
        expect(calls, label).toBe(6);
      }
    }
  });

  it('lists one state in name order by its own index, in the order of the list without the filter', async () => {
    // Every casus seeded here is in one state: the list of that state is the whole list, so by
    // name it must give the whole list's rows in the same order, page after page, both ways.
    const [{ state }] = (await ask({ limit: 1 })).rows as [SearchRow];
    for (const descending of [false, true]) {
      const all = await ask({ sort: 'naam', descending, limit: 500 });
      const paged: SearchRow[] = [];
      let page = await ask({ sort: 'naam', descending, states: [state], limit: 4 });
      paged.push(...page.rows);
      while (page.next) {
        page = await ask({ sort: 'naam', descending, states: [state], limit: 4, after: page.next });
        expect(page.total).toBe(23);
        paged.push(...page.rows);
      }
      expect(paged.map((row) => row.caseId)).toEqual(all.rows.map((row) => row.caseId));
    }
    // The plan: the state's range of casus_state_name (migration 0036) in name order, the access
    // rule on its entries, no sort of the state's cases (before 0036: every casus of the regions
    // read and sorted, or the persons walked in name order).
    const scope = { accountId: anna.id, regionIds: [1] };
    const monitoring = {
      text: '',
      states: ['monitoring' as const],
      gemeenteId: null,
      regionId: null,
      ideologie: null,
      sort: 'naam' as const,
      descending: false,
      offset: 0,
      limit: 100,
    };
    const { database } = core.workspace.requireOpen();
    if (TEST_ENGINE === 'postgres') {
      const { text, params } = render(searchSql(monitoring, scope, 'postgres').rows, 'postgres');
      const plan = await database.source.transaction(async (manager) => {
        for (const setting of ['enable_seqscan', 'enable_sort', 'enable_incremental_sort', 'enable_bitmapscan'])
          await manager.query(`SET LOCAL ${setting} = off`);
        const rows = (await manager.query(`EXPLAIN ${text}`, params)) as { 'QUERY PLAN': string }[];
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      });
      expect(plan).toContain('casus_state_name');
      expect(plan).not.toMatch(/Sort/);
      return;
    }
    if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
    const { text, params } = render(searchSql(monitoring, scope, 'sqlite').rows, 'sqlite');
    const plan = (database.handle.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[])
      .map((step) => step.detail)
      .join('\n');
    expect(plan).toContain('SEARCH c USING INDEX casus_state_name (state=?)');
    expect(plan).not.toContain('TEMP B-TREE');
    expect(plan).not.toContain('SCAN p');
  });

  it('pages a text search by offset (no cursor) and refuses a cursor it did not give', async () => {
    const first = await ask({ text: 'bakker', limit: 2 });
    expect(first.rows).toHaveLength(2);
    expect(first.next).toBeNull();
    const second = await ask({ text: 'bakker', limit: 2, offset: 2 });
    expect(second.rows.map((row) => row.caseId)).not.toContain(first.rows[0]!.caseId);
    expect(await codeOf(core, 'search:query', { after: '[1, 2' })).toBe('INVALID_INPUT');
    expect(await codeOf(core, 'search:query', { after: '{"a":1}' })).toBe('INVALID_INPUT');
    // A text where the sort column holds numbers.
    expect(await codeOf(core, 'search:query', { sort: 'geboortejaar', after: '["1 OR 1","a",1]' })).toBe(
      'INVALID_INPUT',
    );
  });

  it('opens the list from the index of its whole order, sorting nothing', async () => {
    // The list as it opens: newest last signal first, ties by name. Before migration 0029 the name
    // was the person's, so every casus of the newest day was read and sorted (SQLite: a temp B-tree
    // for the right part of the ORDER BY; PostgreSQL: an incremental sort); now the page is the
    // index's first rows, however many cases share a day.
    const opening = {
      text: '',
      states: [],
      gemeenteId: null,
      regionId: null,
      ideologie: null,
      sort: 'relevantie' as const,
      descending: false,
      offset: 0,
      limit: 100,
    };
    const scope = { accountId: anna.id, regionIds: [1] };
    const { database } = core.workspace.requireOpen();
    if (TEST_ENGINE === 'postgres') {
      const { text, params } = render(searchSql(opening, scope, 'postgres').rows, 'postgres');
      const plan = await database.source.transaction(async (manager) => {
        // The plan's shape, not its cost (the table is too small for costs to mean anything): with
        // scans and sorts priced out, only an index of the whole order gives a plan without a sort.
        for (const setting of ['enable_seqscan', 'enable_sort', 'enable_incremental_sort'])
          await manager.query(`SET LOCAL ${setting} = off`);
        const rows = (await manager.query(`EXPLAIN ${text}`, params)) as { 'QUERY PLAN': string }[];
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      });
      expect(plan).toContain('casus_list_signal');
      expect(plan).not.toMatch(/Sort/);
      return;
    }
    if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
    const { text, params } = render(searchSql(opening, scope, 'sqlite').rows, 'sqlite');
    const plan = (database.handle.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[])
      .map((step) => step.detail)
      .join('\n');
    expect(plan).toContain('casus_list_signal');
    expect(plan).not.toContain('TEMP B-TREE');
    // Its capped count reads the region index alone (region, state, shielding: migration 0029).
    const count = render(searchSql(opening, scope, 'sqlite').count, 'sqlite');
    const countPlan = database.handle.prepare(`EXPLAIN QUERY PLAN ${count.text}`).all(...count.params);
    expect(JSON.stringify(countPlan)).toContain('COVERING INDEX casus_region_state');
  });
});
