// The audit log: query, print, export. What it offers other features: the names of logged actions
// (an inzage shows them too). Its pages are in routes.ts.
export { actionLabel } from './labels';
