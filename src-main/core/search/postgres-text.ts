// The text part of the case search on PostgreSQL, written to give the same hits as the FTS5 table
// on SQLite: every typed word must be the start of a word in the casus's texts, accents do not
// matter. The baseline's `casus_search` has a stored Dutch tsvector (`document`) over
// cter_unaccent'd text, but a Dutch tsvector alone would not give FTS5's answers: the stemmer
// shortens words ("Groot" -> grot, "Rutten" -> rut, "Jansen" -> jans, so "groo" or "rutt" would
// not find them and "jansen" would find Janssen), the stop words are not in it at all ("van",
// "de", "ben", "ja"), and the parser reads "CTER-2026-0042" as cter, -2026, -0042. So:
//
// - the texts are stored as words: split on what is not a letter or digit (as FTS5's unicode61
//   does), folded with lower(cter_unaccent()), each with one space in front of it;
// - the exact test is LIKE '% word%' on each of the three texts (a word that starts with what was
//   typed; per column, which is cheaper than one concatenation);
// - the tsvector is the index in front of it, with a query that can only find more, never fewer:
//   the first two letters of each typed word as a prefix (the Dutch stemmer keeps a word's first
//   two letters; a number is kept whole). A typed word that could be the start of a stop word
//   (which the tsvector leaves out) has no index term; the LIKE alone decides for it.
//
// Ranking mirrors FTS5's column weights (bm25 with 10/5/1): a word found in the name counts 10,
// in an alias 5, in the rest (year of birth, gemeente, case number, state) 1. bm25 also weighs
// rarer words and shorter texts higher; here equal scores fall back to the name order.
import { join, raw, sql, type Sql } from '../db/sql';

/**
 * The Snowball Dutch stop list that PostgreSQL's `dutch` configuration drops
 * (`$SHAREDIR/tsearch_data/dutch.stop`; the search relevance test checks this copy against it).
 */
// prettier-ignore
export const DUTCH_STOP_WORDS: readonly string[] = [
  'de', 'en', 'van', 'ik', 'te', 'dat', 'die', 'in', 'een', 'hij', 'het', 'niet', 'zijn', 'is', 'was', 'op',
  'aan', 'met', 'als', 'voor', 'had', 'er', 'maar', 'om', 'hem', 'dan', 'zou', 'of', 'wat', 'mijn', 'men',
  'dit', 'zo', 'door', 'over', 'ze', 'zich', 'bij', 'ook', 'tot', 'je', 'mij', 'uit', 'der', 'daar', 'haar',
  'naar', 'heb', 'hoe', 'heeft', 'hebben', 'deze', 'u', 'want', 'nog', 'zal', 'me', 'zij', 'nu', 'ge',
  'geen', 'omdat', 'iets', 'worden', 'toch', 'al', 'waren', 'veel', 'meer', 'doen', 'toen', 'moet', 'ben',
  'zonder', 'kan', 'hun', 'dus', 'alles', 'onder', 'ja', 'eens', 'hier', 'wie', 'werd', 'altijd', 'doch',
  'wordt', 'wezen', 'kunnen', 'ons', 'zelf', 'tegen', 'na', 'reeds', 'wil', 'kon', 'niets', 'uw', 'iemand',
  'geweest', 'andere',
];

/** The words of a text as both engines' tokenizers see them: letters and digits, lower case, no accents. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A text as casus_search stores it: a space before each word (folded further by the SQL). */
export function indexText(text: string): string {
  return searchWords(text)
    .map((word) => ` ${word}`)
    .join('');
}

/**
 * The tsvector prefix that finds every stored word starting with `word`, or null where the
 * tsvector cannot be trusted to hold such a word (a possible stop word, a letter that
 * cter_unaccent still folds).
 */
export function indexPrefix(word: string): string | null {
  if (!/^[a-z0-9]+$/.test(word)) return null;
  if (DUTCH_STOP_WORDS.some((stop) => stop.startsWith(word))) return null;
  return word.slice(0, 2);
}

/** How a text query joins, narrows and ranks the search on PostgreSQL; null for a text without words. */
export function postgresTextMatch(text: string): { join: Sql; where: Sql; rank: Sql } | null {
  const words = [...new Set(searchWords(text))];
  if (!words.length) return null;
  // The pattern is folded by the server's unaccent, as the stored words were.
  const startsWord = (column: string, word: string) => sql`${raw(column)} LIKE lower(cter_unaccent(${`% ${word}%`}))`;
  const where = words.map(
    (word) =>
      sql`(${startsWord('cs.naam', word)} OR ${startsWord('cs.aliases', word)} OR ${startsWord('cs.overig', word)})`,
  );
  const prefixes = [...new Set(words.map(indexPrefix).filter((prefix) => prefix !== null))];
  if (prefixes.length) {
    where.unshift(sql`cs.document @@ to_tsquery('simple', ${prefixes.map((prefix) => `${prefix}:*`).join(' & ')})`);
  }
  const score = words.map(
    (word) =>
      sql`(CASE WHEN ${startsWord('cs.naam', word)} THEN 10 ELSE 0 END
         + CASE WHEN ${startsWord('cs.aliases', word)} THEN 5 ELSE 0 END
         + CASE WHEN ${startsWord('cs.overig', word)} THEN 1 ELSE 0 END)`,
  );
  return {
    join: raw('JOIN casus_search cs ON cs.casus_id = c.id'),
    where: join(where, ' AND '),
    // Lower is better, as bm25 is on SQLite, so both sort the same way.
    rank: sql`-(${join(score, ' + ')})`,
  };
}
