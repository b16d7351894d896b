// What is kept of a question a colleague asked the covenant search (issue 22): its words, in
// order, lower case, with everything that could point at a person replaced by `…`:
// - a word that sounds like a name of a person in this database (its phonetic key is one of
//   person_name_key's keys: persons/names.ts; "Jansen" also masks "Janssen"),
// - a number or any word with a digit (dates, case numbers, BSN, house numbers, the digits of a
//   postcode), a written date ("12-03-2026", "3/4"),
// - an e-mail address, a postcode ("1234 AB", "1234AB"),
// - a word of one or two letters that is not a known stopword (initials: "J. de Vries" → "…").
// The question as typed never leaves the call that stores it. Masking errs towards masking: an
// everyday word that sounds like a stored name is masked too (the beheerder then sees fewer words,
// never a name).
import { phoneticKey } from '../persons/names';
import { plainWord, STOPWORDS } from './dutch';

export const MASK = '…';

const EMAIL = /^[^\s@]+@[^\s@]+$/;
/** A Dutch postcode's letters right after its digits ("1234 AB"): the letters go with the digits. */
const POSTCODE_LETTERS = /^[a-z]{2}$/i;

/** A word left for the name check, or the mask. */
export type Part = { word: string } | { masked: true };

function isMasked(part: Part): part is { masked: true } {
  return 'masked' in part;
}

/** The question in words, everything but the names masked (names need the database: `nameKeys`). */
export function questionParts(text: string): Part[] {
  const parts: Part[] = [];
  const chunks = text.split(/\s+/).filter(Boolean);
  let afterDigits = false;
  for (const chunk of chunks) {
    // An e-mail address or anything with a digit is one mask, whatever its punctuation.
    if (EMAIL.test(chunk.replace(/[.,;:!?)]+$/, '').replace(/^[(<]+/, ''))) {
      parts.push({ masked: true });
      afterDigits = false;
      continue;
    }
    const words = [...chunk.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
    for (const word of words) {
      const lower = plainWord(word);
      if (/\p{N}/u.test(word)) {
        parts.push({ masked: true });
        afterDigits = /^\p{N}{4}$/u.test(word);
        continue;
      }
      if (afterDigits && POSTCODE_LETTERS.test(word)) {
        afterDigits = false;
        parts.push({ masked: true });
        continue;
      }
      afterDigits = false;
      if (lower.length <= 2 && !STOPWORDS.has(lower)) parts.push({ masked: true });
      else parts.push({ word: lower });
    }
  }
  return parts;
}

/** The phonetic keys to look up in person_name_key for the words left unmasked. */
export function nameCandidates(parts: readonly Part[]): string[] {
  const keys = new Set<string>();
  for (const part of parts) if (!isMasked(part) && !STOPWORDS.has(part.word)) keys.add(phoneticKey(part.word));
  keys.delete('');
  return [...keys];
}

/**
 * The stored words: names (a word whose key is among `nameKeys`) masked too; a run of masks is
 * one mask, so the stored words do not even tell how long a name was.
 */
export function maskedWords(parts: readonly Part[], nameKeys: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const masked = isMasked(part) || (!STOPWORDS.has(part.word) && nameKeys.has(phoneticKey(part.word)));
    if (masked) {
      if (out[out.length - 1] !== MASK) out.push(MASK);
    } else out.push(part.word);
  }
  return out;
}

/** The words a beheerder may turn into a synonym: the question's own words, no mask, no stopword. */
export function synonymCandidates(words: readonly string[]): string[] {
  return [...new Set(words.filter((word) => word !== MASK && !STOPWORDS.has(word) && word.length >= 3))];
}
