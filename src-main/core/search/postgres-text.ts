// The text part of the case search on PostgreSQL, written to give the same hits as the FTS5 table
// on SQLite: every typed word must be the start of a word in the casus's texts, accents do not
// matter. A Dutch tsvector (the baseline's `casus_search.document`) would not give FTS5's answers:
// the stemmer shortens words ("Groot" -> grot, "Rutten" -> rut, "Jansen" -> jans, so "groo" or
// "rutt" would not find them and "jansen" would find Janssen), the stop words are not in it at all
// ("van", "de", "ben", "ja"), and the parser reads "CTER-2026-0042" as cter, -2026, -0042. So:
//
// - the texts are stored as words: split on what is not a letter or digit (as FTS5's unicode61
//   does), folded with lower(cter_unaccent()), each with one space in front of it;
// - the exact test is LIKE '% word%' on each of the three texts (a word that starts with what was
//   typed; per column, which is cheaper than one concatenation);
// - the index in front of it is `casus_search.words` (migration 0015): the stored words whole, in a
//   `simple` tsvector (no stemmer, no stop words), asked for each typed word as a prefix ("bra:*"),
//   which finds every stored word that starts with it. A typed word with a letter that
//   cter_unaccent still folds is asked for as the server folds it (indexQuery).
//
// Ranking mirrors FTS5's column weights (bm25 with 10/5/1): a word found in the name counts 10,
// in an alias 5, in the rest (year of birth, gemeente, case number, state) 1. bm25 also weighs
// rarer words and shorter texts higher; here equal scores fall back to the name order.
import { join, raw, sql, type Sql } from '../db/sql';

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

const PLAIN = /^[a-z0-9]+$/;

/**
 * The tsvector prefix that finds every stored word starting with `word`, as far as it can be known
 * here: the stored words are folded by the server's cter_unaccent, which may still fold a letter of
 * `word` ("yılmaz" is stored as "yilmaz"). It leaves a-z and 0-9 alone, so the word's start up to
 * such a letter is always safe ("y:*"); null when the word starts with one.
 */
export function indexPrefix(word: string): string | null {
  const start = /^[a-z0-9]+/.exec(word)?.[0];
  return start ? `${start}:*` : null;
}

/**
 * The tsquery text for the typed words: each a prefix. A word with a letter the server still folds
 * is asked for as the server folds it when that gives plain letters and digits ("yilmaz:*"),
 * else by its safe start (indexPrefix); all of it is constant, so the planner folds it before
 * choosing the index. Null when no word has a usable start.
 */
function indexQuery(words: string[]): Sql | null {
  const plain = words.filter((word) => PLAIN.test(word));
  const terms: Sql[] = plain.length ? [sql`${plain.map((word) => `${word}:*`).join(' & ')}`] : [];
  for (const word of words) {
    const start = PLAIN.test(word) ? null : indexPrefix(word);
    if (!start) continue;
    const folded = sql`lower(cter_unaccent(${word}))`;
    terms.push(sql`CASE WHEN ${folded} ~ '^[a-z0-9]+$' THEN ${folded} || ':*' ELSE ${start} END`);
  }
  return terms.length ? join(terms, " || ' & ' || ") : null;
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
  const index = indexQuery(words);
  if (index) where.unshift(sql`cs.words @@ to_tsquery('simple', ${index})`);
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
