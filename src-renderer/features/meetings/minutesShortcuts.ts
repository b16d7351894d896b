// The keys of the live minutes screen, in one list: the screen's key handler and the help dialog
// (F1) both read it.

export type MinutesCommand = 'next' | 'previous' | 'timer' | 'actie' | 'besluit' | 'inbreng';

export interface MinutesShortcut {
  keys: string;
  /** i18n key of the description. */
  label: string;
  command: MinutesCommand;
  matches(event: KeyboardEvent): boolean;
}

const alt = (event: KeyboardEvent) => event.altKey && !event.ctrlKey && !event.metaKey;
const letter = (event: KeyboardEvent, key: string) =>
  alt(event) && !event.shiftKey && event.code === `Key${key.toUpperCase()}`;

export const MINUTES_SHORTCUTS: readonly MinutesShortcut[] = [
  {
    keys: 'Alt+PageDown',
    label: 'meetings.shortcuts.next',
    command: 'next',
    matches: (e) => alt(e) && e.key === 'PageDown',
  },
  {
    keys: 'Alt+PageUp',
    label: 'meetings.shortcuts.previous',
    command: 'previous',
    matches: (e) => alt(e) && e.key === 'PageUp',
  },
  { keys: 'Alt+T', label: 'meetings.shortcuts.timer', command: 'timer', matches: (e) => letter(e, 't') },
  { keys: 'Alt+I', label: 'meetings.shortcuts.inbreng', command: 'inbreng', matches: (e) => letter(e, 'i') },
  { keys: 'Alt+B', label: 'meetings.shortcuts.besluit', command: 'besluit', matches: (e) => letter(e, 'b') },
  { keys: 'Alt+N', label: 'meetings.shortcuts.actie', command: 'actie', matches: (e) => letter(e, 'n') },
];

export function minutesCommandFor(event: KeyboardEvent): MinutesCommand | null {
  return MINUTES_SHORTCUTS.find((s) => s.matches(event))?.command ?? null;
}
