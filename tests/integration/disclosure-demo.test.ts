// The demo year figures as a fixed case of disclosure control. The issue found, in the printed
// "Leeftijd bij signaal naar leeftijdsgroep, 2016–2026", "Jonger dan 18" in 2021 solvable to
// exactly 1 and "18–22 jaar" in 2021 to exactly 5 from the published totals, and "<5" printed on
// counts of 5 or more. Here the figures leave through the router (figures:export, CSV, as a
// partner receives them) and every table is attacked as a reader would: by linear programming
// over what is printed.
import { describe, expect, it } from 'vitest';
import type { Platform } from '../../src-main/core/platform';
import { intervals, PRIMARY, SECONDARY, type PublishedCell } from '../../src-shared/domain/disclosure';
import type { ReferenceData } from '../../src-shared/ipc/lists';
import type { Dashboard } from '../../src-shared/ipc/figures';
import { call, loginAs, makeCore, tempDir } from './helpers';

const saved: Buffer[] = [];
const platform: Platform = {
  print: { pdf: async () => new Uint8Array([37, 80, 68, 70]), print: async () => true },
  files: {
    saveAs: async (_name, bytes) => {
      saved.push(Buffer.from(bytes));
      return { saved: true, fileName: _name };
    },
    chooseSaveLocation: async () => null,
    chooseFile: async () => null,
    chooseFolder: async () => null,
  },
};

/** One table of the CSV: its header and rows (label, then cells), up to the blank line. */
function csvTable(csv: string, title: string): string[][] {
  const lines = csv.split('\r\n');
  const start = lines.indexOf(title);
  expect(start, title).toBeGreaterThan(-1);
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end).map((line) => line.split(';'));
}

const cellOf = (text: string): PublishedCell =>
  text === PRIMARY || text === SECONDARY ? text : Number(text.replace(/\./g, ''));

describe('disclosure control of the demo year figures', () => {
  it('publishes the age table so that no hidden count can be narrowed, with honest marks', async () => {
    const { core } = makeCore(tempDir(), { platform });
    const { password } = await core.setup.setupDemo();
    await loginAs(core, { username: 'regisseur', password });
    const filter = { fromYear: 2016, toYear: 2026 };
    const exact = await call<Dashboard>(core, 'figures:dashboard', filter);
    await call(core, 'figures:export', { ...filter, format: 'csv', reason: 'jaarverslag stuurgroep' });
    const csv = saved[0]!.toString('utf8');

    const table = csvTable(csv, 'Signalen per jaar naar leeftijd bij signaal');
    const [header, ...body] = table;
    const dataRows = body.filter((row) => /^\d{4}/.test(row[0]!));
    const notes = body.filter((row) => row.length === 1).map((row) => row[0]);
    const grid = body.filter((row) => row.length > 1).map((row) => row.slice(1).map(cellOf));
    expect(header!.at(-1)).toBe('Totaal');

    // Honest marks: every shown count is the true count, "<5" only on 1..4, "x" only on 5 or more.
    const bands = ['<18', '18-22', '23-29', '30+', 'onbekend'] as const;
    for (const row of dataRows) {
      const years = row[0]!.split('–').map(Number);
      const inRow = exact.years.filter((y) => y.year >= years[0]! && y.year <= years.at(-1)!);
      bands.forEach((band, c) => {
        const truth = inRow.reduce((sum, y) => sum + y.ageBands[band], 0);
        const cell = cellOf(row[c + 1]!);
        if (cell === PRIMARY) expect(truth, `${row[0]} ${band}`).toBeLessThan(5);
        else if (cell === SECONDARY) expect(truth, `${row[0]} ${band}`).toBeGreaterThanOrEqual(5);
        else expect(cell, `${row[0]} ${band}`).toBe(truth);
        if (truth > 0 && truth < 5) expect(cell).toBe(PRIMARY);
      });
    }

    // The audit: each hidden count keeps a range of at least 3 (for "<5": all of 1..4).
    const found = intervals({ grid, rowTotals: true });
    expect(found.size).toBeGreaterThan(0);
    for (const [key, interval] of found) {
      expect(interval, key).not.toBeNull();
      expect(interval!.max - interval!.min, `${key}: ${interval!.min}..${interval!.max}`).toBeGreaterThanOrEqual(3);
    }
    // In particular 2021's "Jonger dan 18" (1) and "18-22" (5), which the old pattern gave away.
    const row2021 = dataRows.findIndex((row) => row[0]!.split('–').includes('2021') || row[0] === '2021');
    const under18 = found.get(`${row2021},0`);
    expect(under18).toEqual({ min: 1, max: 4 });
    // Footnotes explain the marks used.
    expect(notes).toContain('<5 = een aantal van 1 tot en met 4 (verborgen).');
    if (grid.flat().includes(SECONDARY)) expect(notes.some((n) => n!.startsWith('x = '))).toBe(true);

    // The municipalities: a reader who also holds the region counts (printed in the year report)
    // and knows which municipality lies in which region has one sum per region.
    const reference = await call<ReferenceData>(core, 'lists:get', {});
    const regionOf = new Map(reference.gemeenten.map((g) => [g.name, g.regionId]));
    const places = csvTable(csv, 'Signalen per gemeente')
      .slice(1)
      .filter((row) => row.length > 1 && row[0] !== 'Totaal');
    for (const region of reference.regions) {
      const own = places.filter((row) => row[0]!.split(' / ').every((name) => regionOf.get(name) === region.id));
      const total = exact.perGemeente
        .filter((g) => regionOf.get(g.name) === region.id)
        .reduce((sum, g) => sum + g.count, 0);
      const grid = [...own.map((row) => [cellOf(row[1]!)]), [total]];
      for (const [key, interval] of intervals({ grid, rowTotals: false })) {
        expect(interval, `${region.name} ${own[Number(key.split(',')[0])]?.[0]}`).not.toBeNull();
        expect(interval!.max - interval!.min, `${own[Number(key.split(',')[0])]?.[0]}`).toBeGreaterThanOrEqual(3);
      }
    }

    // Every other count table of the export passes the same audit.
    for (const title of [
      'Signalen per jaar naar ideologie',
      'Signalen per jaar naar ernst',
      'Afgesloten casussen per jaar naar uitkomst',
    ]) {
      const rows = csvTable(csv, title)
        .slice(1)
        .filter((row) => row.length > 1);
      const cells = rows.map((row) => row.slice(1).map(cellOf));
      const single = cells[0]!.length === 1;
      for (const [key, interval] of intervals({ grid: cells, rowTotals: !single })) {
        expect(interval, `${title} ${key}`).not.toBeNull();
        expect(interval!.max - interval!.min, `${title} ${key}`).toBeGreaterThanOrEqual(3);
      }
    }
  }, 120_000);
});
