// A window narrower than 600 CSS px: 1280 px at 200 % zoom and up, down to 320 px at 400 % (WCAG
// 1.4.10 Reflow). There the app bar keeps one row: its buttons show their icons only (their names
// stay, for screen readers and as tooltips) and language and help move into its "Meer" menu.
import { useMediaQuery } from '@mui/material';

export const NARROW_WINDOW = '(max-width: 599.95px)';

/**
 * A window lower than 400 CSS px: 1366×900 at 225 % zoom and up, 256 px high at 400 %. There a
 * dialog takes the whole window.
 */
export const SHORT_WINDOW = '(max-height: 400px)';

export function useNarrowWindow(): boolean {
  return useMediaQuery(NARROW_WINDOW, { noSsr: true });
}
