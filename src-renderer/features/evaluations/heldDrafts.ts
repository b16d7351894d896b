// The round set-up over a lock (kit/heldDraft): a new round's form, or a round's changes with the
// version they were typed over (a colleague's save in between is refused after the unlock, as
// before it). The set-up is its own route, so the page takes its values back by itself.

export function roundDraftKey(roundId: number | null): string {
  return `evaluations:ronde:${roundId ?? 'nieuw'}`;
}
