// One question as a colleague might ask it, which the example covenant's search (with the default
// synonym list) does not answer in its top three, and the synonym pair that fixes it: shared by
// convenant-questions.test.ts and the renderer's convenant-vragen.spec.ts (no vitest here, so
// Playwright loads it too).
export const QUESTION = 'mag de moeder de stukken van haar zoon lezen';
export const ARTICLE = '17';
export const WORD = 'lezen';
export const TERM = 'inzage';
