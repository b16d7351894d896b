// Casussen: finding cases. What it offers the shell: the provider that keeps the search while a
// dossier is visited (the shell places it around the pages). Its page is in routes.ts.
export { CaseSearchProvider } from './SearchStateContext';
