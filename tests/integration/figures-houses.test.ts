// Several houses (ZVHs) on one installation (issue 18 point 7): three houses, each a ZVH region,
// register signals. A house's dashboard counts only its own regions and refuses another's; the
// provincial coordinator (no regions) gets no exact counts, only the published figures of the
// whole province, whose small counts are "<5" and from which no hidden count can be worked out
// (the disclosure auditor: linear programming over everything published). On both engines.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import type { Platform } from '../../src-main/core/platform';
import { intervals, isProtected, PRIMARY, type PublishedCell } from '../../src-shared/domain/disclosure';
import type { Dashboard, PublishedCounts, PublishedFigures } from '../../src-shared/ipc/figures';
import { addAccount, call, loginAs, makeCore, tempDir, withDatabase } from './helpers';

type Account = { id: number; username: string; password: string };
const NOORD = 1;
const MIDDEN = 2;
const ZUID = 3;
/** A municipality of each region (the example data: Aldervoort, Berkenstein, Akkerveld). */
const GEMEENTE = { [NOORD]: 1, [MIDDEN]: 12, [ZUID]: 24 } as const;

let core: Core;
let saved: Buffer[];
const accounts: Record<'noord' | 'midden' | 'zuid' | 'coordinator', Account> = {} as never;

const platform: Platform = {
  print: { pdf: async () => new Uint8Array([37, 80, 68, 70]), print: async () => true },
  files: {
    saveAs: async (name, bytes) => {
      saved.push(Buffer.from(bytes));
      return { saved: true, fileName: name };
    },
    chooseSaveLocation: async () => null,
    chooseFile: async () => null,
    chooseFolder: async () => null,
  },
};

async function register(region: 1 | 2 | 3, count: number, ideologie = 'jihadistisch') {
  for (let i = 0; i < count; i++) {
    await call(core, 'signals:register', {
      person: {
        nieuw: { naam: `Persoon ${region}-${i} (fictief)`, geboortedatum: '2004-01-01', gemeenteId: GEMEENTE[region] },
      },
      signal: {
        melderPartner: 'politie',
        ontvangen: `2025-0${1 + (i % 9)}-10`,
        omschrijving: 'Voorbeeld — fictief signaal.',
        ideologie,
        ernst: 'ernstig',
        bron: 'online',
      },
    });
  }
}

const total = (dashboard: Dashboard) => dashboard.years.reduce((sum, y) => sum + y.signals, 0);
const filter = { fromYear: 2025, toYear: 2025 };

async function refusal(channel: string, input: unknown) {
  const result = await core.dispatch(channel, input);
  return result.ok ? null : result.error;
}

/** The published table with its margins as the auditor reads it (disclosure/audit.ts). */
function grid(table: PublishedCounts): { grid: PublishedCell[][]; rowTotals: boolean } {
  const withTotals = table.rowTotals !== null;
  return {
    grid: [
      ...table.cells.map((row, r) => [...row, ...(withTotals ? [table.rowTotals![r]!] : [])]),
      [...table.columnTotals, ...(withTotals ? [table.grandTotal!] : [])],
    ],
    rowTotals: withTotals,
  };
}

beforeEach(async () => {
  saved = [];
  ({ core } = makeCore(tempDir(), { platform }));
  await withDatabase(core);
  accounts.noord = await addAccount(core, { username: 'noord', roles: ['procesregisseur'], regionIds: [NOORD] });
  accounts.midden = await addAccount(core, { username: 'midden', roles: ['procesregisseur'], regionIds: [MIDDEN] });
  accounts.zuid = await addAccount(core, { username: 'zuid', roles: ['procesregisseur'], regionIds: [ZUID] });
  accounts.coordinator = await addAccount(core, { username: 'provincie', roles: ['coordinator'], regionIds: [] });
  await loginAs(core, accounts.noord);
  await register(NOORD, 6);
  await loginAs(core, accounts.midden);
  await register(MIDDEN, 7);
  await loginAs(core, accounts.zuid);
  await register(ZUID, 2, 'links_extremistisch');
});

describe('year figures of several houses', () => {
  it("gives a house the exact counts of its own regions only, and refuses another's region", async () => {
    await loginAs(core, accounts.noord);
    const noord = await call<Dashboard>(core, 'figures:dashboard', filter);
    expect(total(noord)).toBe(6);
    expect(noord.years[0]!.ideologie).toEqual({ jihadistisch: 6 });
    expect(noord.perRegion.map((r) => [r.name, r.count])).toEqual([['ZVH Noord (voorbeeld)', 6]]);
    expect(noord.perGemeente.find((g) => g.name === 'Akkerveld')).toBeUndefined();
    expect(noord.perGemeente.find((g) => g.name === 'Aldervoort')?.count).toBe(6);
    expect(total(await call<Dashboard>(core, 'figures:dashboard', { ...filter, regionId: NOORD }))).toBe(6);
    // Zuid's region: refused, with the field it is about and a message of its own.
    expect(await refusal('figures:dashboard', { ...filter, regionId: ZUID })).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { regionId: { key: 'figures.errors.regionNotYours' } },
    });

    await loginAs(core, accounts.zuid);
    const zuid = await call<Dashboard>(core, 'figures:dashboard', filter);
    expect(total(zuid)).toBe(2);
    expect(zuid.years[0]!.ideologie).toEqual({ links_extremistisch: 2 });
  });

  it('gives the coordinator no exact counts, only the published province figures', async () => {
    await loginAs(core, accounts.coordinator);
    expect((await refusal('figures:dashboard', filter))?.code).toBe('FORBIDDEN');
    // One house alone is not published to another (its hidden counts would follow by subtraction).
    expect(await refusal('figures:published', { ...filter, regionId: ZUID })).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { regionId: { key: 'figures.errors.regionNotYours' } },
    });

    const published = await call<PublishedFigures>(core, 'figures:published', filter);
    expect(published).toMatchObject({ fromYear: 2025, toYear: 2025, regionId: null, houseRegionIds: [] });
    const { ideologie, gemeenten } = published;
    // The province: all three houses. Zuid's 2 links-extremistische signals are "<5".
    expect(ideologie.columns).toEqual(['jihadistisch', 'links_extremistisch']);
    expect(ideologie.cells).toHaveLength(1);
    expect(ideologie.cells[0]![1]).toBe(PRIMARY);
    expect(ideologie.notes).toContain('figures.disclosure.primary');
    // Municipalities: Akkerveld's 2 hidden, and not to be had as the year total (15, printed in the
    // year tables) minus the others: without that check it was 15 − 6 − 7 = 2.
    expect(ideologie.rowTotals).toEqual([15]);
    expect(gemeenten.rows[0]).toMatch(/^Akkerveld/);
    expect(gemeenten.cells[0]).toBe(PRIMARY);
    expect(gemeenten.total).toBe(15);
    const places = { grid: [...gemeenten.cells.map((cell) => [cell]), [gemeenten.total]], rowTotals: false };
    for (const [cell, interval] of intervals(places)) expect(isProtected(interval), `gemeente ${cell}`).toBe(true);
    // No count anywhere is 1 to 4, and no hidden count can be narrowed by what is published.
    for (const table of [published.ideologie, published.age, published.ernst, published.outcomes]) {
      const published = grid(table);
      expect(published.grid.flat().filter((cell) => typeof cell === 'number' && cell > 0 && cell < 5)).toEqual([]);
      for (const [cell, interval] of intervals(published)) expect(isProtected(interval), cell).toBe(true);
    }
    // A year of fewer than 5 signals prints no median; this one has 15.
    expect(published.medians[0]!.median).toBe(21);

    // The export is the same published tables, in Dutch.
    await call(core, 'figures:export', { ...filter, format: 'csv', reason: 'provinciaal jaarverslag' });
    const csv = saved[0]!.toString('utf8');
    expect(csv).toContain('2025;x;<5;15');
    expect(csv).toMatch(/^Akkerveld[^;]*;<5/m);
    expect(csv).not.toMatch(/;[1-4](;|\r|$)/m);
  });

  it("gives a house's staff the published province too, and its own region published", async () => {
    await loginAs(core, accounts.midden);
    const province = await call<PublishedFigures>(core, 'figures:published', filter);
    expect(province.houseRegionIds).toEqual([MIDDEN]);
    expect(province.gemeenten.total).toBe(15);
    const own = await call<PublishedFigures>(core, 'figures:published', { ...filter, regionId: MIDDEN });
    expect(own.gemeenten).toMatchObject({ rows: ['Berkenstein'], cells: [7], total: 7 });
    expect(own.houseRegionIds).toEqual([MIDDEN]);
    expect((await refusal('figures:published', { ...filter, regionId: NOORD }))?.code).toBe('INVALID_INPUT');
  });
});
