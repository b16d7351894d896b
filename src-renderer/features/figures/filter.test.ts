import { describe, expect, it } from 'vitest';
import { defaultSelection, paramsFromSelection, selectionFromParams, yearOptions } from './filter';

describe('the figures selection in the address', () => {
  it('defaults to 2016 up to the current year, all regions', () => {
    expect(selectionFromParams(new URLSearchParams(), 2026)).toEqual(defaultSelection(2026));
    expect(defaultSelection(2026)).toEqual({ fromYear: 2016, toYear: 2026, regionId: null });
  });

  it('survives the round trip through the search parameters', () => {
    const selection = { fromYear: 2019, toYear: 2024, regionId: 2 };
    const params = paramsFromSelection(selection);
    expect(params.toString()).toBe('van=2019&tot=2024&regio=2');
    expect(selectionFromParams(params, 2026)).toEqual(selection);
  });

  it('ignores what it does not understand and reads a reversed period as meant', () => {
    expect(selectionFromParams(new URLSearchParams('van=abc&tot=2031&regio=-1'), 2026)).toEqual({
      fromYear: 2016,
      toYear: 2026,
      regionId: null,
    });
    expect(selectionFromParams(new URLSearchParams('van=2024&tot=2020'), 2026)).toMatchObject({
      fromYear: 2020,
      toYear: 2024,
    });
  });

  it('offers the years from 2000 up to the current year', () => {
    const years = yearOptions(2026);
    expect([years[0], years.at(-1), years.length]).toEqual([2000, 2026, 27]);
  });
});
