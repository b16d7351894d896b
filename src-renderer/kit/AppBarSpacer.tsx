// The app bar is fixed over the window's top, and its height is not one number: the demo banner
// adds a row, and in a narrow window the bar's title or the team connection may wrap. So the bar's
// real height is measured (a ResizeObserver) into one CSS variable, --app-bar-height, on the
// shell, and whatever must stay clear of the bar follows it: the spacer above the navigation and
// the page (AppBarSpacer), and the scroll margin of headings a page scrolls to (APP_BAR_CLEARANCE).
// In a short window the bar is not fixed but scrolls away (Shell): it covers nothing (APP_BAR_COVER).
import { Box } from '@mui/material';
import { useLayoutEffect, type RefObject } from 'react';

/** Before the first measurement: MUI's toolbar at the desktop sizes. */
const FALLBACK = '64px';

export const APP_BAR_HEIGHT = `var(--app-bar-height, ${FALLBACK})`;

/**
 * How much of the window's top the bar covers: its height, or 0 in a short window (SHORT_WINDOW,
 * 256 px high at 400 % zoom), where the bar and the demo banner scroll away with the page (the
 * shell sets --app-bar-cover there) instead of taking some 104 of its 256 px.
 */
export const APP_BAR_COVER = `var(--app-bar-cover, ${APP_BAR_HEIGHT})`;

/** Room above a heading scrolled into view: what the bar covers and a little air. */
export const APP_BAR_CLEARANCE = `calc(${APP_BAR_COVER} + 24px)`;

/** Keeps --app-bar-height on `shell` equal to the height of `bar`. */
export function useAppBarHeight(bar: RefObject<HTMLElement | null>, shell: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const barElement = bar.current;
    const shellElement = shell.current;
    if (!barElement || !shellElement) return;
    const measure = () => shellElement.style.setProperty('--app-bar-height', `${barElement.offsetHeight}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(barElement);
    return () => observer.disconnect();
  }, [bar, shell]);
}

/** Space as high as the app bar, at the top of the navigation and of the page. */
export function AppBarSpacer() {
  return <Box className="no-print" aria-hidden sx={{ height: APP_BAR_HEIGHT, flexShrink: 0 }} />;
}
