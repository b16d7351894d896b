// The duplicate check's candidate read (issue 20): which persons `findMatches` scores, and the rows
// of the indexes it reads them from (person_name_key, person_name_pair) and what it scores of them
// (person_match), written with each person.
import type { EntityManager } from 'typeorm';
import { visibleSql, type AccessScope } from '../access/access';
import { join, list, query as runQuery, raw, sql, type Dialect, type Sql } from '../db/sql';
import { keyHead, matchNames, type TypedToken } from './names';

/**
 * The pairs of heads of two different keys of a person, in both orders, once each (migration
 * 0032): "Piet Jansen" (pt, jnsn) gives (pt, jns) and (jns, pt); "Bart Bartels" (brt, brtls) gives
 * (brt, brt).
 */
export function keyHeadPairs(keys: readonly string[]): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  keys.forEach((a, i) =>
    keys.forEach((b, j) => {
      if (i === j) return;
      const pair: [string, string] = [keyHead(a), keyHead(b)];
      pairs.set(pair.join(' '), pair);
    }),
  );
  return [...pairs.values()];
}

/**
 * A person's pairs of key heads, written again with its keys (person-service.ts `writeKeys`); a new
 * person's (`fresh`) has none to remove first.
 */
export async function writeKeyPairs(
  manager: EntityManager,
  personId: number,
  keys: readonly string[],
  birthYear: number,
  fresh = false,
): Promise<void> {
  if (!fresh) await runQuery(manager, sql`DELETE FROM person_name_pair WHERE person_id = ${personId}`);
  const pairs = keyHeadPairs(keys);
  if (!pairs.length) return;
  const rows = pairs.map(([a, b]) => sql`(${personId}, ${a}, ${b}, ${birthYear})`);
  await runQuery(
    manager,
    sql`INSERT INTO person_name_pair (person_id, head_a, head_b, birth_year) VALUES ${join(rows, ', ')}`,
  );
}

/**
 * The ids of the persons to score, born in one of `years` (0: unknown; any year when null), whose
 * name keys answer one of the typed names (several rows for one person; `matchCandidatesSql` reads
 * each once):
 * - a typed name of two tokens or more: two different keys of the person, near two of its tokens
 *   (`typedTokens`: the same head, or that of a key one slip away, on the key's first letters or on
 *   the letters typed) — or one key near two of its tokens and another near a token of another
 *   typed name (an alias typed beside it), as the statement of 0028 counted the keys near any typed
 *   token. Read per two typed tokens from `person_name_pair` (migration 0032): the
 *   pairs (a head near the one token, a head near the other), one index seek per pair of heads
 *   (with a year typed, since 0035, one range per head of the later token and year instead), so
 *   only persons near both are read — not every key row near either, grouped per person, as since
 *   0028 (a tenth of all key rows);
 *   With no birth data typed (`years` null) one of the two keys must have the very head of its
 *   token, not one a slip away (issue 20, a rule of the form's first look-up: below);
 * - a typed name of one token: a key with the same head (as before issue 20's narrowing);
 * - any typed token: a key with the same head that is the only key of the person's name (`solo`,
 *   migration 0028: a person registered as "Jansen" scores as alike to a typed "Piet Jansen" as a
 *   full name does).
 * The one token on `person_name_key_head`; the names of one token on their own partial index,
 * `person_name_key_solo` (migration 0034: a seek per head, not every key row of the head).
 *
 * Why the own head with no birth data: the form asks while only the name is typed, and in every
 * year near heads × near heads let in about 1,400 persons at 300,000 (p95 4,100), each read and
 * scored — a common first name with any surname of a near head. One token's own head × the other's
 * near heads still reads every person the name was typed for with a slip in one token (the other
 * keeps its head); what it leaves out is persons whose two tokens both differ in their first
 * letters' sound from what was typed, shown before only at the bottom of the ten (scores 0.73-0.79
 * on the scale bench) and found again once a birth year is typed. The own head is the first of
 * the pair (`head_a`), so PostgreSQL's index condition holds one value.
 */
export function matchCandidateIdsSql(typed: readonly (readonly TypedToken[])[], years: readonly number[] | null): Sql {
  const byYear = (alias: 'k' | 'n') =>
    years === null ? raw('') : sql` AND ${raw(alias)}.birth_year IN ${list([...years])}`;
  const reads: Sql[] = [];
  const single = new Set<string>();
  // With a year typed: per head of the one token and year of the band, one range of
  // person_name_pair_year (migration 0035), its second heads tested in the index (`|| ''` keeps
  // the test out of the seek, on both engines); with none, a seek per pair of heads.
  const pairs = (some: readonly string[], others: readonly string[]) =>
    years === null
      ? sql`SELECT n.person_id FROM person_name_pair n
          WHERE n.head_a IN ${list(some)} AND n.head_b IN ${list(others)}`
      : sql`SELECT n.person_id FROM person_name_pair n
          WHERE n.head_a IN ${list(some)} AND n.birth_year IN ${list([...years])} AND n.head_b || '' IN ${list(others)}`;
  // The heads a typed name's tokens are looked up by: the own head of a name of one token.
  const headsOf = (tokens: readonly TypedToken[]) =>
    tokens.length === 1 ? [tokens[0]!.head] : tokens.flatMap((t) => t.near);
  typed.forEach((tokens, at) => {
    if (tokens.length === 1) single.add(tokens[0]!.head);
    // The heads of the other typed names (the aliases typed beside the name, and the name).
    const elsewhere = [...new Set(typed.filter((_, other) => other !== at).flatMap(headsOf))];
    tokens.forEach((one, i) =>
      tokens.slice(i + 1).forEach((other) => {
        // One key near both tokens and a second key near a token of another typed name: a second
        // key, as the rule counts keys near any typed token (0028's statement did; rare, cheap).
        const both = one.near.filter((head) => other.near.includes(head));
        if (years !== null) {
          // Both orders of a person's heads are stored: one read per two typed tokens finds either
          // order, so the range may be either token's. The later one's: typed as a name is written
          // (given names first), that is mostly the surname, whose heads are rarer than a given
          // name's — at 300,000 persons 29 % fewer rows walked (median 4,654 → 3,303, p95 10,612 →
          // 8,122) for the same persons (docs/benchmarks.md, "The pairs by year ranged on the later token").
          reads.push(pairs(other.near, one.near));
          if (both.length && elsewhere.length) reads.push(pairs(both, elsewhere));
          return;
        }
        // No birth data: one of the two keys has its token's own head.
        reads.push(pairs([one.head], other.near), pairs([other.head], one.near));
        if (!both.length || !elsewhere.length) return;
        const own = both.filter((head) => head === one.head || head === other.head);
        if (own.length) reads.push(pairs(own, elsewhere));
        const elsewhereOwn = [...new Set(typed.filter((_, o) => o !== at).flatMap((t) => t.map((x) => x.head)))];
        reads.push(pairs(elsewhereOwn, both));
      }),
    );
  });
  if (single.size)
    reads.push(sql`SELECT k.person_id FROM person_name_key k WHERE k.head IN ${list([...single])}${byYear('k')}`);
  // A name of one token (solo) answers any typed token by the same head, as before the narrowing.
  const exact = [...new Set(typed.flat().map((token) => token.head))];
  reads.push(
    sql`SELECT k.person_id FROM person_name_key k WHERE k.head IN ${list(exact)}${byYear('k')} AND k.solo = 1`,
  );
  return join(reads, ' UNION ALL ');
}

/**
 * The candidates (`matchCandidateIdsSql`) with what is scored, each once, in id order so that
 * equal scores rank the same on both engines and every time: from `person_match` (migration
 * 0035), the names' tokens as stored (`matchNames`), and the birth year and date only when a year
 * or date was typed (`years`; with none they score nothing). Not from `person`: a narrow row per
 * person, its names already split and folded (issue 20: at 300,000 persons the `person` rows and
 * `nameTokens` per candidate were most of what still grew). The shown persons' names, birth data
 * and gemeente are read afterwards (`findMatches`). No access test: `findMatches` asks which of
 * the persons that score have a casus the caller may see (`visibleCasesSql`), instead of an EXISTS
 * on `casus` per candidate.
 */
export function matchCandidatesSql(typed: readonly (readonly TypedToken[])[], years: readonly number[] | null): Sql {
  const birth = years === null ? raw('') : raw(', m.birth_year AS "birthYear", m.birth_date AS "birthDate"');
  return sql`SELECT m.person_id AS "id", m.names AS "names"${birth}
        FROM person_match m
        WHERE m.person_id IN (${matchCandidateIdsSql(typed, years)})
        ORDER BY m.person_id`;
}

/**
 * A person's row of `person_match` (migration 0035), written again with its name keys
 * (person-service.ts `writeKeys`: at registration and at every correction); a new person's
 * (`fresh`) has none to remove first.
 */
export async function writeMatchRow(
  manager: EntityManager,
  person: { id: number; naam: string; roepnaam: string; aliases: string[]; geboortedatum: string | null },
  birthYear: number,
  fresh = false,
): Promise<void> {
  if (!fresh) await runQuery(manager, sql`DELETE FROM person_match WHERE person_id = ${person.id}`);
  const names = matchNames([person.naam, person.roepnaam ?? '', ...person.aliases]);
  await runQuery(
    manager,
    sql`INSERT INTO person_match (person_id, birth_year, birth_date, names)
        VALUES (${person.id}, ${birthYear}, ${person.geboortedatum}, ${names})`,
  );
}

/**
 * The cases the scope may see of the given persons, of every state, in id order: a person is shown
 * only with one (need-to-know, `visibleSql`), and with the first open one. On SQLite through
 * `casus_person`: with the region test on its index (`casus_region_state`) SQLite read every open
 * casus of the caller's regions, for each check (issue 20).
 */
export function visibleCasesSql(scope: AccessScope, personIds: readonly number[], dialect: Dialect): Sql {
  return sql`SELECT c.id AS "id", c.person_id AS "personId", c.number AS "number", c.state AS "state"
        FROM casus c
        WHERE c.person_id IN ${list(personIds)}
          AND ${visibleSql(scope, 'c', { regionIndex: dialect === 'postgres' })}
        ORDER BY c.id`;
}

/** The birth years whose persons can match a typed year: within one of it, or unknown (0). */
export function yearBand(year: number): number[] {
  return [0, year - 1, year, year + 1];
}
