import { describe, expect, it } from 'vitest';
import { phoneticKey } from '../persons/names';
import { MASK, maskedWords, nameCandidates, questionParts, synonymCandidates } from './masking';

/** Masks `text` as core does, with these (fictitious) names stored in person_name_key. */
function mask(text: string, names: string[] = []): string {
  return maskedWords(questionParts(text), new Set(names.map(phoneticKey))).join(' ');
}

describe('masking a question', () => {
  it('keeps the words in order, lower case, without punctuation', () => {
    expect(mask('Hoe lang mag ik Gegevens bewaren?')).toBe('hoe lang mag ik gegevens bewaren');
  });

  it('masks a name of the database, also spelled another way, and only those', () => {
    expect(mask('Mag de politie iets over Jansen vertellen?', ['Jansen'])).toBe(
      `mag de politie iets over ${MASK} vertellen`,
    );
    expect(mask('wat weten we van Janssen', ['Jansen'])).toBe(`wat weten we van ${MASK}`);
    expect(mask('wat weten we van Janssen')).toBe('wat weten we van janssen');
  });

  it('masks numbers, dates, e-mail addresses and postcodes; a run of masks is one', () => {
    expect(mask('melding van 12-03-2026 over casus 2026-0042')).toBe(`melding van ${MASK} over casus ${MASK}`);
    expect(mask('mail naar j.devries@voorbeeld.nl sturen?')).toBe(`mail naar ${MASK} sturen`);
    expect(mask('woont op 1234 AB of 5678CD')).toBe(`woont op ${MASK} of ${MASK}`);
    expect(mask('bsn 123456782 delen')).toBe(`bsn ${MASK} delen`);
    expect(mask('op 3/4 besproken')).toBe(`op ${MASK} besproken`);
  });

  it('masks a word of one or two letters unless it is a known small word', () => {
    expect(mask('mag ik met J. de Vries praten', ['Vries'])).toBe(`mag ik met ${MASK} de ${MASK} praten`);
    expect(mask('is het OM erbij')).toBe('is het om erbij');
    expect(mask('xy delen')).toBe(`${MASK} delen`);
  });

  it('never looks up a small word as a name', () => {
    // "wil" and "van" are stopwords: not candidates, and not masked even when a name sounds alike.
    expect(nameCandidates(questionParts('ik wil van Bakker weten'))).toEqual([phoneticKey('bakker')]);
    expect(mask('ik wil het weten', ['Wil'])).toBe('ik wil het weten');
  });

  it('offers the unmasked words of three letters or more, not the small words, as synonyms', () => {
    expect(synonymCandidates(['hoe', 'lang', 'mag', 'ik', MASK, 'dossier', 'houden', 'dossier'])).toEqual([
      'lang',
      'dossier',
      'houden',
    ]);
  });
});
