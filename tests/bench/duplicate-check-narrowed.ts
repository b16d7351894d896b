// The duplicate check as it was after migration 0028's narrowing and before the birth-year-first
// read (main at 698be4c), verbatim but for the names: every person born within a year of the typed
// year (or unknown) whose name keys are near two typed tokens is read and scored in one statement.
// For scale.bench.ts's before/after comparison on the same file (interleaved); not used by the
// application. `twoKeys: 'keys'` counts a person's keys instead of their heads (the rule since the
// realistic names showed persons whose first name and surname share a head, issue 20): the whole
// band read in one statement as now, to check that the birth-year-first read answers the same.
import type { EntityManager } from 'typeorm';
import type { PersonMatch } from '../../src-shared/ipc/persons';
import type { CaseState } from '../../src-shared/domain/casus';
import { visibleSql, type AccessScope } from '../../src-main/core/access/access';
import { dialectOf, join, list, query as runQuery, raw, sql, type Sql } from '../../src-main/core/db/sql';
import { nameMatcher, typedTokens, type TypedToken } from '../../src-main/core/persons/names';
import { yearBand, type MatchQuery } from '../../src-main/core/persons/person-service';
import { openCasesSql } from './duplicate-check-exists';

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

/**
 * The persons to score, with a casus the scope may see (EXISTS per candidate, not the set of every
 * visible casus's person), born in one of `years` (0: unknown; any year when null),
 * whose name keys answer one of the typed names:
 * - a typed name of one token: a key with the same head (as before issue 20's narrowing);
 * - a typed name of two tokens or more: keys near two of its tokens (`typedTokens`: the same head,
 *   or that of a key one slip away, on the key's first letters or on the letters typed). A person who shares only a common first name, or
 *   only a common surname, is no longer read (at 300,000 persons that was 2,000 per check);
 * - any typed token: a key with the same head that is the only key of the person's name (`solo`,
 *   migration 0028: a person registered as "Jansen" scores as alike to a typed "Piet Jansen" as a
 *   full name does).
 * Grouped per person on the key index alone (`person_name_key_head` covers it), so only the persons
 * that answer are read from `person`. In id order, so that equal scores rank the same on both engines
 * and every time.
 */
export function narrowedCandidatesSql(
  scope: AccessScope,
  typed: readonly (readonly TypedToken[])[],
  years: readonly number[] | null,
  twoKeys: 'heads' | 'keys' = 'heads',
): Sql {
  const byYear = years === null ? raw('') : sql` AND k.birth_year IN ${list([...years])}`;
  const heads = new Set<string>();
  const answers = typed
    .filter((tokens) => tokens.length)
    .map((tokens) => {
      const near = tokens.length === 1 ? [[tokens[0]!.head]] : tokens.map((token) => token.near);
      for (const some of near) for (const head of some) heads.add(head);
      const hits = near.map((some) => sql`max(CASE WHEN k.head IN ${list(some)} THEN 1 ELSE 0 END)`);
      if (tokens.length === 1) return sql`${hits[0]!} = 1`;
      // Two typed tokens answered by two keys of the person (one key near both is not enough).
      return twoKeys === 'heads'
        ? sql`${join(hits, ' + ')} >= 2 AND count(DISTINCT k.head) >= 2`
        : sql`${join(hits, ' + ')} >= 2 AND count(*) >= 2`;
    });
  // A name of one token (solo) answers one typed token by the same head, as before the narrowing.
  const exact = [...new Set(typed.flat().map((token) => token.head))];
  answers.push(sql`max(CASE WHEN k.solo = 1 AND k.head IN ${list(exact)} THEN 1 ELSE 0 END) = 1`);
  return sql`SELECT p.id AS "id", p.naam AS "naam", p.roepnaam AS "roepnaam", p.aliases AS "aliases",
               p.geboortedatum AS "geboortedatum", p.geboortejaar AS "geboortejaar", p.gemeente_id AS "gemeenteId"
        FROM person p
        WHERE p.id IN (SELECT k.person_id FROM person_name_key k WHERE k.head IN ${list([...heads])}${byYear}
                       GROUP BY k.person_id HAVING ${join(answers, ' OR ')})
          AND EXISTS (SELECT 1 FROM casus c WHERE c.person_id = p.id AND ${visibleSql(scope, 'c')})
        ORDER BY p.id`;
}

/**
 * Possible existing registrations of the person being registered. Candidates (`matchCandidatesSql`)
 * were born within a year of the typed year, or have no year, or none was typed (a year further off
 * never matches below), and answer a typed name by their sound-alike name keys: near two of its
 * tokens, or the same head as a name typed as one token; read through the index of migration 0022,
 * all of them (no cap that could drop a real match), and scored on name (also against aliases) and
 * birth data. Issue 20: the candidates are read as plain rows (only the columns scored), scored by
 * one `nameMatcher` per typed name (its tokens keyed once, each pair of tokens scored once per
 * check), and the ten best get their gemeente and open casus in two queries. What the narrowing
 * keeps is pinned by tests/integration/duplicate-recall.test.ts.
 */
export async function findMatchesNarrowed(
  manager: EntityManager,
  scope: AccessScope,
  query: MatchQuery,
  twoKeys: 'heads' | 'keys' = 'heads',
): Promise<PersonMatch[]> {
  const typedNames = [query.naam, ...query.aliases].map(typedTokens);
  if (!typedNames.some((tokens) => tokens.length)) return [];
  const year = query.geboortedatum ? Number(query.geboortedatum.slice(0, 4)) : query.geboortejaar;
  const candidates = await runQuery<Candidate>(
    manager,
    narrowedCandidatesSql(scope, typedNames, year === null ? null : yearBand(year), twoKeys),
  );

  const typed = [query.naam, ...query.aliases].map(nameMatcher);
  const scored: { match: PersonMatch; gemeenteId: number }[] = [];
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
  scored.sort((a, b) => b.match.score - a.match.score);
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
