// Dutch compound splitting for the covenant search. Dutch writes compounds as one word
// (klachtenregeling, bewaartermijn, geheimhoudingsplicht), so a question with "termijn" would not
// find "bewaartermijn", nor "bewaartermijn" an article about "bewaren" within a "termijn". The
// splitter cuts a word into known words — the covenant's own words plus a short list of common
// parts — with the linking letters Dutch puts between them (-s-, -en-, -e-), and the search indexes
// and asks for the parts next to the whole word.

/** Common parts of Dutch compounds in this domain that a covenant need not contain on their own. */
export const COMPOUND_PARTS = [
  'aanpak',
  'bewaar',
  'blad',
  'data',
  'datum',
  'deel',
  'delen',
  'dossier',
  'duur',
  'gegevens',
  'geheim',
  'gezondheid',
  'grond',
  'huis',
  'informatie',
  'inzage',
  'klacht',
  'kind',
  'kinder',
  'leeftijd',
  'lek',
  'looptijd',
  'maatregel',
  'melding',
  'overleg',
  'partner',
  'persoon',
  'plicht',
  'recht',
  'regeling',
  'regel',
  'regie',
  'register',
  'slag',
  'straf',
  'taak',
  'termijn',
  'tijd',
  'toezicht',
  'veiligheid',
  'verzoek',
  'wet',
  'zorg',
];

/** Parts of three letters are allowed only from this list (shorter pieces split too eagerly). */
const SHORT_PARTS = new Set(['wet', 'lek', 'rol', 'dag', 'eis', 'tijd']);
/** Letters Dutch puts between the parts of a compound. */
const LINKS = ['', 's', 'en', 'e'];
const MIN_WORD = 7;

export class CompoundSplitter {
  private readonly known: Set<string>;
  private readonly cache = new Map<string, string[]>();

  /**
   * `words`: the plain (lower-case, no diacritics) words that may be a part; `exclude`: words that
   * never are (stopwords). Parts shorter than four letters come only from a fixed short list.
   */
  constructor(words: Iterable<string>, exclude: ReadonlySet<string> = new Set()) {
    this.known = new Set();
    for (const word of [...words, ...COMPOUND_PARTS]) {
      if ((word.length >= 4 || SHORT_PARTS.has(word)) && !exclude.has(word)) this.known.add(word);
      const stem = verbStem(word);
      if (stem && stem.length >= 4 && !exclude.has(stem)) this.known.add(stem);
    }
  }

  /**
   * The parts of a plain word, left to right, or [] when it is not a compound of known words.
   * Fewest parts win; among those, the split whose last part is longest (Dutch puts the head last).
   */
  split(word: string): string[] {
    let parts = this.cache.get(word);
    if (parts === undefined) {
      parts = word.length >= MIN_WORD ? this.compute(word) : [];
      if (this.cache.size >= 50_000) this.cache.clear();
      this.cache.set(word, parts);
    }
    return parts;
  }

  /**
   * The known word a compound ends in (its head: an "opzegtermijn" is a termijn), when the word
   * is not a compound of known words throughout; at least three letters must go before it.
   */
  head(word: string): string | null {
    if (word.length < MIN_WORD) return null;
    for (let i = 3; i <= word.length - 4; i++) {
      const part = word.slice(i);
      if (this.known.has(part)) return part;
    }
    return null;
  }

  private compute(word: string): string[] {
    const n = word.length;
    // best[i]: the fewest parts that cover word[i..n), and that split.
    const best: (string[] | null)[] = new Array<string[] | null>(n + 1).fill(null);
    best[n] = [];
    for (let i = n - 1; i >= 0; i--) {
      let choice: string[] | null = null;
      for (let j = i + 3; j <= n; j++) {
        if (i === 0 && j === n) continue;
        const part = word.slice(i, j);
        if (!this.known.has(part)) continue;
        for (const link of LINKS) {
          const next = j + link.length;
          if (next > n || (link && (next === n || word.slice(j, next) !== link))) continue;
          const rest = best[next];
          if (rest === null || rest === undefined) continue;
          const candidate = [part, ...rest];
          if (
            choice === null ||
            candidate.length < choice.length ||
            (candidate.length === choice.length &&
              candidate[candidate.length - 1]!.length > choice[choice.length - 1]!.length)
          )
            choice = candidate;
        }
      }
      best[i] = choice;
    }
    const parts = best[0];
    return parts && parts.length >= 2 ? parts : [];
  }
}

/**
 * The verb inside a past participle: "gestuurd" → "stuurd", "getekend" → "tekend" (ge- + stem + -d/-t
 * or -en; seven letters or more), or null. Nouns that start with ge- mostly end otherwise (gegevens, gemeente, geheim);
 * -heid is left alone (gezondheid).
 */
export function participleBase(word: string): string | null {
  if (word.length < 7 || !word.startsWith('ge') || word.startsWith('gee') || word.endsWith('heid')) return null;
  return /([dt]|en)$/.test(word) ? word.slice(2) : null;
}

/**
 * The stem of a Dutch infinitive, as it stands first in a compound (opzeggen → opzeg,
 * bewaren → bewaar, melden → meld), or null for a word that is not an infinitive of six letters
 * or more: -en off, a doubled consonant made single, a vowel in an open syllable written double
 * again. Nouns in -en (a plural) give their singular, which is harmless as a part.
 */
export function verbStem(word: string): string | null {
  if (word.length < 6 || !word.endsWith('en') || /[aeiou]en$/.test(word)) return null;
  const stem = word.slice(0, -2);
  if (/([bcdfgklmnprstvz])\1$/.test(stem)) return stem.slice(0, -1);
  // An unstressed -el, -er, -en, -em keeps its single e (regelen → regel, tekenen → teken); after
  // another vowel spelling cannot tell stress, so beoordelen gives beoordel, not beoordeel.
  if (/[^aeiou][aeou][^aeiouwj]$/.test(stem) && !/[aeiouy][^aeiou]+e[lrnm]$/.test(stem))
    return stem.slice(0, -2) + stem.slice(-2, -1) + stem.slice(-2);
  return stem;
}
