import { describe, expect, it } from 'vitest';
import { PAGE_MM, continuedPages, pageStarts, type Unit } from './paginate';

const PAGE = (PAGE_MM.height - 2 * PAGE_MM.margin) * (96 / 25.4);

/** Units of `height` px one under the other; `header` > 0 marks rows of a table with that thead. */
function stack(items: { height: number; header?: number; avoidAfter?: boolean }[]): Unit[] {
  let top = 0;
  return items.map(({ height, header = 0, avoidAfter = false }) => {
    const unit = {
      element: {} as HTMLElement,
      top,
      bottom: top + height,
      avoidAfter,
      forcedBefore: false,
      repeatedHeader: header,
    };
    top += height;
    return unit;
  });
}

describe('pageStarts and continuedPages', () => {
  it('keeps a heading with what follows it', () => {
    const units = stack([{ height: PAGE - 100 }, { height: 40, avoidAfter: true }, { height: 200 }]);
    expect(pageStarts(units)).toEqual([0, 1]);
    expect(continuedPages(units, pageStarts(units))).toEqual([]);
  });

  it('repeats the header of a table continued on the next page, and leaves room for it', () => {
    // A paragraph, a header row, then 60 rows of 20 px: the table runs onto page 2.
    const units = stack([
      { height: 100 },
      { height: 24 },
      ...Array.from({ length: 60 }, () => ({ height: 20, header: 24 })),
    ]);
    const starts = pageStarts(units);
    expect(starts.length).toBe(2);
    expect(continuedPages(units, starts)).toEqual([1]);
    // The rows of page 2 leave room for the repeated header: one row fewer than a full page holds.
    const second = units[starts[1]!]!.top;
    const last = units.at(-1)!.bottom;
    expect(last - second).toBeLessThanOrEqual(PAGE - 24);
  });

  it('does not repeat a header on a page that starts after the table', () => {
    const units = stack([{ height: 100 }, { height: 20, header: 24 }, { height: PAGE - 50 }]);
    const starts = pageStarts(units);
    expect(starts).toEqual([0, 2]);
    expect(continuedPages(units, starts)).toEqual([]);
  });
});
