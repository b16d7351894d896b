// The covenant search's weights as one parameter object (params.ts, ninth round of issue 22,
// docs/benchmarks.md): another object changes the ranking, and the features the round tried
// (all at 0 by default) act once they have weight.
import { describe, expect, it } from 'vitest';
import type { Article, Convenant } from '../../../src-shared/domain/convenant';
import { DEFAULT_PARAMS, type SearchParams } from './params';
import { ConvenantIndex } from './search';

const article = (nummer: string, titel: string, leden: string[]): Article => ({
  nummer,
  titel,
  tags: { partners: [], gegevens: [], processtappen: [], onderwerpen: [] },
  leden: leden.map((tekst, i) => ({ nummer: i + 1, tekst })),
});

const covenant = (artikelen: Article[], begrippen: Convenant['begrippen'] = []): Convenant => ({
  titel: 'Proefconvenant (fictief)',
  versie: '1.0',
  ingangsdatum: '2026-01-01',
  status: 'concept',
  begrippen,
  artikelen,
});

const refs = (index: ConvenantIndex, query: string, params: Partial<SearchParams> = {}) =>
  index
    .withParams({ ...DEFAULT_PARAMS, ...params })
    .search(query)
    .map((hit) => (hit.kind === 'begrip' ? `begrip:${hit.ref}` : hit.ref));

describe('the search parameters', () => {
  it('rebuild the index for a field weight and rank by it', () => {
    // "fiets" is in the title of 1 and twice in the body of 2; the title's weight decides.
    const index = new ConvenantIndex(
      covenant([article('1', 'Fiets', ['lamp tafel deur']), article('2', 'Regeling', ['fiets fiets lamp'])]),
      [],
      [],
    );
    expect(refs(index, 'fiets')).toEqual(['1', '2']);
    expect(refs(index, 'fiets', { title: 1 })).toEqual(['2', '1']);
  });

  it('proximity raises the article that has the question’s words in one lid', () => {
    // The same words, the same lengths; only article 2 has "fiets" and "lamp" in one lid.
    const index = new ConvenantIndex(
      covenant([
        article('1', 'Regeling', ['fiets tafel', 'lamp deur']),
        article('2', 'Regeling', ['fiets lamp', 'tafel deur']),
      ]),
      [],
      [],
    );
    expect(refs(index, 'fiets lamp')).toEqual(['1', '2']);
    expect(refs(index, 'fiets lamp', { proximity: 0.5 })).toEqual(['2', '1']);
  });

  it('a phrase weight raises the article that has the question’s words next to each other', () => {
    const index = new ConvenantIndex(
      covenant([article('1', 'Regeling', ['fiets tafel lamp']), article('2', 'Regeling', ['tafel fiets lamp'])]),
      [],
      [],
    );
    expect(refs(index, 'fiets lamp')).toEqual(['1', '2']);
    expect(refs(index, 'fiets lamp', { phrase: 0.5 })).toEqual(['2', '1']);
  });

  it('a title match raises the article whose title holds the question’s word', () => {
    // With the title at the body's weight, three times "fiets" in 1's body beats 2's title alone.
    const index = new ConvenantIndex(
      covenant([article('1', 'Regeling', ['fiets fiets fiets']), article('2', 'Fiets', ['lamp tafel'])]),
      [],
      [],
    );
    expect(refs(index, 'fiets', { title: 1 })).toEqual(['1', '2']);
    expect(refs(index, 'fiets', { title: 1, titleMatch: 1 })).toEqual(['2', '1']);
  });

  it('a defined term named in the question raises its definition', () => {
    const index = new ConvenantIndex(
      covenant(
        [article('1', 'Fietsenstalling', ['de fietsenstalling is open', 'een fietsenstalling heeft een lamp'])],
        [{ term: 'Fietsenstalling', omschrijving: 'een ruimte voor tweewielers' }],
      ),
      [],
      [],
    );
    expect(refs(index, 'fietsenstalling')).toEqual(['1', 'begrip:Fietsenstalling']);
    expect(refs(index, 'fietsenstalling', { definedTerm: 4 })).toEqual(['begrip:Fietsenstalling', '1']);
  });
});
