// The duplicate check as it was before issue 20's access-after-scoring (main at e6ec950,
// src-main/core/persons/person-service.ts `findMatches` and match-candidates.ts
// `matchCandidatesSql` / `openCasesSql`, verbatim but for the names): the candidate read tests
// each candidate for a visible casus (an EXISTS per candidate) before it is scored, and the
// scorer parses every candidate's aliases. scale.bench.ts runs `findMatches` with it and with the
// check of now, in one loop, and compares their answers; not used by the application.
import type { EntityManager } from 'typeorm';
import type { PersonMatch } from '../../src-shared/ipc/persons';
import { OPEN_STATES, type CaseState } from '../../src-shared/domain/casus';
import { visibleSql, type AccessScope } from '../../src-main/core/access/access';
import { dialectOf, join, list, query as runQuery, raw, sql, type Dialect, type Sql } from '../../src-main/core/db/sql';
import { nameMatcher, typedTokens, type TypedToken } from '../../src-main/core/persons/names';
import { yearBand } from '../../src-main/core/persons/match-candidates';
import type { MatchQuery } from '../../src-main/core/persons/person-service';

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
 *   With no birth data typed (`years` null) one of the two keys must have the very head of its
 *   token, not one a slip away (issue 20, a rule of the form's first look-up: below);
 * - a typed name of one token: a key with the same head (as before issue 20's narrowing);
 * - any typed token: a key with the same head that is the only key of the person's name (`solo`,
 *   migration 0028: a person registered as "Jansen" scores as alike to a typed "Piet Jansen" as a
 *   full name does).
 * The last two on `person_name_key_head`. Only the persons that answer are read from `person`, in
 * id order, so that equal scores rank the same on both engines and every time.
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
export function matchCandidatesSqlExists(
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
        // One key near both tokens and a second key near a token of another typed name: a second
        // key, as the rule counts keys near any typed token (0028's statement did; rare, cheap).
        const both = one.near.filter((head) => other.near.includes(head));
        if (years !== null) {
          // Both orders of a person's heads are stored: one read per two typed tokens finds either order.
          reads.push(pairs(one.near, other.near));
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
  return sql`SELECT p.id AS "id", p.naam AS "naam", p.roepnaam AS "roepnaam", p.aliases AS "aliases",
               p.geboortedatum AS "geboortedatum", p.geboortejaar AS "geboortejaar", p.gemeente_id AS "gemeenteId"
        FROM person p
        WHERE p.id IN (${join(reads, ' UNION ALL ')})
          AND EXISTS (SELECT 1 FROM casus c WHERE c.person_id = p.id AND ${visibleSql(scope, 'c')})
        ORDER BY p.id`;
}

/**
 * The open cases of the given persons that the scope may see, in id order (a person's first is
 * shown). On SQLite through `casus_person`: with the region test on its index (`casus_region_state`)
 * SQLite read every open casus of the caller's regions, for each check (issue 20).
 */
export function openCasesSql(scope: AccessScope, personIds: number[], dialect: Dialect): Sql {
  return sql`SELECT c.id AS "id", c.person_id AS "personId", c.number AS "number", c.state AS "state"
        FROM casus c
        WHERE c.person_id IN ${list(personIds)} AND c.state IN ${list(OPEN_STATES)}
          AND ${visibleSql(scope, 'c', { regionIndex: dialect === 'postgres' })}
        ORDER BY c.id`;
}

const NAME_THRESHOLD = 0.82;

interface Candidate {
  id: number;
  naam: string;
  roepnaam: string;
  aliases: string;
  geboortedatum: string | null;
  geboortejaar: number | null;
  gemeenteId: number;
}

/** The most a person not born in the typed year can score: no year in common, a name alike at most 1. */
const OTHER_YEAR_BEST = 0.8;
/** How many matches the check shows. */
const SHOWN = 10;

interface Scored {
  match: PersonMatch;
  gemeenteId: number;
}

/**
 * The candidates that match, scored on name (also against aliases, by one `nameMatcher` per typed
 * name) and birth data; without gemeente and open casus (the shown ones get those afterwards).
 */
function scoreCandidates(
  candidates: readonly Candidate[],
  query: MatchQuery,
  typed: readonly ((name: string) => number)[],
  year: number | null,
): Scored[] {
  const scored: Scored[] = [];
  for (const person of candidates) {
    const aliases = JSON.parse(person.aliases) as string[];
    const geboortejaar = person.geboortejaar === null ? null : Number(person.geboortejaar);
    const names = [person.naam, person.roepnaam, ...aliases].filter(Boolean);
    let best = 0;
    let viaAlias = false;
    for (const [index, name] of names.entries()) {
      for (const similarity of typed) {
        const score = similarity(name);
        if (score > best) {
          best = score;
          viaAlias = index > 0;
        }
      }
    }
    const sameDate = Boolean(query.geboortedatum && person.geboortedatum === query.geboortedatum);
    const sameYear = year !== null && geboortejaar === year;
    const otherYear = year !== null && geboortejaar !== null && Math.abs(geboortejaar - year) > 1;
    if (best < (sameDate ? 0.7 : NAME_THRESHOLD) || otherYear) continue;
    const score = Math.min(1, best * 0.8 + (sameDate ? 0.2 : sameYear ? 0.12 : year === null ? 0.05 : 0));
    const reasons = [viaAlias ? 'alias' : 'naam', ...(sameDate ? ['geboortedatum'] : sameYear ? ['geboortejaar'] : [])];
    scored.push({
      gemeenteId: Number(person.gemeenteId),
      match: {
        id: Number(person.id),
        naam: person.naam,
        roepnaam: person.roepnaam,
        aliases,
        geboortedatum: person.geboortedatum,
        geboortejaar,
        gemeente: '',
        score: Math.round(score * 100) / 100,
        reasons,
        openCase: null,
      },
    });
  }
  return scored;
}

/**
 * Possible existing registrations of the person being registered. Candidates (`matchCandidatesSqlExists`)
 * were born within a year of the typed year, or have no year, or none was typed (a year further off
 * never matches below), and answer a typed name by their sound-alike name keys: near two of its
 * tokens (with no birth data typed, one of the two with its token's own head), or the same head as
 * a name typed as one token; read through the pairs of key heads of
 * migration 0032 and the key index of 0022, and scored on name (also against aliases) and birth data. Issue 20: the candidates are read as
 * plain rows (only the columns scored), scored by one `nameMatcher` per typed name (its tokens keyed
 * once, each pair of tokens scored once per check), and the ten best get their gemeente and open
 * casus in two queries. What the narrowing keeps is pinned by tests/integration/duplicate-recall.test.ts.
 *
 * With a year typed, the persons born in that year are read and scored first. A person born in
 * another year scores at most 0.8 (OTHER_YEAR_BEST: no birth data in common, a name alike at most 1),
 * so when ten of the first read score above it, no other person can be among the ten shown — nor tie
 * with one (a tie ranks by id) — and the rest of the band (a year either side, unknown) is not read:
 * the answer is the same as reading all of it, which is what is done when fewer than ten do.
 *
 * `candidatesSql` is the candidate read; the benches pass an earlier one to compare the answers
 * (tests/bench/duplicate-check-walk.ts: 0028's read, before the pairs of migration 0032).
 */
export async function findMatchesExists(
  manager: EntityManager,
  scope: AccessScope,
  query: MatchQuery,
  candidatesSql: typeof matchCandidatesSqlExists = matchCandidatesSqlExists,
): Promise<PersonMatch[]> {
  const typedNames = [query.naam, ...query.aliases].map(typedTokens);
  if (!typedNames.some((tokens) => tokens.length)) return [];
  const year = query.geboortedatum ? Number(query.geboortedatum.slice(0, 4)) : query.geboortejaar;
  const typed = [query.naam, ...query.aliases].map(nameMatcher);
  const read = async (years: number[] | null) =>
    scoreCandidates(await runQuery<Candidate>(manager, candidatesSql(scope, typedNames, years)), query, typed, year);
  const scored = await read(year === null ? null : [year]);
  if (year !== null && scored.filter((s) => s.match.score > OTHER_YEAR_BEST).length < SHOWN)
    scored.push(...(await read(yearBand(year).filter((other) => other !== year))));
  // Best first; equal scores in id order (as one read in id order, sorted stably, ranked them).
  scored.sort((a, b) => b.match.score - a.match.score || a.match.id - b.match.id);
  const top = scored.slice(0, 10);
  if (!top.length) return [];
  const gemeenten = await runQuery<{ id: number; name: string }>(
    manager,
    sql`SELECT g.id AS "id", g.name AS "name" FROM gemeente g WHERE g.id IN ${list([...new Set(top.map((t) => t.gemeenteId))])}`,
  );
  const open = await runQuery<{ id: number; personId: number; number: string; state: CaseState }>(
    manager,
    openCasesSql(
      scope,
      top.map((t) => t.match.id),
      dialectOf(manager),
    ),
  );
  const gemeenteName = new Map(gemeenten.map((g) => [Number(g.id), g.name]));
  const openCase = new Map<number, PersonMatch['openCase']>();
  for (const row of open) {
    const personId = Number(row.personId);
    if (!openCase.has(personId)) openCase.set(personId, { id: Number(row.id), number: row.number, state: row.state });
  }
  return top.map(({ match, gemeenteId }) => ({
    ...match,
    gemeente: gemeenteName.get(gemeenteId) ?? '',
    openCase: openCase.get(match.id) ?? null,
  }));
}
