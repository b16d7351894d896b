// The example covenant: it parses, writes back to the same format, answers realistic questions
// with the right article in the top three, and "Mag ik dit delen?" reads its labels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATION_MAX, citation, CONVENANT_LIMITS, type Convenant } from '../../../src-shared/domain/convenant';
import { compareVersions } from './compare';
import { parseConvenant, writeConvenant } from './markdown';
import { ConvenantIndex } from './search';
import { damerau } from './typo';
import { shareCheck } from './share-check';
import { DEFAULT_SYNONYMS } from './synonyms';
import nl from '../../../src-shared/i18n/nl.json';

const PARTNERS = [
  'gemeente',
  'politie',
  'om',
  'reclassering',
  'rvdk',
  'ggz',
  'zvh',
  'veilig_thuis',
  'jeugdbescherming',
  'leerplicht',
  'onderwijs',
  'wijkteam',
  'dji',
];
const EXAMPLE = readFileSync(join(__dirname, '../../../resources/convenant/voorbeeld-convenant.md'), 'utf8');

function example(): Convenant {
  const parsed = parseConvenant(EXAMPLE, PARTNERS);
  if ('errors' in parsed) throw new Error(JSON.stringify(parsed.errors));
  return parsed.convenant;
}

describe('the covenant format', () => {
  it('reads the example: 22 articles, definitions, labels and leden', () => {
    const convenant = example();
    expect(convenant).toMatchObject({ versie: '1.0', ingangsdatum: '2026-01-01', status: 'vastgesteld' });
    expect(convenant.artikelen.length).toBeGreaterThanOrEqual(20);
    expect(convenant.begrippen.map((b) => b.term)).toContain('Betrokkene');
    const seven = convenant.artikelen.find((a) => a.nummer === '7')!;
    expect(seven.tags.partners).toEqual(['politie', 'gemeente', 'om', 'rvdk']);
    expect(seven.leden).toHaveLength(3);
  });

  it('writes back what it read (round trip)', () => {
    const once = writeConvenant(example());
    const again = parseConvenant(once, PARTNERS);
    expect('convenant' in again && writeConvenant(again.convenant)).toBe(once);
  });

  it('reports every error with its line number, and imports nothing', () => {
    const broken = EXAMPLE.replace('status: vastgesteld', 'status: geldig')
      .replace('partners: politie, gemeente, om, rvdk', 'partners: politie, brandweer')
      .replace('2. De verstrekking blijft beperkt', '4. De verstrekking blijft beperkt');
    const parsed = parseConvenant(broken, PARTNERS);
    expect('errors' in parsed).toBe(true);
    if (!('errors' in parsed)) return;
    const lineOf = (text: string) => broken.split('\n').findIndex((line) => line.includes(text)) + 1;
    expect(parsed.errors).toEqual([
      { line: 1, key: 'headerStatus', params: { status: 'geldig' } },
      {
        line: lineOf('partners: politie, brandweer'),
        key: 'tagUnknown',
        params: { tag: 'partners', value: 'brandweer' },
      },
      { line: lineOf('4. De verstrekking blijft beperkt'), key: 'lidNumber', params: { expected: '2', nummer: '4' } },
    ]);
    expect(parseConvenant('geen kop', PARTNERS)).toEqual({ errors: [{ line: 1, key: 'headerMissing' }] });
  });

  // A crafted file (security review 2026-12-07): the heading's pattern once ended in `(.+?)\s*$`,
  // which backtracks over a run of spaces inside a title once per character before it — quadratic:
  // ~20 s of CPU for this line of 200,000 spaces, minutes for one the size of the import limit,
  // with core (on a server: every session) waiting. Reading it is linear now: milliseconds.
  it('reads an article title with a long run of spaces in linear time', () => {
    const head = EXAMPLE.slice(0, EXAMPLE.indexOf('## Artikel 1 '));
    const title = `a${' '.repeat(200_000)}b`;
    const started = performance.now();
    const parsed = parseConvenant(`${head}## Artikel 1 — ${title}\n\n1. Tekst.\n`, PARTNERS);
    expect(performance.now() - started).toBeLessThan(2_000);
    // Read in linear time, and then refused as too long (CONVENANT_LIMITS) by its line.
    expect(parsed).toEqual({
      errors: [{ line: head.split('\n').length, key: 'articleTitleTooLong', params: { nummer: '1', max: '200' } }],
    });
    const spaced = `a${' '.repeat(198)}b`;
    const taken = parseConvenant(`${head}## Artikel 1 — ${spaced}\n\n1. Tekst.\n`, PARTNERS);
    if ('errors' in taken) throw new Error(JSON.stringify(taken.errors));
    expect(taken.convenant.artikelen[0]!.titel).toBe(spaced);
  });

  it('keeps a citation of the longest title, version and article number within the minutes’ field', () => {
    const longest = citation(
      '9'.repeat(CONVENANT_LIMITS.artikelNummer),
      9999,
      't'.repeat(CONVENANT_LIMITS.titel),
      'v'.repeat(CONVENANT_LIMITS.versie),
    );
    expect(longest.length).toBeLessThanOrEqual(CITATION_MAX);
  });

  it("reads each article's everyday questions (### Vragen) and writes them back", () => {
    const convenant = example();
    for (const article of convenant.artikelen) expect(article.vragen?.length).toBeGreaterThanOrEqual(15);
    expect(convenant.artikelen.find((a) => a.nummer === '9')!.vragen).toContain('Mag ik de huisarts bellen?');
    expect(writeConvenant(convenant)).toContain('### Vragen\n\n- Mag ik de huisarts bellen?\n');
    // A version without the section (as imported before it existed) stays valid and writes none.
    const bare = parseConvenant(EXAMPLE.replace(/\n### Vragen\n\n(- .*\n)+/g, '\n'), PARTNERS);
    if ('errors' in bare) throw new Error(JSON.stringify(bare.errors));
    expect(bare.convenant.artikelen.every((a) => a.vragen === undefined)).toBe(true);
    expect(writeConvenant(bare.convenant)).not.toContain('### Vragen');
  });

  it('reports a malformed ### Vragen section by line, with a Dutch message for each error', () => {
    const head = EXAMPLE.slice(0, EXAMPLE.indexOf('## Artikel 1 '));
    const broken = [
      head.replace('## Begrippen\n', '## Begrippen\n\n### Vragen\n- Wat is een betrokkene?\n'),
      '## Artikel 1 — Doel',
      '',
      '### Vragen',
      '- Waarom?',
      '',
      '## Artikel 2 — Partijen',
      '1. Partijen zijn de gemeente en de politie.',
      '',
      '### Vragen',
      '- Wie doen er mee?',
      '2. Dit is geen vraag.',
      '### Vragen',
      '- Nog eens?',
      '',
      '## Artikel 3 — Grondslag',
      '1. De wet.',
      '### Vragen',
      '',
    ].join('\n');
    const parsed = parseConvenant(broken, PARTNERS);
    if (!('errors' in parsed)) throw new Error('parsed');
    const lineOf = (text: string, from = 0) =>
      broken.split('\n').findIndex((line, i) => i >= from && line.startsWith(text)) + 1;
    const second = lineOf('### Vragen', lineOf('## Artikel 2'));
    expect(parsed.errors).toEqual([
      { line: lineOf('### Vragen'), key: 'vragenOutsideArticle' },
      { line: lineOf('- Wat is een betrokkene'), key: 'begripLine' },
      { line: lineOf('### Vragen', lineOf('## Artikel 1')), key: 'vragenBeforeLeden', params: { nummer: '1' } },
      { line: lineOf('## Artikel 1'), key: 'articleEmpty', params: { nummer: '1' } },
      { line: lineOf('2. Dit is geen vraag'), key: 'vraagLine' },
      { line: lineOf('### Vragen', second), key: 'vragenDuplicate', params: { nummer: '2' } },
      { line: lineOf('### Vragen', lineOf('## Artikel 3')), key: 'vragenEmpty', params: { nummer: '3' } },
    ]);
    const messages: Record<string, string> = nl.convenant.errors;
    for (const key of ['vragenOutsideArticle', 'vragenBeforeLeden', 'vraagLine', 'vragenDuplicate', 'vragenEmpty'])
      expect(messages[key]).toMatch(/^Regel \{\{line\}\}: .*(### Vragen|vraag)/);
  });
});

describe('search', () => {
  const index = new ConvenantIndex(example(), DEFAULT_SYNONYMS);
  const top3 = (query: string) =>
    index.search(query, 3).map((hit) => (hit.kind === 'artikel' ? hit.ref : `begrip:${hit.ref}`));

  // Questions staff type in the middle of a meeting, with the article that answers them.
  const questions: [string, string][] = [
    ['bewaartermijn', '16'],
    ['hoe lang bewaren we dit', '16'],
    ['bewaartermjn', '16'],
    ['politie delen met raad voor de kinderbescherming', '7'],
    ['rvdk', '7'],
    ['rechten betrokkene', '17'],
    ['inzageverzoek', '17'],
    ['datalek melden', '15'],
    ['datalekken', '15'],
    ['geheimhouding', '13'],
    ['klacht indienen', '19'],
    ['gezondheidsgegevens ggz', '9'],
    ['justitiele gegevens', '10'],
    ['convenant opzeggen', '21'],
    ['reclassering toezicht', '8'],
    ['weging informatieoverleg', '5'],
    ['beveiliging versleuteld', '14'],
    ['evaluatie aanbevelingen', '20'],
  ];
  for (const [query, article] of questions) {
    it(`"${query}" finds artikel ${article} in the top 3`, () => {
      expect(top3(query)).toContain(article);
    });
  }

  it('matches while typing and shows where, with the hits marked', () => {
    const [hit] = index.search('bewaarterm');
    expect(hit).toMatchObject({ kind: 'artikel', ref: '16', lid: 2 });
    // The word typed, and the synonym group's "bewaard" (bewaren) in the same lid.
    expect(hit!.snippet.filter((s) => s.hit).map((s) => s.text.trim())).toEqual(['bewaartermijn', 'bewaard.']);
    // Only common words, finished: nothing to look for (while typing, "een" may become "eenmaal" of
    // article 20, or "eens" of a question of article 19).
    expect(index.search('de het een ')).toEqual([]);
    expect(index.search('de het een', 3).map((hit) => hit.ref)).toContain('20');
  });
});

describe('typing errors', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours, and stops early', () => {
    expect(damerau('bewaartermijn', 'bewaartermijn', 2)).toBe(0);
    expect(damerau('beveiligng', 'beveiliging', 2)).toBe(1);
    expect(damerau('datelak', 'datalek', 2)).toBe(2);
    expect(damerau('klahcten', 'klachten', 1)).toBe(1);
    expect(damerau('politie', 'polikliniek', 1)).toBe(2);
    expect(damerau('a', 'abcd', 1)).toBe(2);
  });

  it('finds a misspelled word whose stem lost an ending by the whole word (melding → meld)', () => {
    const index = new ConvenantIndex(example(), DEFAULT_SYNONYMS);
    expect(index.search('melidng ', 1).map((hit) => hit.ref)).toEqual(['4']);
    expect(index.search('beveiligng ', 1).map((hit) => hit.ref)).toEqual(['14']);
  });
});

describe('Mag ik dit delen?', () => {
  it('names the governing articles for the police sharing with the RvdK in the casusoverleg', () => {
    const answer = shareCheck(example(), {
      from: 'politie',
      to: 'rvdk',
      category: 'strafrechtelijke_gegevens',
      step: 'casusoverleg',
    });
    expect(answer.verdict).toBe('voorwaarden');
    expect(answer.articles.map((a) => a.nummer)).toEqual(['7', '3']);
    expect(answer.articles[0]!.voorwaarden[0]).toMatch(
      /^1\. De politie, de gemeente en het Openbaar Ministerie verstrekken/,
    );
  });

  it('says "not regulated" where the labels do not cover the question', () => {
    expect(
      shareCheck(example(), { from: 'onderwijs', to: 'dji', category: 'justitiele_gegevens', step: 'signaal' }),
    ).toEqual({
      verdict: 'niet-geregeld',
      articles: [],
    });
  });
});

describe('versions compared', () => {
  it('lists added, removed and changed articles with a word diff', () => {
    const left = example();
    const right: Convenant = structuredClone(left);
    right.versie = '1.1';
    right.artikelen.find((a) => a.nummer === '16')!.leden[0]!.tekst = right.artikelen
      .find((a) => a.nummer === '16')!
      .leden[0]!.tekst.replace('vijf jaar', 'zeven jaar');
    right.artikelen = right.artikelen.filter((a) => a.nummer !== '22');
    right.artikelen.push({
      nummer: '23',
      titel: 'Nieuw artikel',
      tags: { partners: [], gegevens: [], processtappen: [], onderwerpen: [] },
      leden: [{ nummer: 1, tekst: 'Tekst.' }],
    });
    const changes = compareVersions(left, right);
    expect(changes.filter((c) => c.change !== 'gelijk').map((c) => [c.nummer, c.change])).toEqual([
      ['16', 'gewijzigd'],
      ['22', 'verwijderd'],
      ['23', 'toegevoegd'],
    ]);
    const diff = changes.find((c) => c.nummer === '16')!.diff;
    expect(diff.filter((d) => d.op !== 'same').map((d) => [d.op, d.text.trim()])).toEqual([
      ['removed', 'vijf'],
      ['added', 'zeven'],
    ]);
  });

  it("shows an article whose everyday questions changed as changed, with the question's words", () => {
    const left = example();
    const right: Convenant = structuredClone(left);
    right.versie = '1.1';
    right.artikelen.find((a) => a.nummer === '13')!.vragen!.push('Mag ik het aan de buren vertellen?');
    const changes = compareVersions(left, right);
    expect(changes.filter((c) => c.change !== 'gelijk').map((c) => [c.nummer, c.change])).toEqual([
      ['13', 'gewijzigd'],
    ]);
    const added = changes.find((c) => c.nummer === '13')!.diff.filter((d) => d.op === 'added');
    expect(added.map((d) => d.text).join('')).toContain('buren');
  });
});
