// Dutch word handling for the covenant search: the words of a text with their plain form and
// stem, the small words of a spoken question that say nothing about an article, and the light
// word formation rules that bring forms of one word together (verb endings, -ing, -lijk) or find
// the known word inside a derived one (be-, her-, separable particles). Compounds are in compound.ts,
// what question words ask about in question-words.ts; search.ts indexes and scores.
import { newStemmer } from 'snowball-stemmers';

const dutch = newStemmer('dutch');

/**
 * Words too common to say anything about an article, and the small words of a spoken question
 * (question words are read for what they ask about before they are dropped; see question-words.ts).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [
    'de het een en of van in op te ten ter aan met voor door bij tot uit om als dan dat die dit deze is zijn',
    'wordt worden kan mag moet niet geen wel ook nog er hij zij ze ik wij we u hun haar hem over na naar onder',
    'hoe wat wie waar waarom wanneer welke welk eigenlijk allemaal iemand iets jullie mijn onze ons zich me mij',
    'je jij nu even zo heel dus toch maar hier daar erbij eruit zomaar precies uberhaupt elkaar heeft hebben heb',
    'had gaat gaan doen doet gedaan zit zitten komt komen krijgt krijgen moeten mogen kunnen kun wil willen',
    'weten mee niks niets alles veel zou zouden men ermee daarmee waarmee hierover eigen staan staat',
  ]
    .join(' ')
    .split(' '),
);

export interface Token {
  word: string;
  norm: string;
  stem: string;
}

export function plainWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The Snowball stem with the endings it leaves in short words, applied to index and query alike:
 * - the adjective ending -lijk(s) (persoonlijk → persoon, gevaarlijk → gevaar), and -ing, which
 *   Snowball only removes from long words (melding → meld, werking → werk);
 * - a final -t or -d of a verb (verstrekt/verstrekken, bewaard/bewaren, beslist/beslissen), then a
 *   doubled consonant or long vowel before the last letter made single (besliss → beslis,
 *   bewaar → bewar). A noun that loses its -t (recht → rech) still meets itself.
 */
export function verbBase(stem: string): string {
  let base = stem;
  if (base.length >= 7 && /e?lijks?$/.test(base)) base = base.replace(/e?lijks?$/, '');
  if (base.length >= 6 && base.endsWith('ing')) base = base.slice(0, -3);
  if (base.length >= 5 && /[^dt][dt]$/.test(base)) base = base.slice(0, -1);
  if (base.length >= 5 && /([bcdfgklmnprstvz])\1$/.test(base)) base = base.slice(0, -1);
  if (base.length >= 5 && /[^aeiou](aa|ee|oo|uu)[^aeiou]$/.test(base)) base = base.slice(0, -2) + base.slice(-1);
  if (base.length >= 5 && base.endsWith('ies')) base = base.slice(0, -1);
  return base;
}

/** Stems by plain word: the stemmer is the costly part of building an index, and words repeat. */
const stems = new Map<string, string>();

export function stemOf(norm: string): string {
  let stem = stems.get(norm);
  if (stem === undefined) {
    if (stems.size >= 100_000) stems.clear();
    stem = verbBase(dutch.stem(separableParticiple(norm) ?? norm));
    stems.set(norm, stem);
  }
  return stem;
}

/** The words of a text with their plain form and stem (stopwords kept; callers decide). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const norm = plainWord(match[0]);
    out.push({ word: match[0], norm, stem: stemOf(norm) });
  }
  return out;
}

/** The particles of Dutch separable verbs: "aanmelden", but "ik meld het aan". */
const PARTICLES = [
  'aan',
  'af',
  'bij',
  'door',
  'in',
  'mee',
  'na',
  'om',
  'op',
  'over',
  'samen',
  'tegen',
  'terug',
  'toe',
  'uit',
  'vast',
  'voor',
  'weg',
];

/**
 * The past participle of a separable verb without its ge- (vastgelegd → vastlegd, ingelicht →
 * inlicht, doorgegeven → doorgeven, aangemeld → aanmeld), so that it meets the verb's other forms
 * (vastleggen, inlichten, doorgeven, aanmelden); null for any other word. Participles with another
 * vowel than the verb (afgesloten, opgeschreven) still do not meet it.
 */
export function separableParticiple(norm: string): string | null {
  for (const particle of PARTICLES) {
    if (!norm.startsWith(particle) || !norm.startsWith('ge', particle.length)) continue;
    const rest = norm.slice(particle.length + 2);
    // A strong verb's participle ends in -en (doorgegeven); a particle before an infinitive of
    // ge-verbs (doorgeven, aangeven) leaves three letters, and is no participle.
    const ending = rest.endsWith('en') ? rest.length >= 5 : /[dt]$/.test(rest) && rest.length >= 3;
    if (ending && /[aeiouy]/.test(rest)) return particle + rest;
  }
  return null;
}

/**
 * Prefixes that make a new word of a known one: be- (bewerking → werking), her- (herevaluatie →
 * evaluatie), ont-, and the particles of separable verbs and their nouns (doorverstrekken →
 * verstrekken, terugkijken → kijken). Every prefix that fits is tried.
 */
const DERIVATION_PREFIXES = [...PARTICLES, 'be', 'her', 'ont'];

/**
 * The stems a derived word may come from: the word without a prefix of DERIVATION_PREFIXES, when
 * at least four letters remain. The search tries these only for a word the covenant does not have.
 */
export function derivationStems(norm: string): string[] {
  const out: string[] = [];
  for (const prefix of DERIVATION_PREFIXES) {
    if (!norm.startsWith(prefix) || norm.length - prefix.length < 4) continue;
    const rest = norm.slice(prefix.length);
    // A verb form with its -t (uitlekt → lekt → lek): too short for verbBase to take it off.
    const forms = /[^aeiou]t$/.test(rest) ? [rest, rest.slice(0, -1)] : [rest];
    for (const stem of forms.map(stemOf)) if (!out.includes(stem)) out.push(stem);
  }
  return out;
}

/**
 * The separable verbs a question may have split ("wanneer sluiten we een zaak af" → afsluiten):
 * each particle joined to each word before it, and to the verb of a te-infinitive that follows it
 * ("om hem in te lichten" → inlichten, "hoe lang op te slaan" → opslaan). Most are no word at all;
 * the caller keeps those it knows.
 */
export function separableVerbs(norms: readonly string[]): string[] {
  const out: string[] = [];
  norms.forEach((particle, j) => {
    if (!PARTICLES.includes(particle)) return;
    for (let i = 0; i < j; i++) out.push(particle + norms[i]!);
    if (norms[j + 1] === 'te' && norms[j + 2]) out.push(particle + norms[j + 2]);
  });
  return out;
}
