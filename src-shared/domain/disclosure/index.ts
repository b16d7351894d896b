// Disclosure control for everything that leaves the workstation. Count tables (year report, figures
// export): ./coarsen (the entry point), ./protect (suppression), ./audit (what a reader can work
// out) and ./marks (the rule). Microdata (the mentor dataset): ./microdata (k-anonymity). Groups of
// respondents (evaluation report and export): ./groups (groups under 3 merged).
export { publishTable, type LabelledTable, type PublishedTable } from './coarsen';
export { disclosureNotes } from './notes';
export { PRIMARY, SECONDARY, SMALL_CELL, PROTECTION_WIDTH, isHiddenCell, type PublishedCell } from './marks';
export { auditor, intervals, unprotected, isProtected, type PublishedGrid } from './audit';
export {
  publishPlaces,
  publishPlacesWithTotal,
  type Place,
  type PlacesWithTotal,
  type PublishedPlaces,
} from './places';
export { publishLinked } from './linked';
export {
  protectMicrodata,
  quasiColumns,
  tooRare,
  type AnonymousMicrodata,
  type Coarsening,
  type MicroRow,
  type QuasiIdentifiers,
} from './microdata';
export { mergeSmallGroups, MIN_RESPONDENTS, type MemberGroup } from './groups';
