// The convenant's forms over a lock (kit/heldDraft): the beheerder's synonym list as typed and not
// saved (SynonymsEditor, always on the beheer page). The list carries no version: a save replaces
// it whole, after a lock as before it.

export const SYNONYMS_DRAFT_KEY = 'convenant:synoniemen';
