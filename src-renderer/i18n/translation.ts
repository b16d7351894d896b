// The `translation` namespace of one language, composed from that language's feature files
// (nl/<feature>.json or en/<feature>.json; see README.md). A file of its own so that each language
// is a module of its own: index.ts takes Dutch into the start bundle and fetches English only
// when it is chosen.

export type Messages = { [key: string]: string | Messages };

/** The sections of all feature files of one language (from an eager import.meta.glob). */
export function composeTranslation(files: Record<string, Messages>): Messages {
  const merged: Messages = {};
  for (const sections of Object.values(files)) Object.assign(merged, sections);
  return merged;
}
