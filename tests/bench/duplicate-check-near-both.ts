// The duplicate check's candidate read before the no-birth-data rule of issue 20 (main at aa48fcc,
// src-main/core/persons/match-candidates.ts `matchCandidatesSql`, verbatim but for the name):
// with no birth data typed, every person with two keys near two typed tokens (near heads × near
// heads in person_name_pair), as with a year typed. scale.bench.ts runs `findMatches` with it and
// with the read of now, in one loop, and compares their answers; not used by the application.
import { visibleSql, type AccessScope } from '../../src-main/core/access/access';
import { join, list, raw, sql, type Sql } from '../../src-main/core/db/sql';
import type { TypedToken } from '../../src-main/core/persons/names';

/**
 * The persons to score, with a casus the scope may see (EXISTS per candidate, not the set of every
 * visible casus's person), born in one of `years` (0: unknown; any year when null), whose name keys
 * answer one of the typed names:
 * - a typed name of two tokens or more: two different keys of the person, near two of its tokens
 *   (`typedTokens`: the same head, or that of a key one slip away, on the key's first letters or on
 *   the letters typed) — or one key near two of its tokens and another near a token of another
 *   typed name (an alias typed beside it), as the statement of 0028 counted the keys near any typed
 *   token. Read per two typed tokens from `person_name_pair` (migration 0032): the
 *   pairs (a head near the one token, a head near the other), one index seek per pair of heads, so
 *   only persons near both are read — not every key row near either, grouped per person, as since
 *   0028 (a tenth of all key rows);
 * - a typed name of one token: a key with the same head (as before issue 20's narrowing);
 * - any typed token: a key with the same head that is the only key of the person's name (`solo`,
 *   migration 0028: a person registered as "Jansen" scores as alike to a typed "Piet Jansen" as a
 *   full name does).
 * The last two on `person_name_key_head`. Only the persons that answer are read from `person`, in
 * id order, so that equal scores rank the same on both engines and every time.
 */
export function matchCandidatesSqlNearBoth(
  scope: AccessScope,
  typed: readonly (readonly TypedToken[])[],
  years: readonly number[] | null,
): Sql {
  const byYear = (alias: 'k' | 'n') =>
    years === null ? raw('') : sql` AND ${raw(alias)}.birth_year IN ${list([...years])}`;
  const reads: Sql[] = [];
  const single = new Set<string>();
  const pairs = (some: readonly string[], others: readonly string[]) =>
    sql`SELECT n.person_id FROM person_name_pair n
        WHERE n.head_a IN ${list(some)} AND n.head_b IN ${list(others)}${byYear('n')}`;
  // The heads a typed name's tokens are looked up by: the own head of a name of one token.
  const headsOf = (tokens: readonly TypedToken[]) =>
    tokens.length === 1 ? [tokens[0]!.head] : tokens.flatMap((t) => t.near);
  typed.forEach((tokens, at) => {
    if (tokens.length === 1) single.add(tokens[0]!.head);
    // The heads of the other typed names (the aliases typed beside the name, and the name).
    const elsewhere = [...new Set(typed.filter((_, other) => other !== at).flatMap(headsOf))];
    tokens.forEach((one, i) =>
      tokens.slice(i + 1).forEach((other) => {
        // Both orders of a person's heads are stored: one read per two typed tokens finds either order.
        reads.push(pairs(one.near, other.near));
        // One key near both tokens and a second key near a token of another typed name: a second
        // key, as the rule counts keys near any typed token (0028's statement did; rare, cheap).
        const both = one.near.filter((head) => other.near.includes(head));
        if (both.length && elsewhere.length) reads.push(pairs(both, elsewhere));
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
  return sql`SELECT p.id AS "id", p.naam AS "naam", p.roepnaam AS "roepnaam", p.aliases AS "aliases",
               p.geboortedatum AS "geboortedatum", p.geboortejaar AS "geboortejaar", p.gemeente_id AS "gemeenteId"
        FROM person p
        WHERE p.id IN (${join(reads, ' UNION ALL ')})
          AND EXISTS (SELECT 1 FROM casus c WHERE c.person_id = p.id AND ${visibleSql(scope, 'c')})
        ORDER BY p.id`;
}
