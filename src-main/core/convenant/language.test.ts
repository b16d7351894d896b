// The Dutch the covenant search understands beyond stems: compounds split into their parts, verb
// forms brought to one base, and question words read for what they ask about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompoundSplitter, participleBase, verbStem } from './compound';
import { parseConvenant } from './markdown';
import { formWords, questionKinds } from './question-words';
import { derivationStems, separableParticiple, separableVerbs, stemOf, verbBase } from './dutch';
import { EVERYDAY_WORDS } from './everyday';
import { ConvenantIndex } from './search';
import { DEFAULT_SYNONYMS } from './synonyms';

const words = (text: string) => text.split(' ');

describe('compound splitting', () => {
  const splitter = new CompoundSplitter(
    ['geheimhouding', 'convenant', 'partner', 'persoon', 'gegevens', 'aanmelden', 'melden'],
    new Set(['aan', 'een', 'over']),
  );

  it('splits into known words with the linking -s-, -en- and -e-', () => {
    expect(splitter.split('klachtenregeling')).toEqual(['klacht', 'regeling']);
    expect(splitter.split('bewaartermijn')).toEqual(['bewaar', 'termijn']);
    expect(splitter.split('geheimhoudingsplicht')).toEqual(['geheimhouding', 'plicht']);
    expect(splitter.split('convenantpartner')).toEqual(['convenant', 'partner']);
    expect(splitter.split('persoonsgegevens')).toEqual(['persoon', 'gegevens']);
    expect(splitter.split('datalek')).toEqual(['data', 'lek']);
  });

  it('leaves alone what is not a compound of known words, short words and the word itself', () => {
    expect(splitter.split('betrokkene')).toEqual([]);
    expect(splitter.split('termijn')).toEqual([]);
    expect(splitter.split('geheimhouding')).toEqual([]);
    // "aan" is a stopword: never a part, so "aanmelden" stays whole.
    expect(splitter.split('aanmelden')).toEqual([]);
  });

  it('knows the stem of a known verb as the first part of a compound', () => {
    const verbs = new CompoundSplitter(['opzeggen', 'bewaren', 'termijn']);
    expect(verbs.split('opzegtermijn')).toEqual(['opzeg', 'termijn']);
    expect(verbs.split('bewaartermijn')).toEqual(['bewaar', 'termijn']);
    expect(verbStem('melden')).toBe('meld');
    expect(verbStem('spelen')).toBe('speel');
    expect(verbStem('regelen')).toBe('regel');
    expect(verbStem('gegevens')).toBeNull();
    expect(verbStem('zien')).toBeNull();
  });

  it('finds the head of a compound whose first part it does not know', () => {
    expect(splitter.head('privacygegevens')).toBe('gegevens');
    expect(splitter.head('gegevens')).toBeNull();
    expect(splitter.head('onbekendwoord')).toBeNull();
  });

  it('prefers the fewest parts', () => {
    const many = new CompoundSplitter(['gezondheid', 'gezond', 'heid', 'gegevens']);
    expect(many.split('gezondheidsgegevens')).toEqual(['gezondheid', 'gegevens']);
  });
});

describe('verb forms', () => {
  it('brings a verb form and its infinitive to one base', () => {
    expect(stemOf('verstrekt')).toBe(stemOf('verstrekken'));
    expect(stemOf('bewaard')).toBe(stemOf('bewaren'));
    expect(stemOf('beslist')).toBe(stemOf('beslissen'));
    expect(verbBase('bewaard')).toBe('bewar');
    expect(verbBase('wet')).toBe('wet');
  });

  it('brings -ing nouns and -lijk adjectives to the word they come from', () => {
    expect(stemOf('melding')).toBe(stemOf('melden'));
    expect(stemOf('werking')).toBe(stemOf('werken'));
    expect(stemOf('gevaarlijk')).toBe(stemOf('gevaar'));
    expect(stemOf('persoonlijke')).toBe(stemOf('persoon'));
    // Too short to be a derived word: left alone.
    expect(stemOf('ding')).toBe('ding');
  });

  it('brings the participle of a separable verb and plurals in -ies to the other forms', () => {
    expect(separableParticiple('vastgelegd')).toBe('vastlegd');
    expect(stemOf('vastgelegd')).toBe(stemOf('vastleggen'));
    expect(stemOf('ingelicht')).toBe(stemOf('inlichten'));
    expect(stemOf('doorgegeven')).toBe(stemOf('doorgeven'));
    expect(stemOf('aangemeld')).toBe(stemOf('aanmelden'));
    // A particle before an infinitive of a ge- verb is no participle; nor is a word without ge-.
    expect(separableParticiple('doorgeven')).toBeNull();
    expect(separableParticiple('aangeven')).toBeNull();
    expect(separableParticiple('toegang')).toBeNull();
    expect(separableParticiple('opslaan')).toBeNull();
    expect(stemOf('acties')).toBe(stemOf('actie'));
    expect(stemOf('interventies')).toBe(stemOf('interventie'));
  });

  it('finds the word inside a derived word: be-, and the particles of separable verbs', () => {
    expect(derivationStems('herevaluatie')).toContain(stemOf('evaluatie'));
    expect(derivationStems('bewerking')).toContain(stemOf('werking'));
    expect(derivationStems('doorverstrekken')).toContain(stemOf('verstrekken'));
    expect(derivationStems('terugkijken')).toContain(stemOf('kijken'));
    // Fewer than four letters left: no derivation.
    expect(derivationStems('beter')).toEqual([]);
    expect(derivationStems('termijn')).toEqual([]);
  });

  it('joins the particle of a separable verb to each word before it', () => {
    expect(separableVerbs(['wanneer', 'sluiten', 'we', 'af'])).toEqual(['afwanneer', 'afsluiten', 'afwe']);
    expect(separableVerbs(['af', 'en', 'toe'])).toEqual(['toeaf', 'toeen']);
    expect(separableVerbs(['bewaren'])).toEqual([]);
  });

  it('joins the particle of a te-infinitive to its verb', () => {
    expect(separableVerbs(['om', 'hem', 'in', 'te', 'lichten'])).toContain('inlichten');
    expect(separableVerbs(['het', 'op', 'te', 'slaan'])).toContain('opslaan');
    expect(separableVerbs(['iets', 'te', 'melden'])).toEqual([]);
  });

  it('finds the verb inside a past participle, and leaves ge- nouns alone', () => {
    expect(participleBase('gemeld')).toBeNull(); // too short to tell
    expect(participleBase('getekend')).toBe('tekend');
    expect(participleBase('gestuurd')).toBe('stuurd');
    expect(participleBase('gesproken')).toBe('sproken');
    expect(participleBase('gegevens')).toBeNull();
    expect(participleBase('gemeente')).toBeNull();
    expect(participleBase('gezondheid')).toBeNull();
  });
});

describe('question words', () => {
  const about = (question: string) => questionKinds(words(question)).map((kind) => kind.about);

  it('reads what a question asks about', () => {
    expect(about('hoe lang bewaren we dit')).toEqual(['duur']);
    expect(about('hoelang loopt het')).toEqual(['duur']);
    expect(about('wie doen er mee')).toEqual(['partijen']);
    expect(about('wanneer sluiten we af')).toEqual(['moment']);
    expect(about('mag ik dit delen')).toEqual(['grondslag']);
    expect(about('op basis van welke wet')).toEqual(['grondslag']);
    expect(about('hoe vaak evalueren we')).toEqual(['frequentie']);
    expect(about('waarom doen we dit')).toEqual(['doel']);
    expect(about('wat betekent betrokkene')).toEqual(['begrip']);
    expect(about('wat valt onder bijzondere persoonsgegevens')).toEqual(['begrip']);
    expect(about('wat bedoelen ze met verstrekken')).toEqual(['begrip']);
    expect(about('wat wordt verstaan onder een signaal')).toEqual(['begrip']);
  });

  it('knows which words only say that a definition is wanted', () => {
    const question = words('wat wordt bedoeld met verstrekken');
    expect([...formWords(question, questionKinds(question))]).toEqual([0, 1, 2, 3]);
    const asked = words('wat bedoelen ze met verstrekken');
    expect([...formWords(asked, questionKinds(asked))]).toEqual([0, 1, 2, 3]);
    // "hoe lang" asks for a duration and keeps its words.
    const duration = words('hoe lang bewaren we het');
    expect(formWords(duration, questionKinds(duration)).size).toBe(0);
  });

  it('matches whole words only, and finds nothing in a plain search', () => {
    expect(about('bewaartermijn')).toEqual([]);
    expect(about('wiens dossier')).toEqual([]);
    expect(about('maggie')).toEqual([]);
  });
});

describe('in the search', () => {
  const parsed = parseConvenant(
    readFileSync(join(__dirname, '../../../resources/convenant/voorbeeld-convenant.md'), 'utf8'),
    ['gemeente', 'politie', 'om', 'reclassering', 'rvdk', 'ggz', 'zvh'],
  );
  if ('errors' in parsed) throw new Error(JSON.stringify(parsed.errors));
  const index = new ConvenantIndex(parsed.convenant, DEFAULT_SYNONYMS);
  const refs = (query: string, n = 3) => index.search(query, n).map((hit) => hit.ref);
  // The same covenant without its articles' everyday questions (### Vragen), for what the word
  // lists do on their own.
  const withoutVragen = {
    ...parsed.convenant,
    artikelen: parsed.convenant.artikelen.map(({ vragen: _vragen, ...article }) => article),
  };

  it('reads a separable verb split by te (in te lichten, op te slaan, aan te melden)', () => {
    // Without the articles' questions, so that only the covenant's words and the lists count.
    const bare = new ConvenantIndex(withoutVragen, DEFAULT_SYNONYMS);
    const first = (query: string) => bare.search(query, 1)[0]?.ref;
    expect(first('wie besluit hem niet in te lichten')).toBe('18');
    expect(first('hoe lang is het nodig om het op te slaan')).toBe('16');
    expect(first('is het verplicht om het aan te melden')).toBe('4');
  });

  it('finds an article by an everyday phrasing that only its questions (### Vragen) hold', () => {
    // "journalist", "binnenskamers" and "usb-stick" are in no article's text, synonym group or
    // everyday word; article 13's and 14's questions have them.
    expect(refs('wat als een journalist belt', 1)).toEqual(['13']);
    expect(refs('blijft het binnenskamers', 1)).toEqual(['13']);
    expect(refs('mag het op een usb-stick', 3)).toContain('14');
    const bare = new ConvenantIndex(withoutVragen, DEFAULT_SYNONYMS);
    expect(bare.search('journalist ', 3)).toEqual([]);
    expect(bare.search('binnenskamers ', 3)).toEqual([]);
  });

  it("counts a question's words below the article's own title (a title word still ranks its article first)", () => {
    // "klacht" is in article 19's title and in a question of article 19 only; "geheimhouding" is in
    // article 13's title and also in questions of article 13; "evaluatie" likewise for article 20.
    expect(refs('klacht ', 1)).toEqual(['19']);
    expect(refs('geheimhouding ', 1)).toEqual(['13']);
    expect(refs('evaluatie ', 1)).toEqual(['20']);
  });

  it('finds a compound by one of its parts', () => {
    // Article 19 has "regeling" only inside "klachtenregeling" (article 1 has the verb "regelt").
    expect(refs('regeling ')).toContain('19');
    expect(refs('plicht ', 1)).toEqual(['13']);
  });

  it('answers a question of question words only by what it asks about', () => {
    expect(refs('hoe lang ')).toEqual(expect.arrayContaining(['16']));
    expect(refs('hoe vaak ', 1)).toEqual(['20']);
    expect(refs('de het ')).toEqual([]);
  });

  it('finds an article by the word a derived question word comes from', () => {
    // "herevaluatie" is nowhere in the covenant; "evaluatie" is the title of article 20.
    expect(refs('herevaluatie ', 1)).toEqual(['20']);
    // "heragenderen" → agenderen: only article 11 has it.
    expect(refs('heragenderen ', 1)).toEqual(['11']);
    // "uitlekt" → lekt → lek, the head of "datalek" (article 15).
    expect(refs('uitlekt ', 1)).toEqual(['15']);
  });

  it('joins a separable verb that the question splits', () => {
    // "slaan … op" → opslaan, in the seeded group of "bewaren" (article 16); "slaan" alone is nowhere.
    expect(refs('slaan we het op ', 1)).toEqual(['16']);
  });

  it('finds a compound the covenant does not have by its parts, or by its head alone', () => {
    // "opzeg" is the stem of "opzeggen" (article 21); "termijn" alone would lead to article 16.
    expect(refs('opzegtermijn ', 1)).toEqual(['21']);
    expect(refs('privacybeveiliging ', 1)).toEqual(['14']);
  });

  it('leads an everyday word or phrase to the covenant term it stands for', () => {
    // "logboek" is nowhere in the covenant; everyday.ts leads it to "auditlog" (article 14 only).
    expect(refs('logboek ', 1)).toEqual(['14']);
    // "huisarts" → gezondheid (article 9); the phrase "in de gaten houden" → monitoring, voortgang:
    // the articles of the monitoring step (7, 8, 11), which its words alone do not find. With the
    // articles' questions, whose "houden" (article 16's "langer houden") also counts, article 11
    // comes first; without them the list alone brings all three into the top five.
    expect(refs('huisarts ', 1)).toEqual(['9']);
    expect(refs('in de gaten houden', 1)).toEqual(['11']);
    expect(
      new ConvenantIndex(withoutVragen, DEFAULT_SYNONYMS).search('in de gaten houden', 5).map((hit) => hit.ref),
    ).toEqual(expect.arrayContaining(['7', '8', '11']));
    // Article 9's questions name the huisarts too; the everyday list finds it without them.
    expect(new ConvenantIndex(withoutVragen, DEFAULT_SYNONYMS).search('huisarts ', 1)[0]?.ref).toBe('9');
    const bare = new ConvenantIndex(withoutVragen, DEFAULT_SYNONYMS, []);
    expect(bare.search('logboek ', 3)).toEqual([]);
    expect(bare.search('huisarts ', 3)).toEqual([]);
    expect(bare.search('in de gaten houden', 5).map((hit) => hit.ref)).not.toContain('11');
  });

  it("leads the seed's everyday words to the articles of the term (prijsgeven, geoorloofd, uitleg)", () => {
    // None of these words is in the covenant's text or the other lists: only the eighth round's
    // groups of the seeded synonym list (the last six) find their articles.
    const seeded = new ConvenantIndex(withoutVragen, DEFAULT_SYNONYMS);
    const before = new ConvenantIndex(withoutVragen, DEFAULT_SYNONYMS.slice(0, -6));
    for (const [query, ref] of [
      ['prijsgeven ', '13'],
      ['stilhouden ', '13'],
      ['is het geoorloofd', '3'],
      ['is dat rechtmatig', '3'],
      ['krijg ik uitleg over het besluit', '5'],
      ['gezamenlijk optrekken', '1'],
      ['ketenaanpak ', '1'],
    ] as const) {
      expect(seeded.search(query, 1)[0]?.ref, query).toBe(ref);
      expect(before.search(query, 1)[0]?.ref, query).not.toBe(ref);
    }
  });

  it("leads the eighth round's everyday phrases to their terms (klopt niet, van de lijst, geheim houden)", () => {
    const seeded = new ConvenantIndex(withoutVragen, DEFAULT_SYNONYMS);
    const before = new ConvenantIndex(withoutVragen, DEFAULT_SYNONYMS, EVERYDAY_WORDS.slice(0, -3));
    for (const [query, ref] of [
      ['mijn adres klopt niet', '17'],
      ['wanneer gaat hij van de lijst', '12'],
      ['mogen we het geheim houden voor hem', '18'],
    ] as const) {
      expect(
        seeded.search(query, 3).map((hit) => hit.ref),
        query,
      ).toContain(ref);
      expect(
        before.search(query, 3).map((hit) => hit.ref),
        query,
      ).not.toContain(ref);
    }
  });

  it('leads the everyday word to the term one way only, and only to terms the covenant has', () => {
    const bare = new ConvenantIndex(parsed.convenant, DEFAULT_SYNONYMS, []);
    for (const query of ['auditlog', 'gezondheid', 'monitoring voortgang', 'geheimhouding'])
      expect(index.search(query, 5)).toEqual(bare.search(query, 5));
    const unknown = new ConvenantIndex(parsed.convenant, [], [[['foobar'], ['nergens', 'nietbestaand']]]);
    expect(unknown.search('foobar ', 3)).toEqual([]);
  });

  it('prefers the definition when the question asks what a term means', () => {
    expect(index.search('wat betekent casusoverleg', 1)[0]).toMatchObject({ kind: 'begrip', ref: 'Casusoverleg' });
  });
});

describe('the seeded synonym list', () => {
  it('is a list the beheerder can save unchanged (at most 200 groups of 2–20 words of ≤ 80 characters)', () => {
    expect(DEFAULT_SYNONYMS.length).toBeLessThanOrEqual(200);
    for (const group of DEFAULT_SYNONYMS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(group.length).toBeLessThanOrEqual(20);
      for (const word of group) expect(word.trim().length).toBeGreaterThan(0);
      for (const word of group) expect(word.length).toBeLessThanOrEqual(80);
    }
  });
});
