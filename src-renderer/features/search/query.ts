// What the Casussen list asks core: the typed text and the filters, turned into a search:query
// input. Pure functions, tested beside this file.
import type { CaseState } from '../../../src-shared/domain/casus';
import type { SEARCH_SORTS } from '../../../src-shared/ipc/search';

export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchState {
  /** As typed; what is sent is `effectiveText` of it. */
  text: string;
  states: CaseState[];
  gemeenteId: number | null;
  regionId: number | null;
  ideologie: string | null;
  sort: SearchSort;
  descending: boolean;
}

export const INITIAL_SEARCH: SearchState = {
  text: '',
  states: [],
  gemeenteId: null,
  regionId: null,
  ideologie: null,
  sort: 'relevantie',
  descending: false,
};

/** Rows per call; the list asks for the next page as it is scrolled (useCaseSearch). */
export const PAGE_SIZE = 100;

/**
 * The text that is searched for. One character matches nearly everything and is usually the start
 * of a word: it does not start a search, the previous text stays in force until a second one.
 */
export function effectiveText(typed: string, previous: string): string {
  const text = typed.trim();
  if (text.length === 0) return '';
  if (text.length === 1) return previous;
  return text;
}

/** True when anything narrows the list beyond the user's own regions. */
export function isFiltered(state: SearchState): boolean {
  return (
    state.text.trim() !== '' ||
    state.states.length > 0 ||
    state.gemeenteId !== null ||
    state.regionId !== null ||
    state.ideologie !== null
  );
}

export function searchInput(state: SearchState, text: string) {
  return {
    text,
    states: state.states,
    gemeenteId: state.gemeenteId,
    regionId: state.regionId,
    ideologie: state.ideologie,
    sort: state.sort,
    descending: state.descending,
  };
}
