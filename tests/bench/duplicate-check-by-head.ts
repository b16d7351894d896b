// The duplicate check as it was before issue 20's narrowing of its candidate read (main at d24a3fc),
// verbatim but for the names: every person born within a year who shares a key head with any typed
// name token is read and scored. For scale.bench.ts's before/after comparison on the same file
// (interleaved); not used by the application.
import type { EntityManager } from 'typeorm';
import type { PersonMatch } from '../../src-shared/ipc/persons';
import type { CaseState } from '../../src-shared/domain/casus';
import { visibleSql, type AccessScope } from '../../src-main/core/access/access';
import { dialectOf, list, query as runQuery, raw, sql, type Sql } from '../../src-main/core/db/sql';
import { keyHead, nameMatcher, personKeys } from '../../src-main/core/persons/names';
import type { MatchQuery } from '../../src-main/core/persons/person-service';
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
 * The persons to score: sharing a key head, born within a year of `year` (or unknown), with a casus
 * the scope may see (EXISTS per candidate, not the set of every visible casus's person). In id order,
 * so that equal scores rank the same on both engines and every time.
 */
function candidatesByHeadSql(scope: AccessScope, heads: string[], year: number | null): Sql {
  const byYear = year === null ? raw('') : sql` AND k.birth_year IN ${list([0, year - 1, year, year + 1])}`;
  return sql`SELECT p.id AS "id", p.naam AS "naam", p.roepnaam AS "roepnaam", p.aliases AS "aliases",
               p.geboortedatum AS "geboortedatum", p.geboortejaar AS "geboortejaar", p.gemeente_id AS "gemeenteId"
        FROM person p
        WHERE p.id IN (SELECT k.person_id FROM person_name_key k WHERE k.head IN ${list(heads)}${byYear})
          AND EXISTS (SELECT 1 FROM casus c WHERE c.person_id = p.id AND ${visibleSql(scope, 'c')})
        ORDER BY p.id`;
}

/**
 * Possible existing registrations of the person being registered. Candidates share the first letters
 * of a sound-alike name key (`keyHead`) and were born within a year of the typed year, or have no
 * year, or none was typed (a year further off never matches below); they are read through the
 * index of migration 0022, all of them (no cap that could drop a real match), and scored on name
 * (also against aliases) and birth data. Issue 20: the candidates are read as plain rows (only the
 * columns scored), scored by one `nameMatcher` per typed name (its tokens keyed once, each pair of
 * tokens scored once per check), and the ten best get their gemeente and open casus in two queries.
 */
export async function findMatchesByHead(
  manager: EntityManager,
  scope: AccessScope,
  query: MatchQuery,
): Promise<PersonMatch[]> {
  const heads = [...new Set(personKeys([query.naam, ...query.aliases]).map(keyHead))];
  if (!heads.length) return [];
  const year = query.geboortedatum ? Number(query.geboortedatum.slice(0, 4)) : query.geboortejaar;
  const candidates = await runQuery<Candidate>(manager, candidatesByHeadSql(scope, heads, year));

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
