// How the covenant search weighs what it found (sixth round of issue 22, docs/benchmarks.md): an
// article's everyday question met whole counts above the same words in a long one, the last word
// is completed only when the covenant does not have it, and the words of "wat wordt bedoeld met"
// are not looked for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Convenant } from '../../../src-shared/domain/convenant';
import { ConvenantIndex } from './search';
import { DEFAULT_SYNONYMS } from './synonyms';
import { parseConvenant } from './markdown';

const article = (nummer: string, titel: string, tekst: string, vragen: string[]): Article => ({
  nummer,
  titel,
  tags: { partners: [], gegevens: [], processtappen: [], onderwerpen: [] },
  leden: [{ nummer: 1, tekst }],
  vragen,
});

const covenant = (artikelen: Article[]): Convenant => ({
  titel: 'Proefconvenant (fictief)',
  versie: '1.0',
  ingangsdatum: '2026-01-01',
  status: 'concept',
  begrippen: [],
  artikelen,
});

describe('the articles’ everyday questions (passages)', () => {
  it('count a phrasing met whole above the same words in a longer one', () => {
    // Same text, and both questions hold "huisarts" and "bellen"; article 1 comes first on a tie.
    const index = new ConvenantIndex(
      covenant([
        article('1', 'Eerste regeling', 'Tekst van de regeling.', [
          'mag ik de huisarts bellen als de buurman van de jongere over een verhuizing begint',
        ]),
        article('2', 'Tweede regeling', 'Tekst van de regeling.', ['mag ik de huisarts bellen']),
      ]),
      [],
      [],
    );
    expect(index.search('huisarts bellen?').map((hit) => hit.ref)).toEqual(['2', '1']);
  });
});

describe('the example covenant', () => {
  const parsed = parseConvenant(
    readFileSync(join(__dirname, '../../../resources/convenant/voorbeeld-convenant.md'), 'utf8'),
    ['gemeente', 'politie', 'om', 'reclassering', 'rvdk', 'ggz', 'zvh'],
  );
  if ('errors' in parsed) throw new Error(JSON.stringify(parsed.errors));
  const index = new ConvenantIndex(parsed.convenant, DEFAULT_SYNONYMS);
  const refs = (query: string, n = 40) => index.search(query, n).map((hit) => hit.ref);

  it('completes the last word only when the covenant does not have it', () => {
    // "politie" is a word of the covenant: it does not also find "politieke opvattingen"
    // (the definition of bijzondere persoonsgegevens); the unfinished "politi" does.
    expect(refs('politie')).not.toContain('Bijzondere persoonsgegevens');
    expect(refs('politi')).toContain('Bijzondere persoonsgegevens');
  });

  it('does not look for the words that ask for a definition', () => {
    // "bedoeld" would lead to "doel" (article 1) by its be-; the definition comes first.
    expect(index.search('wat wordt bedoeld met verstrekken', 1)[0]).toMatchObject({
      kind: 'begrip',
      ref: 'Verstrekken',
    });
    expect(refs('wat wordt bedoeld met', 40)).not.toContain('1');
  });
});
