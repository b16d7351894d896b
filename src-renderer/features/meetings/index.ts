// Casusoverleg: agenda, attendance, minutes and actions. What it offers the shell: the keys of the
// minutes screen (the help dialog lists them). Its pages are in routes.ts.
export { MINUTES_SHORTCUTS } from './minutesShortcuts';
