import { describe, expect, it } from 'vitest';
import { intervals } from './audit';
import { PRIMARY, SECONDARY } from './marks';
import { publishPlaces, type Place } from './places';

/** The audit of one region's municipalities with the region's total as their column total. */
function auditRegion(places: readonly Place[], region: number, published: ReturnType<typeof publishPlaces>) {
  const names = places.filter((p) => p.regionId === region).map((p) => p.name);
  const rows = published.rows.map((label, r) => ({ label, cell: published.cells[r]! }));
  const own = rows.filter((row) => row.label.split(' / ').every((name) => names.includes(name)));
  const total = places.filter((p) => p.regionId === region).reduce((sum, p) => sum + p.count, 0);
  return intervals({ grid: [...own.map((row) => [row.cell]), [total]], rowTotals: false });
}

describe('municipalities beside their region totals', () => {
  it('protects each region on its own, so a region total does not give a hidden count away', () => {
    // Without the region totals, one x for the whole column would do; with them, region 2's lone
    // "<5" would be its total minus the rest. So each region gets its own partner.
    const places: Place[] = [
      { name: 'Akkerveld', regionId: 1, count: 3 },
      { name: 'Brugvliet', regionId: 1, count: 20 },
      { name: 'Dalhem', regionId: 1, count: 12 },
      { name: 'Eikenrode', regionId: 2, count: 2 },
      { name: 'Heuvelrade', regionId: 2, count: 14 },
      { name: 'Kastelholt', regionId: 2, count: 30 },
    ];
    const published = publishPlaces(places);
    expect(published.rows).toEqual(['Akkerveld', 'Brugvliet', 'Dalhem', 'Eikenrode', 'Heuvelrade', 'Kastelholt']);
    expect(published.cells).toEqual([PRIMARY, 20, SECONDARY, PRIMARY, SECONDARY, 30]);
    for (const region of [1, 2]) {
      for (const [key, interval] of auditRegion(places, region, published)) {
        expect(interval!.max - interval!.min, `${region} ${key}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('merges municipalities of one region when no pattern is safe, never across regions', () => {
    // Region 1: 3 and 5 (total 8, printed in the region table): an "x" of at least 5 leaves the
    // "<5" at most 3, so the two are merged.
    const places: Place[] = [
      { name: 'Akkerveld', regionId: 1, count: 3 },
      { name: 'Brugvliet', regionId: 1, count: 5 },
      { name: 'Dalhem', regionId: 2, count: 12 },
    ];
    const published = publishPlaces(places);
    expect(published.rows).toEqual(['Akkerveld / Brugvliet', 'Dalhem']);
    expect(published.cells).toEqual([8, 12]);
    expect(published.blocks[0]!.merged.rows).toBe(true);
  });
});
