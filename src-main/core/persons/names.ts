// Names as people write them differently: with or without diacritics, "ij" or "y", "ch" or "g",
// "ou" or "oe", doubled letters, particles ("van der", "el", "ben") and transliterations of the
// same Arabic or Slavic name ("Mohammed", "Mohamed", "Muhammad"). Two tools:
//   phoneticKey: a coarse key per name token, stored (with its first letters, keyHead) and indexed
//     to find candidates fast;
//   nameSimilarity: a 0..1 score between two full names, to rank and filter the candidates;
//   nameMatcher / tokenMatcher: the same score of one typed name against many names (the duplicate
//     check: against their tokens as stored, matchNames), with the typed name's tokens and keys
//     computed once and each pair of tokens scored once per check.

const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'het',
  't',
  'te',
  'ter',
  'ten',
  'in',
  'op',
  'aan',
  'uit',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'el',
  'al',
  'bin',
  'ben',
  'ibn',
  'abu',
]);

const ASCII = /^\p{ASCII}*$/u;

/**
 * Lower case, without diacritics, letters and spaces only. The Turkish dotless ı (U+0131) has no
 * decomposition (NFKD leaves it whole): it is folded to i by hand, so "Aydın" is "aydin" and not
 * "ayd n". The dotted İ (U+0130) is I with a combining dot under NFKD, which the first step drops.
 */
export function plain(text: string): string {
  // ASCII (most names): NFKD, the combining marks and ı leave it as it is; the rest is the same.
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z\s]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0131/g, 'i')
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key to sort names by: plain text, as in a phone book without particles first. */
export function sortKey(name: string): string {
  return plain(name);
}

/** The name's tokens without particles (keeps the whole name when it is only particles). */
export function nameTokens(name: string): string[] {
  const tokens = plain(name).split(' ').filter(Boolean);
  const meaningful = tokens.filter((token) => !PARTICLES.has(token));
  return meaningful.length ? meaningful : tokens;
}

const RULES: [RegExp, string][] = [
  [/eij|eyj|ey|ij|ei/g, 'i'],
  [/y(?=[aeiou])/g, 'j'],
  [/y/g, 'i'],
  [/sch/g, 's'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ch|kh|gh|g|h/g, 'g'],
  [/dj|dzj|j/g, 'j'],
  [/ou|oe|au|u|oo|o/g, 'o'],
  [/ae|ee|e/g, 'e'],
  [/aa|a/g, 'a'],
  [/ck|c|q|k/g, 'k'],
  [/dt|d|t/g, 't'],
  [/v|w|f/g, 'f'],
  [/z|s|x/g, 's'],
  [/(.)\1+/g, '$1'],
];

/** A coarse sound-alike key of one token: equal keys suggest the same name spelled differently. */
export function phoneticKey(token: string): string {
  let key = plain(token).replace(/\s/g, '');
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  // Vowels after the first letter carry the least signal across transliterations.
  return key.length > 1 ? key[0] + key.slice(1).replace(/[aeio]/g, '') : key;
}

/**
 * The first three letters of a key: what the duplicate check looks candidates up by. Spelling
 * variants that the sound-alike rules keep apart ("Jansen" jnsn, "Janssens" jnsns) mostly share it.
 */
export function keyHead(key: string): string {
  return key.slice(0, 3);
}

// The letters a key can hold after RULES: a vowel only first (the others are dropped), then these.
const KEY_CONSONANTS = 'bfgjklmnprst';
const KEY_FIRST_LETTERS = `aeio${KEY_CONSONANTS}`;

/**
 * The heads of every key one slip away from `key` in its first four letters: a letter left out, one
 * added, one changed, or two neighbours swapped ("Jasnen" jsnn, "Jansen" jnsn). With the key's own
 * head. About eighty for a key of four letters or more: the duplicate check asks, per typed name
 * token, which persons hold a key with one of these heads (persons/person-service.ts).
 */
export function nearHeads(key: string): string[] {
  const prefix = key.slice(0, 4);
  const heads = new Set<string>([keyHead(key)]);
  const add = (variant: string) => {
    if (variant) heads.add(keyHead(variant));
  };
  const letters = (at: number) => (at === 0 ? KEY_FIRST_LETTERS : KEY_CONSONANTS);
  for (let at = 0; at < Math.min(prefix.length, 3); at++) {
    add(prefix.slice(0, at) + prefix.slice(at + 1));
    for (const letter of letters(at)) add(prefix.slice(0, at) + letter + prefix.slice(at + 1));
    if (at + 1 < prefix.length) add(prefix.slice(0, at) + prefix[at + 1] + prefix[at] + prefix.slice(at + 2));
  }
  for (let at = 0; at <= Math.min(prefix.length, 2); at++)
    for (const letter of letters(at)) add(prefix.slice(0, at) + letter + prefix.slice(at));
  return [...heads];
}

/** A typed name token as the duplicate check looks it up: its key's head and the heads near it. */
export interface TypedToken {
  key: string;
  head: string;
  near: string[];
}

const TEXT_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The tokens of a typed name (two letters or more, one per key), each with the heads of the keys
 * one slip away: on the key (`nearHeads`) and on the letters typed, a letter left out, added in its
 * first four, or two neighbours swapped ("Tihjs" for "Thijs" is tgjs against ts, "Eif" for "Elif"
 * if against elf: the sound-alike rules turn one slipped letter into two changes of the key).
 */
export function typedTokens(name: string): TypedToken[] {
  const tokens = new Map<string, TypedToken>();
  for (const token of nameTokens(name)) {
    if (token.length < 2) continue;
    const typed = typedToken(token);
    if (!tokens.has(typed.key)) tokens.set(typed.key, typed);
  }
  return [...tokens.values()];
}

// Typed tokens seen before (names repeat, and each costs about 150 keys), bounded like the keys.
const TYPED_CACHE_LIMIT = 5_000;
const typedCache = new Map<string, TypedToken>();

function typedToken(token: string): TypedToken {
  const cached = typedCache.get(token);
  if (cached) return cached;
  const key = cachedKey(token);
  const near = new Set(nearHeads(key));
  // Not through the key cache: these spellings are seen once.
  const add = (variant: string) => near.add(keyHead(phoneticKey(variant)));
  for (let at = 0; at < token.length; at++) {
    add(token.slice(0, at) + token.slice(at + 1));
    if (at + 1 < token.length) add(token.slice(0, at) + token[at + 1] + token[at] + token.slice(at + 2));
  }
  for (let at = 1; at <= Math.min(token.length, 3); at++)
    for (const letter of TEXT_LETTERS) add(token.slice(0, at) + letter + token.slice(at));
  near.delete('');
  const typed = { key, head: keyHead(key), near: [...near] };
  if (typedCache.size >= TYPED_CACHE_LIMIT) typedCache.clear();
  typedCache.set(token, typed);
  return typed;
}

/**
 * What the duplicate check scores of a person's names, as stored (`person_match.names`, migration
 * 0035): per name (the name, then the roepnaam and the aliases) its `nameTokens` joined by a space,
 * the names joined by `|`; an empty name as nothing, a name without a token as `#` (the check skips
 * an empty name but counts a name without tokens as one tried). Tokens hold a-z only.
 */
export function matchNames(names: readonly string[]): string {
  return names.map((name) => (name ? nameTokens(name).join(' ') || '#' : '')).join('|');
}

/** All keys for a person: of the name, the roepnaam and every alias. */
export function personKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) for (const token of nameTokens(name)) if (token.length >= 2) keys.add(phoneticKey(token));
  return [...keys];
}

/**
 * A person's keys as stored (person_name_key): `names` is the name, then the roepnaam and the aliases.
 * A key is `solo` when the name itself has no other key (a person registered as "Jansen" or
 * "Momo"): such a name is as alike to a typed "Piet Jansen" as a full name, so the duplicate check
 * reads it on one typed token. A roepnaam or alias of one word is not: the name's other keys are
 * the person's too, and a typed name answers two of them.
 */
export function personKeyRows(names: readonly string[]): { key: string; solo: boolean }[] {
  const own = personKeys(names.slice(0, 1));
  return personKeys(names).map((key) => ({ key, solo: own.length === 1 && own[0] === key }));
}

/** Which letters of each name jaroWinkler matched: reused by every call, grown for a longer name. */
let aMatched = new Uint8Array(64);
let bMatched = new Uint8Array(64);

/**
 * Jaro-Winkler similarity, 0..1. Which letters matched is kept in two buffers reused by every call
 * (the duplicate check scores thousands of token pairs per check; fresh arrays were most of its
 * garbage).
 */
function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  if (a.length > aMatched.length) aMatched = new Uint8Array(2 * a.length);
  if (b.length > bMatched.length) bMatched = new Uint8Array(2 * b.length);
  aMatched.fill(0, 0, a.length);
  bMatched.fill(0, 0, b.length);
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const letter = a.charCodeAt(i);
    const end = Math.min(b.length, i + range + 1);
    for (let j = Math.max(0, i - range); j < end; j++) {
      if (!bMatched[j] && letter === b.charCodeAt(j)) {
        aMatched[i] = bMatched[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (!matches) return 0;
  let transpositions = 0;
  for (let i = 0, k = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  return winkler(a, b, matches, transpositions);
}

/** Jaro from the matches and transpositions, raised for a common prefix of up to four letters. */
function winkler(a: string, b: string, matches: number, transpositions: number): number {
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

// Keys of tokens seen before: names repeat (first names, common surnames), and a key costs sixteen
// regular expressions. Bounded, so a long session does not grow it without end.
const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

function cachedKey(token: string): string {
  let key = keyCache.get(token);
  if (key === undefined) {
    key = phoneticKey(token);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(token, key);
  }
  return key;
}

/** A name token with its sound-alike key. */
interface Token {
  text: string;
  key: string;
}

function tokensOf(name: string): Token[] {
  return nameTokens(name).map((text) => ({ text, key: cachedKey(text) }));
}

function tokenSimilarity(a: Token, b: Token): number {
  const spelled = jaroWinkler(a.text, b.text);
  const sounded = a.key === b.key ? 0.95 : jaroWinkler(a.key, b.key) * 0.9;
  return Math.max(spelled, sounded);
}

/**
 * The score of two token lists, of `left` and `right` tokens: each token of the shorter list paired
 * with its best match in the longer one. `pair(l, r, leftFirst)` scores left token `l` against right
 * token `r`, the shorter list's token first when it compares them (the order matters: Jaro-Winkler's
 * greedy matching is not symmetric in every case).
 */
function scoreTokens(left: number, right: number, pair: (l: number, r: number, leftFirst: boolean) => number): number {
  if (!left || !right) return 0;
  const leftShort = left <= right;
  const [short, long] = leftShort ? [left, right] : [right, left];
  let total = 0;
  for (let i = 0; i < short; i++) {
    let best = -Infinity;
    for (let j = 0; j < long; j++) best = Math.max(best, leftShort ? pair(i, j, true) : pair(j, i, false));
    total += best;
  }
  // A name with extra tokens (a middle name) is only slightly less alike.
  const coverage = short / long;
  return (total / short) * (0.85 + 0.15 * coverage);
}

/**
 * 0..1: how alike two names are, token by token, in any order ("Jansen, Piet" ~ "Piet Jansen").
 * Each token of the shorter name is paired with its best match in the other.
 */
export function nameSimilarity(a: string, b: string): number {
  const [mine, theirs] = [tokensOf(a), tokensOf(b)];
  return scoreTokens(mine.length, theirs.length, (l, r, leftFirst) =>
    leftFirst ? tokenSimilarity(mine[l]!, theirs[r]!) : tokenSimilarity(theirs[r]!, mine[l]!),
  );
}

/**
 * `nameSimilarity(typed, name)` for many names, with the same results, by the names' tokens
 * (`nameTokens`, or as stored by `matchNames`): the typed name is split and keyed once, and each
 * pair of a typed token and another token is scored once for all the names this matcher sees (the
 * candidates of one duplicate check share their first names and surnames); another token is keyed
 * only when its pair is first scored (no token object per name token). The same `scoreTokens` as
 * `nameSimilarity`: the same pairs in the same order, the same sums.
 */
export function tokenMatcher(typed: string): (theirs: readonly string[]) => number {
  const mine = tokensOf(typed);
  // Per typed token, the scores against other tokens: typed token first, and typed token second.
  const first = mine.map(() => new Map<string, number>());
  const second = mine.map(() => new Map<string, number>());
  const pair = (at: number, text: string, typedFirst: boolean): number => {
    const scores = typedFirst ? first[at]! : second[at]!;
    let value = scores.get(text);
    if (value === undefined) {
      const other = { text, key: cachedKey(text) };
      value = typedFirst ? tokenSimilarity(mine[at]!, other) : tokenSimilarity(other, mine[at]!);
      scores.set(text, value);
    }
    return value;
  };
  return (theirs) => scoreTokens(mine.length, theirs.length, (at, r, typedFirst) => pair(at, theirs[r]!, typedFirst));
}

/** `nameSimilarity(typed, name)` for many names (`tokenMatcher` on each name's `nameTokens`). */
export function nameMatcher(typed: string): (name: string) => number {
  const matcher = tokenMatcher(typed);
  return (name) => matcher(nameTokens(name));
}
