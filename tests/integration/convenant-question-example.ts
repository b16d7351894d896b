// One question as a colleague might ask it, which the example covenant's search (with the default
// synonym list) does not answer in its top three, and the synonym pair that fixes it: shared by
// convenant-questions.test.ts and the renderer's convenant-vragen.spec.ts (no vitest here, so
// Playwright loads it too). Not "lezen": it sounds like the demo's "Lisanne" (both lsn), so in the
// demo environment it would be masked and could not be chosen as the synonym's word.
export const QUESTION = 'mag de moeder de stukken van haar zoon doorlezen';
export const ARTICLE = '17';
export const WORD = 'doorlezen';
export const TERM = 'inzage';
