// What a question asks about. A colleague asks "hoe lang bewaren we dit?", not "bewaartermijn":
// the question words themselves say what kind of answer is wanted (a duration, the parties, a
// moment, a legal basis or conditions, a frequency, a purpose, a definition). The search adds the
// words the covenant uses for that kind of answer to the question, at a lower weight than the
// question's own words.

export interface QuestionKind {
  /** What the question asks about (for tests and docs). */
  about: 'duur' | 'partijen' | 'moment' | 'grondslag' | 'frequentie' | 'doel' | 'begrip';
  /** Phrases in plain words (lower case, no diacritics), matched as whole words in order. */
  phrases: string[];
  /** The words a covenant uses for that kind of answer. */
  terms: string[];
  /**
   * The phrases only say what kind of answer is wanted and nothing about the subject ("wat wordt
   * bedoeld met", "wat valt onder"): their words are not looked for in the covenant.
   */
  formOnly?: boolean;
}

export const QUESTION_KINDS: QuestionKind[] = [
  {
    about: 'duur',
    phrases: ['hoe lang', 'hoelang', 'tot wanneer', 'hoeveel tijd', 'hoe snel', 'binnen hoeveel', 'hoeveel jaar'],
    terms: ['duur', 'termijn', 'looptijd', 'bewaartermijn', 'jaar', 'maanden', 'weken', 'uur', 'uiterlijk', 'binnen'],
  },
  {
    about: 'partijen',
    phrases: ['wie', 'welke partijen', 'welke organisaties', 'welke instanties', 'welke partners'],
    terms: ['partijen', 'partners', 'convenantpartner', 'rollen', 'verantwoordelijk'],
  },
  {
    about: 'moment',
    phrases: ['wanneer', 'op welk moment', 'vanaf wanneer'],
    terms: ['moment', 'tijdstip', 'zodra', 'termijn', 'ingangsdatum'],
  },
  {
    about: 'grondslag',
    phrases: [
      'mag ik',
      'mogen we',
      'mogen wij',
      'mag de',
      'mag het',
      'mag een',
      'mag men',
      'toegestaan',
      'op basis van',
      'op grond van',
      'welke wet',
      'wettelijke basis',
      'wettelijk geregeld',
    ],
    terms: ['grondslag', 'wet', 'voorwaarden', 'toestemming', 'noodzakelijk', 'verstrekken'],
  },
  {
    about: 'frequentie',
    phrases: ['hoe vaak', 'hoe dikwijls', 'hoeveel keer'],
    terms: ['jaarlijks', 'eenmaal', 'periodiek', 'per jaar'],
  },
  {
    about: 'doel',
    phrases: ['waarvoor', 'waarom', 'met welk doel', 'wat is het nut'],
    terms: ['doel', 'regelt'],
  },
  {
    about: 'begrip',
    phrases: [
      'wat verstaan',
      'wat betekent',
      'wat wordt bedoeld met',
      'wat is bedoeld met',
      'wat bedoelen ze met',
      'wat bedoelen we met',
      'wat bedoel je met',
      'wat wordt verstaan onder',
      'wat is de betekenis van',
      'wat is een',
      'wat houdt',
      'wat valt onder',
      'definitie',
    ],
    terms: [],
    formOnly: true,
  },
];

/** The positions of the words (plain, in order) that a form-only phrase of these kinds covers. */
export function formWords(words: readonly string[], kinds: readonly QuestionKind[]): Set<number> {
  const covered = new Set<number>();
  for (const kind of kinds) {
    if (!kind.formOnly) continue;
    for (const phrase of kind.phrases) {
      const parts = phrase.split(' ');
      for (let i = 0; i + parts.length <= words.length; i++)
        if (parts.every((part, k) => words[i + k] === part)) for (let k = 0; k < parts.length; k++) covered.add(i + k);
    }
  }
  return covered;
}

/** The kinds of answer a question (its plain words, in order) asks for. */
export function questionKinds(words: readonly string[]): QuestionKind[] {
  const text = ` ${words.join(' ')} `;
  return QUESTION_KINDS.filter((kind) => kind.phrases.some((phrase) => text.includes(` ${phrase} `)));
}
