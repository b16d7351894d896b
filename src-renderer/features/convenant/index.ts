// The convenant: read, search, compare, share check, and its beheer. What it offers the shell: the
// look-up dialog (Ctrl+K) its commands open. Its pages are in routes.ts.
export { ConvenantLookupDialog } from './ConvenantLookupDialog';
