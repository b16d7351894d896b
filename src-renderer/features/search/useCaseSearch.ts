// The search behind the Casussen list: debounced text, pages of 100 loaded as the list is scrolled
// (from where the page before ended, core's `next`; by offset when core gives none: a text search),
// and the previous result kept on screen while a new one is on its way (no flicker
// while typing).
import { keepPreviousData, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import type { OutputOf } from '../../../src-shared/ipc/contract';
import { useEffect, useState } from 'react';
import type { SearchRow } from '../../../src-shared/ipc/search';
import { call, type BridgeFailure } from '../../kit/bridge';
import { effectiveText, PAGE_SIZE, searchInput, type SearchState } from './query';

const DEBOUNCE_MS = 200;

export interface CaseSearchResult {
  rows: SearchRow[];
  /** Counted by core up to 1,000. */
  total: number;
  /** More than 1,000 match. */
  capped: boolean;
  /** Rows the list can scroll through now (placeholders included for pages not loaded yet). */
  count: number;
  hasMore: boolean;
  loadMore: () => void;
  loadingMore: boolean;
  pending: boolean;
  error: BridgeFailure | null;
  /** The text actually searched for (after the one-character rule). */
  searchedText: string;
}

/** The text to search for, once typing pauses; one character keeps the previous text. */
function useSearchText(typed: string): string {
  const [text, setText] = useState(() => effectiveText(typed, ''));
  useEffect(() => {
    const timer = setTimeout(() => setText((previous) => effectiveText(typed, previous)), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  return text;
}

export function useCaseSearch(state: SearchState): CaseSearchResult {
  const text = useSearchText(state.text);
  const input = searchInput(state, text);
  const query = useInfiniteQuery<
    OutputOf<'search:query'>,
    BridgeFailure,
    InfiniteData<OutputOf<'search:query'>>,
    unknown[],
    { offset: number; after: string | null }
  >({
    queryKey: ['search:query', input],
    queryFn: ({ pageParam }) => call('search:query', { ...input, ...pageParam, limit: PAGE_SIZE }),
    initialPageParam: { offset: 0, after: null },
    getNextPageParam: (last, pages) =>
      last.rows.length < PAGE_SIZE ? undefined : { offset: pages.length * PAGE_SIZE, after: last.next },
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
  const pages = query.data?.pages ?? [];
  const rows = pages.flatMap((page) => page.rows);
  const first = pages[0];
  const total = first?.total ?? 0;
  const capped = first?.capped ?? false;
  const hasMore = Boolean(query.hasNextPage);
  // Up to 1,000 the length is known; beyond it the list grows by one page at a time.
  const count = capped ? rows.length + (hasMore ? 1 : 0) : Math.max(total, rows.length);
  return {
    rows,
    total,
    capped,
    count,
    hasMore,
    loadMore: () => {
      if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
    },
    loadingMore: query.isFetchingNextPage,
    pending: query.isPending,
    error: query.error,
    searchedText: text,
  };
}
