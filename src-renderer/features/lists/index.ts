// Keuzelijsten and regions. What it offers other features: the reference data (lists, regions,
// municipalities) that every case screen reads its labels and choices from. Its page is in
// routes.ts.
export { choices, gemeenteName, listLabel, regionName, useReferenceData } from './reference';
