// Content that needs two dimensions (a table, a chart) in a window too narrow for it: it scrolls
// sideways in a region of its own, so the page does not (WCAG 1.4.10 Reflow exempts such content,
// not the page around it). While what it holds is wider than it, the region is named (as its
// table) and a Tab stop, so the keyboard can scroll it (axe: scrollable-region-focusable); while it
// fits it is a plain box and no stop. Positioned, so that what is positioned inside it (a
// visually hidden column head) is clipped with the rest instead of widening the page.
import { Box, type SxProps, type Theme } from '@mui/material';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

interface ScrollRegionProps {
  /** The id of what names the content (its heading), or the words themselves. */
  labelledBy?: string | undefined;
  label?: string | undefined;
  /** Reports the region's inner width as it changes (a table choosing its columns); keep it stable (a state setter). */
  onWidth?: (width: number) => void;
  sx?: SxProps<Theme>;
  children: ReactNode;
}

/** Whether what `ref` holds is wider than it, followed as either changes size. */
function useOverflowing(ref: RefObject<HTMLElement | null>, onWidth?: (width: number) => void): boolean {
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      onWidth?.(Math.round(element.clientWidth));
      setOverflowing(element.scrollWidth > element.clientWidth + 1);
    });
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, [ref, onWidth]);
  return overflowing;
}

export function ScrollRegion({ labelledBy, label, onWidth, sx, children }: ScrollRegionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const overflowing = useOverflowing(ref, onWidth);
  return (
    <Box
      ref={ref}
      sx={[{ position: 'relative', width: '100%', overflowX: 'auto' }, ...(Array.isArray(sx) ? sx : [sx])]}
      {...(overflowing
        ? { role: 'region', tabIndex: 0, 'aria-labelledby': labelledBy, 'aria-label': labelledBy ? undefined : label }
        : {})}
    >
      {children}
    </Box>
  );
}
