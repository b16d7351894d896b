import { describe, expect, it } from 'vitest';
import { effectiveText, INITIAL_SEARCH, isFiltered, searchInput } from './query';

describe('the Casussen search', () => {
  it('does not search for one character: the previous text stays in force', () => {
    expect(effectiveText('', 'jan')).toBe('');
    expect(effectiveText('  ', 'jan')).toBe('');
    expect(effectiveText('c', '')).toBe('');
    expect(effectiveText('c', 'ce')).toBe('ce');
    expect(effectiveText(' ce ', '')).toBe('ce');
  });

  it('knows when the list is narrowed, and sends the filters as they are', () => {
    expect(isFiltered(INITIAL_SEARCH)).toBe(false);
    expect(isFiltered({ ...INITIAL_SEARCH, states: ['monitoring'] })).toBe(true);
    expect(isFiltered({ ...INITIAL_SEARCH, text: 'x' })).toBe(true);
    expect(searchInput({ ...INITIAL_SEARCH, regionId: 2, sort: 'naam', descending: true }, 'celik')).toEqual({
      text: 'celik',
      states: [],
      gemeenteId: null,
      regionId: 2,
      ideologie: null,
      sort: 'naam',
      descending: true,
    });
  });
});
