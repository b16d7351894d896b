// The convenant's forms over a lock (kit/heldDraft): the beheerder's synonym list as typed and not
// saved (SynonymsEditor, always on the beheer page; the list carries no version: a save replaces it
// whole, after a lock as before it), and the share check's choices not yet asked about
// (ShareCheckPage, its own route), and a synonym pair being made from a reported question
// (QuestionsSection opens its dialog again once the questions are in).
import { changedValues } from '../../kit/heldDraft';

export const SYNONYMS_DRAFT_KEY = 'convenant:synoniemen';

/** A synonym pair from a reported question: the word of the question and the article's term. */
export function questionSynonymDraftKey(questionId: string): string {
  return `convenant:vraag:${questionId}`;
}

export const SHARE_CHECK_DRAFT_KEY = 'convenant:delen';

/** The share check's four choices, as the page holds them ('' for none yet). */
export interface ShareChoices {
  from: string;
  to: string;
  category: string;
  step: string;
}

export const NO_SHARE_CHOICES: ShareChoices = { from: '', to: '', category: '', step: '' };

/**
 * The choices to hold over a lock: none made, or already answered (a new choice clears the
 * answer), holds nothing — the check saves nothing, so only a question not yet asked is unsaved.
 */
export function unsavedShareCheck(choices: ShareChoices, answered: boolean): ShareChoices | undefined {
  return answered ? undefined : changedValues(choices, NO_SHARE_CHOICES);
}
