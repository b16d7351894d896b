// The code a new value of a beheerder's list gets from its label: what records store and the
// figures group by, so it never changes once given (a later label edit keeps the code).
// Used for the reference lists (lists/reference-data.ts) and the mentor project's training
// modules (mentoring/settings.ts).

/**
 * A code from `label`: accents dropped, lower case, runs of anything else than a–z and 0–9 as one
 * `_`, at most 32 characters; `fallback` when nothing is left; `_2`, `_3`, … until it is not in
 * `taken`. The code is added to `taken`, so one save gives each new value its own.
 */
export function codeFromLabel(label: string, taken: Set<string>, fallback: string): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
      .slice(0, 32) || fallback;
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}_${n}`;
  taken.add(code);
  return code;
}
