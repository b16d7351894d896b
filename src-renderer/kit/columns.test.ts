import { describe, expect, it } from 'vitest';
import { PRIORITY_WIDTHS, shownColumns, type Priority } from './columns';

const columns: { key: string; priority?: Priority }[] = [
  { key: 'naam' },
  { key: 'datum', priority: 2 },
  { key: 'toelichting', priority: 3 },
  { key: 'status', priority: 1 },
];
const keys = (width: number | null, widths?: Record<Priority, number>) =>
  shownColumns(columns, width, widths).map((column) => column.key);

describe('shownColumns', () => {
  it('shows every column in a wide table, in the given order', () => {
    expect(keys(1200)).toEqual(['naam', 'datum', 'toelichting', 'status']);
  });

  it('hides priority 3 first, then priority 2, never priority 1', () => {
    expect(keys(PRIORITY_WIDTHS[3])).toEqual(['naam', 'datum', 'toelichting', 'status']);
    expect(keys(PRIORITY_WIDTHS[3] - 1)).toEqual(['naam', 'datum', 'status']);
    expect(keys(PRIORITY_WIDTHS[2])).toEqual(['naam', 'datum', 'status']);
    expect(keys(PRIORITY_WIDTHS[2] - 1)).toEqual(['naam', 'status']);
    expect(keys(0)).toEqual(['naam', 'status']);
  });

  it('shows every column while the width is not yet known', () => {
    expect(keys(null)).toEqual(['naam', 'datum', 'toelichting', 'status']);
  });

  it('takes a table’s own widths', () => {
    expect(keys(500, { 1: 0, 2: 400, 3: 600 })).toEqual(['naam', 'datum', 'status']);
  });

  it('returns a new list, leaving the columns as they were', () => {
    const shown = shownColumns(columns, null);
    expect(shown).not.toBe(columns);
    expect(columns).toHaveLength(4);
  });
});
