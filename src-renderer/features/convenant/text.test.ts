import { describe, expect, it } from 'vitest';
import { articlePath, formatSynonyms, importErrors, parseSynonyms, segmentText } from './text';

const begrippen = [
  { term: 'Persoonsgegevens', omschrijving: 'alle informatie over een persoon' },
  { term: 'Bijzondere persoonsgegevens', omschrijving: 'gegevens over gezondheid, geloof …' },
  { term: 'Casusoverleg', omschrijving: 'het overleg over één betrokkene' },
];
const known = new Set(['3', '4', '7', '7a', '9']);

describe('segmentText', () => {
  it('links references to known articles, not to unknown ones', () => {
    const segments = segmentText('Zie artikel 7, tweede lid, en artikel 12.', [], known);
    expect(segments).toEqual([
      { kind: 'text', text: 'Zie ' },
      { kind: 'ref', text: 'artikel 7', nummer: '7' },
      { kind: 'text', text: ', tweede lid, en artikel 12.' },
    ]);
  });

  it('links every number of "artikelen 3, 4 en 7a"', () => {
    const refs = segmentText('Volgens artikelen 3, 4 en 7a geldt dit.', [], known).filter((s) => s.kind === 'ref');
    expect(refs.map((s) => [s.text, s.kind === 'ref' ? s.nummer : ''])).toEqual([
      ['artikelen 3', '3'],
      ['4', '4'],
      ['7a', '7a'],
    ]);
  });

  it('marks the longest defined term, case-insensitively, only its first use per article', () => {
    const used = new Set<string>();
    const first = segmentText('Bijzondere persoonsgegevens en persoonsgegevens.', begrippen, known, used);
    expect(first.filter((s) => s.kind === 'term').map((s) => s.text)).toEqual([
      'Bijzondere persoonsgegevens',
      'persoonsgegevens',
    ]);
    const second = segmentText('Weer persoonsgegevens in het casusoverleg.', begrippen, known, used);
    expect(second.filter((s) => s.kind === 'term').map((s) => s.text)).toEqual(['casusoverleg']);
  });

  it('does not mark a term inside a longer word', () => {
    const segments = segmentText('De casusoverlegvergadering.', begrippen, known);
    expect(segments).toEqual([{ kind: 'text', text: 'De casusoverlegvergadering.' }]);
  });

  it('keeps all text: the segments join to the original', () => {
    const text = 'Het casusoverleg (zie artikel 9) verwerkt persoonsgegevens; artikel 4.';
    expect(
      segmentText(text, begrippen, known)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

describe('synonyms text', () => {
  it('round-trips groups and reports lines with fewer than two words', () => {
    const groups = [
      ['rvdk', 'raad voor de kinderbescherming'],
      ['bewaren', 'opslaan'],
    ];
    expect(parseSynonyms(formatSynonyms(groups))).toEqual({ groups, badLines: [] });
    expect(parseSynonyms('datalek, Inbreuk, datalek\n\nalleen\n')).toEqual({
      groups: [['datalek', 'inbreuk']],
      badLines: [3],
    });
  });
});

describe('importErrors', () => {
  it('orders core’s errors by line', () => {
    const errors = importErrors({
      'regel.12.1': { key: 'convenant.errors.lidLine', params: { line: 12 } },
      'regel.1.0': { key: 'convenant.errors.headerDate', params: { line: 1 } },
    });
    expect(errors.map((e) => e.line)).toEqual([1, 12]);
    expect(errors[0]!.key).toBe('convenant.errors.headerDate');
    expect(importErrors(undefined)).toEqual([]);
  });
});

describe('articlePath', () => {
  it('names the version only when one is chosen', () => {
    expect(articlePath('7a')).toBe('/convenant/artikel/7a');
    expect(articlePath('7', 3)).toBe('/convenant/artikel/7?versie=3');
  });
});
