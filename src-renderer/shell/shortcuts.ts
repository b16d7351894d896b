// The application's keyboard shortcuts, in one list: the key handler and the help dialog both
// read it, so the help can never describe a key that does nothing.
import type { MenuAction } from '../../src-shared/ipc/events';

export interface Shortcut {
  /** The keys the help dialog shows, e.g. ["F1", "?"] (alternatives). */
  keys: readonly string[];
  /** i18n key of the description. */
  label: string;
  action: MenuAction;
  matches(event: KeyboardEvent): boolean;
}

function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const ctrl = (event: KeyboardEvent) => event.ctrlKey || event.metaKey;

export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: ['F1', '?'],
    label: 'shortcuts.help',
    action: 'shortcuts',
    matches: (e) => e.key === 'F1' || (e.key === '?' && !isTyping(e) && !ctrl(e)),
  },
  {
    keys: ['Alt+Home'],
    label: 'shortcuts.home',
    action: 'navigate-home',
    matches: (e) => e.altKey && e.key === 'Home',
  },
  {
    // Also while typing: a new signal often arrives while someone is busy with another form.
    keys: ['Ctrl+Shift+N'],
    label: 'shortcuts.newSignal',
    action: 'new-signal',
    matches: (e) => ctrl(e) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'n',
  },
  {
    keys: ['Ctrl+F'],
    label: 'shortcuts.findCase',
    action: 'find-case',
    matches: (e) => ctrl(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f',
  },
  {
    // Also while typing: in the middle of the minutes someone needs the covenant at once.
    keys: ['Ctrl+K'],
    label: 'shortcuts.convenantLookup',
    action: 'convenant-lookup',
    matches: (e) => ctrl(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'k',
  },
  {
    keys: ['Ctrl+P'],
    label: 'shortcuts.print',
    action: 'print',
    matches: (e) => ctrl(e) && !e.shiftKey && e.key.toLowerCase() === 'p',
  },
  {
    // Also while typing: whoever walks away from the screen must be able to lock it at once.
    keys: ['Ctrl+L'],
    label: 'shortcuts.lock',
    action: 'lock',
    matches: (e) => ctrl(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'l',
  },
];

export function shortcutFor(event: KeyboardEvent): Shortcut | undefined {
  return SHORTCUTS.find((s) => s.matches(event));
}
