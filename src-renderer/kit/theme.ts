// The look of the application: calm, high-contrast, readable all day. Colours are chosen for at
// least 4.5:1 contrast on their backgrounds (WCAG 2.1 AA); focus is always visible.
import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, nlNL } from '@mui/material/locale';
import type { Locale } from '../../src-shared/domain/locale';
import { NARROW_WINDOW, SHORT_WINDOW } from './narrowWindow';
import { selectMenuListProps } from './selectMenu';

const INK = '#1b1f24';
const NAVY = '#14365d';
const FOCUS = '#0b6bcb';
// A field's resting border: 4.7:1 on white, 4.3:1 on the page's grey (WCAG 1.4.11 asks 3:1 of
// what shows where a control is; MUI's default, 23 % black, is 1.7:1).
const FIELD_BORDER = '#6b7480';

/** What the person's system asks of the look (the operating system's settings, through Chromium). */
export interface LookSettings {
  /** The system's animations are off (Windows: Animatie-effecten; `prefers-reduced-motion: reduce`). */
  reduceMotion: boolean;
}

/** The media query behind `reduceMotion`; App follows it while the window is open. */
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

// Without motion: every MUI transition (dialogs, menus, notices, folding panels, the tabs'
// indicator, tooltips) takes no time and draws no in-between, and a placeholder does not pulse.
// A spinner or progress bar keeps turning: it is the message that work goes on.
const NO_MOTION = {
  create: () => 'none',
  getAutoHeightDuration: () => 0,
  duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 },
};

export function createAppTheme(locale: Locale, look: LookSettings = { reduceMotion: false }): Theme {
  return createTheme(
    {
      ...(look.reduceMotion ? { transitions: NO_MOTION } : {}),
      palette: {
        mode: 'light',
        primary: { main: NAVY, contrastText: '#ffffff' },
        secondary: { main: '#5a3e8e', contrastText: '#ffffff' },
        error: { main: '#b3261e' },
        warning: { main: '#8a5300' },
        success: { main: '#1e6b34' },
        info: { main: '#0b5a8a' },
        background: { default: '#f3f5f7', paper: '#ffffff' },
        text: { primary: INK, secondary: '#4a5360' },
        divider: '#d5dae0',
      },
      typography: {
        fontFamily: '"Source Sans 3", "Segoe UI", Roboto, Arial, sans-serif',
        fontSize: 15,
        htmlFontSize: 16,
        body1: { fontSize: '1rem', lineHeight: 1.55 },
        body2: { fontSize: '0.9375rem', lineHeight: 1.5 },
        h1: { fontSize: '1.75rem', fontWeight: 600 },
        h2: { fontSize: '1.375rem', fontWeight: 600 },
        h3: { fontSize: '1.125rem', fontWeight: 600 },
        button: { textTransform: 'none', fontWeight: 600, fontSize: '0.9375rem' },
      },
      shape: { borderRadius: 6 },
      components: {
        MuiCssBaseline: {
          styleOverrides: {
            ':focus-visible': { outline: `3px solid ${FOCUS}`, outlineOffset: 2 },
            '@media print': { body: { background: '#ffffff' } },
          },
        },
        MuiButtonBase: { defaultProps: { disableRipple: true } },
        MuiButton: {
          styleOverrides: {
            root: {
              '&.Mui-focusVisible': { outline: `3px solid ${FOCUS}`, outlineOffset: 2 },
              // A button that becomes usable again (after a call) shows its colours at once,
              // never a faded in-between with too little contrast.
              transition: 'none',
            },
          },
        },
        MuiListItemButton: {
          styleOverrides: {
            root: {
              '&.Mui-focusVisible': { outline: `3px solid ${FOCUS}`, outlineOffset: -3 },
              '&.Mui-selected': { borderLeft: `4px solid ${NAVY}`, fontWeight: 600 },
            },
          },
        },
        MuiIconButton: {
          styleOverrides: { root: { '&.Mui-focusVisible': { outline: `3px solid ${FOCUS}`, outlineOffset: 1 } } },
        },
        // A card that is a link (the start page's parts): ButtonBase removes the browser's ring and
        // MUI shows only a faint tint, so the ring is drawn inside (the card clips what is outside).
        MuiCardActionArea: {
          styleOverrides: { root: { '&.Mui-focusVisible': { outline: `3px solid ${FOCUS}`, outlineOffset: -3 } } },
        },
        // A tab (the dossier's parts, Cijfers' views) had no ring either; drawn inside, as the
        // tab row clips what lies outside it.
        MuiTab: {
          styleOverrides: { root: { '&.Mui-focusVisible': { outline: `3px solid ${FOCUS}`, outlineOffset: -3 } } },
        },
        // In a narrow window (WCAG 1.4.10 Reflow, down to 320 px) a row of tabs wraps instead of
        // running past the window; the sliding indicator cannot follow a wrapped row, so the chosen
        // tab is underlined itself.
        MuiTabs: {
          styleOverrides: {
            root: {
              [`@media ${NARROW_WINDOW}`]: {
                '& .MuiTabs-list, & .MuiTabs-flexContainer': { flexWrap: 'wrap' },
                '& .MuiTabs-indicator': { display: 'none' },
                '& .MuiTab-root.Mui-selected': { boxShadow: 'inset 0 -2px 0 currentColor' },
              },
            },
          },
        },
        // A dialog in a narrow or short window (320×256 at 400 % zoom) takes the whole window, as
        // MUI's fullScreen: with its usual 32 px margins the fields kept a strip 40 px high.
        MuiDialog: {
          styleOverrides: {
            paper: {
              [`@media ${NARROW_WINDOW}, ${SHORT_WINDOW}`]: {
                margin: 0,
                width: '100%',
                maxWidth: '100%',
                height: '100%',
                maxHeight: 'none',
                borderRadius: 0,
              },
            },
          },
        },
        MuiOutlinedInput: { styleOverrides: { notchedOutline: { borderColor: FIELD_BORDER } } },
        // A hint under a disabled field still says something (why it is disabled, what it is
        // for): it keeps readable contrast instead of MUI's faded disabled colour.
        MuiFormHelperText: { styleOverrides: { root: { '&.Mui-disabled': { color: '#4a5360' } } } },
        // A press that began on the field never picks an option of its menu (kit/selectMenu.ts).
        MuiSelect: { defaultProps: { MenuProps: { slotProps: { list: selectMenuListProps } } } },
        MuiTooltip: { defaultProps: { arrow: true } },
        MuiAppBar: { defaultProps: { elevation: 0 } },
        ...(look.reduceMotion ? { MuiSkeleton: { defaultProps: { animation: false } } } : {}),
      },
    },
    locale === 'nl' ? nlNL : enUS,
  );
}
