// A casus: the dossier and its print view. What it offers other features: the parts an inzage
// shows of a case. Its pages are in routes.ts.
export { CaseNotFound } from './CaseNotFound';
export { MonitoringSheetTable, PlanSheetTable } from './CaseSheetTables';
