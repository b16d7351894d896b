// The Casussen list's search and filters survive a visit to a dossier and back, but not the
// session: the provider sits in the shell, which is mounted anew at every login, so a typed name
// is gone once the screen is locked. (Not in the address: every change there would move the
// focus to the page heading, away from the search field being typed in.)
import { createContext, useContext, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { INITIAL_SEARCH, type SearchState } from './query';

type SearchStateApi = [SearchState, Dispatch<SetStateAction<SearchState>>];

const SearchStateContext = createContext<SearchStateApi | null>(null);

export function CaseSearchProvider({ children }: { children: ReactNode }) {
  const state = useState<SearchState>(INITIAL_SEARCH);
  return <SearchStateContext.Provider value={state}>{children}</SearchStateContext.Provider>;
}

export function useSearchState(): SearchStateApi {
  const api = useContext(SearchStateContext);
  if (!api) throw new Error('useSearchState outside CaseSearchProvider');
  return api;
}
