// The cases as a virtualised list box: only the rows in view exist in the page, so 100,000 cases
// scroll as smoothly as ten. Keyboard: arrows, Page Up/Down, Home/End move; Enter opens the dossier.
// Focus stays on the list box and the current row is its aria-activedescendant, with a visible
// outline; each row says its position in the whole list (aria-posinset/-setsize).
import { Box, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchRow } from '../../../src-shared/ipc/search';
import { useNarrowWindow } from '../../kit/narrowWindow';
import { CASE_LIST_CONTAINER, CaseRow, CaseRowHeader, ROW_HEIGHT, STACKED_ROW_HEIGHT } from './CaseRow';

interface CaseListProps {
  rows: SearchRow[];
  /** Rows to scroll through, including those of pages not loaded yet. */
  count: number;
  /** How many rows exist in total, for screen readers (-1: unknown, more than 1,000). */
  setSize: number;
  loadMore: () => void;
  onOpen: (row: SearchRow) => void;
  labelledBy: string;
}

/** Ask for the next page this many rows before the end of what is loaded. */
const PREFETCH = 30;
/** The list is never shorter than this many rows, however small the window. */
const MIN_ROWS = 5;
/** What lies under the list: the page's bottom padding (32 px) and the list's border. */
const BELOW_LIST = 34;

/**
 * The list's height: the rest of the window below its top, so the page does not scroll and the
 * list shows as many cases as fit (issue 21: at 1366×900 eight rows fitted, the last one cut).
 * Measured again when the window's size changes or the filters above wrap differently.
 */
function useRestOfWindow(scroller: RefObject<HTMLDivElement | null>): number {
  const [height, setHeight] = useState(MIN_ROWS * ROW_HEIGHT);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(MIN_ROWS * ROW_HEIGHT, Math.floor(window.innerHeight - top - BELOW_LIST)));
    };
    measure();
    const content = new ResizeObserver(measure);
    content.observe(document.documentElement);
    window.addEventListener('resize', measure);
    return () => {
      content.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [scroller]);
  return height;
}

export function CaseList({ rows, count, setSize, loadMore, onOpen, labelledBy }: CaseListProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const height = useRestOfWindow(scroller);
  // A narrow window stacks each row's facts (CaseRow): taller rows.
  const rowHeight = useNarrowWindow() ? STACKED_ROW_HEIGHT : ROW_HEIGHT;
  // The build does not run the React Compiler; the virtualiser is read afresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const items = virtualizer.getVirtualItems();
  const lastVisible = items.at(-1)?.index ?? 0;
  const current = Math.min(active, Math.max(count - 1, 0));

  useEffect(() => {
    if (lastVisible >= rows.length - PREFETCH) loadMore();
  }, [lastVisible, rows.length, loadMore]);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const perPage = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(current + 1),
      ArrowUp: () => move(current - 1),
      PageDown: () => move(current + perPage),
      PageUp: () => move(current - perPage),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => {
        const row = rows[current];
        if (row) onOpen(row);
      },
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  const activeRendered = items.some((item) => item.index === current);

  return (
    <Box
      sx={{
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        containerType: 'inline-size',
        containerName: CASE_LIST_CONTAINER,
      }}
    >
      <CaseRowHeader />
      <Box
        ref={scroller}
        role="listbox"
        tabIndex={0}
        aria-labelledby={labelledBy}
        aria-activedescendant={count > 0 && activeRendered ? `casus-optie-${current}` : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        data-testid="casussen-lijst"
        // Sizes and offsets that follow the window or the rows go in `style`, never in `sx`: Emotion
        // adds a rule per distinct sx value and never removes one, so a row's offset in `sx` added a
        // rule for every row ever scrolled past, for as long as the window stayed open (e2e
        // casussen-zoeken, "een lange lijst"). `sx` keeps what is the same for every list and row.
        style={{ height }}
        sx={{
          overflow: 'auto',
          position: 'relative',
          outline: 'none',
          '&:focus-visible': { boxShadow: 'inset 0 0 0 2px #0b6bcb' },
        }}
      >
        <Box style={{ height: virtualizer.getTotalSize() }} sx={{ position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            return (
              <Box
                key={item.key}
                style={{ transform: `translateY(${item.start}px)` }}
                sx={{ position: 'absolute', top: 0, left: 0, width: '100%' }}
              >
                {row ? (
                  <CaseRow
                    id={`casus-optie-${item.index}`}
                    row={row}
                    active={item.index === current}
                    showFocus={focused && item.index === current}
                    position={item.index + 1}
                    setSize={setSize}
                    onOpen={() => {
                      setActive(item.index);
                      onOpen(row);
                    }}
                  />
                ) : (
                  <Typography
                    role="option"
                    aria-selected={false}
                    aria-disabled
                    sx={{ height: rowHeight, px: 2, display: 'flex', alignItems: 'center', color: 'text.secondary' }}
                  >
                    {t('search.loadingRow')}
                  </Typography>
                )}
              </Box>
            );
          })}
        </Box>
      </Box>
    </Box>
  );
}
