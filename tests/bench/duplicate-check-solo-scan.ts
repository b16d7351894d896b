// The duplicate check as it was before migration 0034 (main at 18b4a8a,
// src-main/core/persons/find-matches.ts `findMatches`, verbatim but for the names and the imports):
// every candidate read with its gemeente, each candidate's names scored afresh, and the read of the
// names of one token (solo) on `person_name_key_head` (forced with INDEXED BY: on a database of 34
// SQLite would take 0034's partial index for the same text). scale.bench.ts and
// duplicate-check-profile.ts run it beside the check of now, in one loop, and compare the answers;
// not used by the application.
import type { EntityManager } from 'typeorm';
import type { PersonMatch } from '../../src-shared/ipc/persons';
import { OPEN_STATES, type CaseState } from '../../src-shared/domain/casus';
import type { AccessScope } from '../../src-main/core/access/access';
import { dialectOf, list, query as runQuery, sql, type Sql } from '../../src-main/core/db/sql';
import { nameMatcher, typedTokens, type TypedToken } from '../../src-main/core/persons/names';
import { visibleCasesSql, yearBand } from '../../src-main/core/persons/match-candidates';
import { matchCandidateIdsSqlBefore0035 } from './duplicate-check-before-0035';
import type { MatchQuery } from '../../src-main/core/persons/find-matches';

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
/** The most persons asked in one access test (its IN list grows from 20 by doubling; not a bound on the answer). */
const ACCESS_BATCH = 500;

interface Scored {
  match: PersonMatch;
  gemeenteId: number;
}

/** The aliases as stored (a JSON array); most persons have none, stored as `[]`. */
const aliasesOf = (stored: string): string[] => (stored === '[]' ? [] : (JSON.parse(stored) as string[]));

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
    const aliases = aliasesOf(person.aliases);
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

type CandidateRead = (
  scope: AccessScope,
  typed: readonly (readonly TypedToken[])[],
  years: readonly number[] | null,
) => Sql;

/** The key rows' reads of a statement on person_name_key_head, as SQLite planned them before 0034. */
function onHeadIndex(statement: Sql): Sql {
  const isSql = (value: unknown): value is Sql => typeof value === 'object' && value !== null && 'strings' in value;
  return {
    ...statement,
    strings: statement.strings.map((text) =>
      text.replaceAll('FROM person_name_key k WHERE', 'FROM person_name_key k INDEXED BY person_name_key_head WHERE'),
    ),
    values: statement.values.map((value) => (isSql(value) ? onHeadIndex(value) : value)),
  };
}

/**
 * main's `matchCandidatesSql` at 18b4a8a, its key rows' reads on person_name_key_head (the ids'
 * read as before 0035: its pairs sought on person_name_pair_heads).
 */
export const candidatesSoloScan: CandidateRead = (_scope, typed, years) =>
  sql`SELECT p.id AS "id", p.naam AS "naam", p.roepnaam AS "roepnaam", p.aliases AS "aliases",
               p.geboortedatum AS "geboortedatum", p.geboortejaar AS "geboortejaar", p.gemeente_id AS "gemeenteId"
        FROM person p
        WHERE p.id IN (${onHeadIndex(matchCandidateIdsSqlBefore0035(typed, years))})
        ORDER BY p.id`;

/** Best first; equal scores in id order (as one read in id order, sorted stably, ranked them). */
const byRank = (a: Scored, b: Scored) => b.match.score - a.match.score || a.match.id - b.match.id;

/**
 * The first `SHOWN` persons of `ranked` (best first) that the caller may see, asking access in rank
 * order, a batch at a time, only as far as needed: the bench account's ten best are mostly asked in
 * one statement, an account of one region's in two. Per person asked, `visible` holds whether one
 * of its cases is visible, with the first open one (or null).
 */
class Visibility {
  readonly visible = new Map<number, PersonMatch['openCase']>();
  private readonly asked = new Set<number>();

  constructor(
    private readonly manager: EntityManager,
    private readonly scope: AccessScope,
  ) {}

  async top(ranked: readonly Scored[]): Promise<Scored[]> {
    const shown: Scored[] = [];
    let at = 0;
    let batch = 2 * SHOWN;
    while (shown.length < SHOWN && at < ranked.length) {
      const next = ranked.slice(at, at + batch);
      at += next.length;
      await this.ask(next.map((s) => s.match.id).filter((id) => !this.asked.has(id)));
      for (const s of next) if (shown.length < SHOWN && this.visible.has(s.match.id)) shown.push(s);
      batch = Math.min(2 * batch, ACCESS_BATCH);
    }
    return shown;
  }

  private async ask(ids: readonly number[]): Promise<void> {
    if (!ids.length) return;
    for (const id of ids) this.asked.add(id);
    const rows = await runQuery<{ id: number; personId: number; number: string; state: CaseState }>(
      this.manager,
      visibleCasesSql(this.scope, ids, dialectOf(this.manager)),
    );
    // In casus id order: a person's first open casus is shown.
    for (const row of rows) {
      const personId = Number(row.personId);
      if (!this.visible.has(personId)) this.visible.set(personId, null);
      if (this.visible.get(personId) === null && OPEN_STATES.includes(row.state))
        this.visible.set(personId, { id: Number(row.id), number: row.number, state: row.state });
    }
  }
}

/** main's `findMatches` at 18b4a8a (see the top of this file). */
export async function findMatchesSoloScan(
  manager: EntityManager,
  scope: AccessScope,
  query: MatchQuery,
  candidatesSql: CandidateRead = candidatesSoloScan,
): Promise<PersonMatch[]> {
  const typedNames = [query.naam, ...query.aliases].map(typedTokens);
  if (!typedNames.some((tokens) => tokens.length)) return [];
  const year = query.geboortedatum ? Number(query.geboortedatum.slice(0, 4)) : query.geboortejaar;
  const typed = [query.naam, ...query.aliases].map(nameMatcher);
  const candidates = await runQuery<Candidate>(
    manager,
    candidatesSql(scope, typedNames, year === null ? null : yearBand(year)),
  );
  const access = new Visibility(manager, scope);
  const inYear = (c: Candidate) => year !== null && c.geboortejaar !== null && Number(c.geboortejaar) === year;
  let scored = scoreCandidates(year === null ? candidates : candidates.filter(inYear), query, typed, year);
  let top = await access.top(scored.sort(byRank));
  if (year !== null && !(top.length === SHOWN && top.every((s) => s.match.score > OTHER_YEAR_BEST))) {
    scored = scored.concat(
      scoreCandidates(
        candidates.filter((c) => !inYear(c)),
        query,
        typed,
        year,
      ),
    );
    top = await access.top(scored.sort(byRank));
  }
  if (!top.length) return [];
  const gemeenten = await runQuery<{ id: number; name: string }>(
    manager,
    sql`SELECT g.id AS "id", g.name AS "name" FROM gemeente g WHERE g.id IN ${list([...new Set(top.map((t) => t.gemeenteId))])}`,
  );
  const gemeenteName = new Map(gemeenten.map((g) => [Number(g.id), g.name]));
  return top.map(({ match, gemeenteId }) => ({
    ...match,
    gemeente: gemeenteName.get(gemeenteId) ?? '',
    openCase: access.visible.get(match.id) ?? null,
  }));
}
