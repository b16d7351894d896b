// The duplicate check (issues 17 and 20): the persons a registration may already be, best first,
// each with a casus the caller may see. Which persons are read: match-candidates.ts.
import type { EntityManager } from 'typeorm';
import type { PersonMatch } from '../../../src-shared/ipc/persons';
import { OPEN_STATES, type CaseState } from '../../../src-shared/domain/casus';
import type { AccessScope } from '../access/access';
import { dialectOf, list, query as runQuery, sql, type Sql } from '../db/sql';
import { tokenMatcher, typedTokens, type TypedToken } from './names';
import { matchCandidatesSql, visibleCasesSql, yearBand } from './match-candidates';

export interface MatchQuery {
  naam: string;
  aliases: string[];
  geboortedatum: string | null;
  geboortejaar: number | null;
}

const NAME_THRESHOLD = 0.82;

/**
 * A candidate as read from `person_match` (`matchCandidatesSql`): its names' tokens as stored
 * (`matchNames`), its birth year (0: unknown) and date only when a year or date was typed.
 */
interface Candidate {
  id: number;
  names: string;
  birthYear?: number;
  birthDate?: string | null;
}

/** The most a person not born in the typed year can score: no year in common, a name alike at most 1. */
const OTHER_YEAR_BEST = 0.8;
/** How many matches the check shows. */
const SHOWN = 10;
/** The most persons asked in one access test (its IN list grows from 20 by doubling; not a bound on the answer). */
const ACCESS_BATCH = 500;

interface Scored {
  match: PersonMatch;
}

/** The aliases as stored (a JSON array); most persons have none, stored as `[]`. */
const aliasesOf = (stored: string): string[] => (stored === '[]' ? [] : (JSON.parse(stored) as string[]));

/**
 * The best score of a name, by its tokens as stored (`matchNames`: '#' a name without tokens),
 * against the typed names (one `tokenMatcher` each), remembered per name for one check: the
 * candidates share their roepnaam (a first name) and often a name.
 */
function nameScorer(typed: readonly ((tokens: readonly string[]) => number)[]): (name: string) => number {
  const scores = new Map<string, number>();
  return (name) => {
    let best = scores.get(name);
    if (best === undefined) {
      best = 0;
      const tokens = name === '#' ? [] : name.split(' ');
      for (const similarity of typed) best = Math.max(best, similarity(tokens));
      scores.set(name, best);
    }
    return best;
  };
}

/**
 * The candidates that match, scored on name (also against aliases, by one `nameMatcher` per typed
 * name) and birth data; without gemeente and open casus (the shown ones get those afterwards).
 */
function scoreCandidates(
  candidates: readonly Candidate[],
  query: MatchQuery,
  nameScore: (name: string) => number,
  year: number | null,
): Scored[] {
  const scored: Scored[] = [];
  for (const person of candidates) {
    const geboortejaar = person.birthYear ? Number(person.birthYear) : null;
    // The name, then the roepnaam and the aliases (the empty ones left out): the best of them, and
    // whether it was not the first.
    let best = 0;
    let viaAlias = false;
    let first = true;
    for (const name of person.names.split('|')) {
      if (!name) continue;
      const score = nameScore(name);
      if (score > best) {
        best = score;
        viaAlias = !first;
      }
      first = false;
    }
    const sameDate = Boolean(query.geboortedatum && person.birthDate === query.geboortedatum);
    const sameYear = year !== null && geboortejaar === year;
    const otherYear = year !== null && geboortejaar !== null && Math.abs(geboortejaar - year) > 1;
    if (best < (sameDate ? 0.7 : NAME_THRESHOLD) || otherYear) continue;
    const score = Math.min(1, best * 0.8 + (sameDate ? 0.2 : sameYear ? 0.12 : year === null ? 0.05 : 0));
    const reasons = [viaAlias ? 'alias' : 'naam', ...(sameDate ? ['geboortedatum'] : sameYear ? ['geboortejaar'] : [])];
    // Names, birth data and gemeente are read for the shown persons only (`findMatches`).
    scored.push({
      match: {
        id: Number(person.id),
        naam: '',
        roepnaam: '',
        aliases: [],
        geboortedatum: null,
        geboortejaar: null,
        gemeente: '',
        score: Math.round(score * 100) / 100,
        reasons,
        openCase: null,
      },
    });
  }
  return scored;
}

/** A candidate read: the persons' scored columns. The benches pass earlier reads to compare. */
export type CandidateRead = (
  scope: AccessScope,
  typed: readonly (readonly TypedToken[])[],
  years: readonly number[] | null,
) => Sql;

const candidatesNow: CandidateRead = (_scope, typed, years) => matchCandidatesSql(typed, years);

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

/**
 * Possible existing registrations of the person being registered. Candidates (`matchCandidatesSql`)
 * were born within a year of the typed year, or have no year, or none was typed (a year further off
 * never matches below), and answer a typed name by their sound-alike name keys: near two of its
 * tokens (with no birth data typed, one of the two with its token's own head), or the same head as
 * a name typed as one token; read through the pairs of key heads of
 * migration 0032 and the key indexes of 0022 and 0034 (the names of one token), and scored on name
 * (also against aliases) and birth data. Issue 20: the candidates are read from `person_match`
 * (migration 0035: their names' tokens as stored, the birth data only when a year or date was
 * typed), in one statement, scored by one `tokenMatcher` per typed name (its tokens keyed once,
 * each pair of tokens scored once per check, each name once per check), and the ten best get
 * their names, birth data and gemeente from `person` in one query. What the narrowing keeps is
 * pinned by tests/integration/duplicate-recall.test.ts.
 *
 * Only persons with a casus the caller may see are shown. That is asked after the scoring, in rank
 * order and only until ten are found (`Visibility`), in statements that also give their open
 * cases — not per candidate in the read (an EXISTS on `casus` each, before issue 20's change): the
 * answer is the same; persons of other regions are read and scored, not shown.
 *
 * With a year typed, the persons born in that year are scored first. A person born in another year
 * scores at most 0.8 (OTHER_YEAR_BEST: no birth data in common, a name alike at most 1), so when the
 * ten best visible persons of that year score above it, no other person can be among the ten shown
 * — nor tie with one (a tie ranks by id) — and the rest of the band (a year either side, unknown) is
 * not scored: the answer is the same as scoring all of it, which is what is done otherwise.
 *
 * `candidatesSql` is the candidate read; the benches pass an earlier one to compare the answers
 * (tests/bench/duplicate-check-walk.ts: 0028's read, before the pairs of migration 0032).
 */
export async function findMatches(
  manager: EntityManager,
  scope: AccessScope,
  query: MatchQuery,
  candidatesSql: CandidateRead = candidatesNow,
): Promise<PersonMatch[]> {
  const typedNames = [query.naam, ...query.aliases].map(typedTokens);
  if (!typedNames.some((tokens) => tokens.length)) return [];
  const year = query.geboortedatum ? Number(query.geboortedatum.slice(0, 4)) : query.geboortejaar;
  const nameScore = nameScorer([query.naam, ...query.aliases].map(tokenMatcher));
  const candidates = await runQuery<Candidate>(
    manager,
    candidatesSql(scope, typedNames, year === null ? null : yearBand(year)),
  );
  const access = new Visibility(manager, scope);
  const inYear = (c: Candidate) => year !== null && Number(c.birthYear) === year;
  let scored = scoreCandidates(year === null ? candidates : candidates.filter(inYear), query, nameScore, year);
  let top = await access.top(scored.sort(byRank));
  if (year !== null && !(top.length === SHOWN && top.every((s) => s.match.score > OTHER_YEAR_BEST))) {
    scored = scored.concat(
      scoreCandidates(
        candidates.filter((c) => !inYear(c)),
        query,
        nameScore,
        year,
      ),
    );
    top = await access.top(scored.sort(byRank));
  }
  if (!top.length) return [];
  // The names, birth data and gemeente of the shown persons only (not read with every candidate).
  const shown = await runQuery<{
    id: number;
    naam: string;
    roepnaam: string;
    aliases: string;
    geboortedatum: string | null;
    geboortejaar: number | null;
    gemeente: string | null;
  }>(
    manager,
    sql`SELECT p.id AS "id", p.naam AS "naam", p.roepnaam AS "roepnaam", p.aliases AS "aliases",
          p.geboortedatum AS "geboortedatum", p.geboortejaar AS "geboortejaar", g.name AS "gemeente"
        FROM person p LEFT JOIN gemeente g ON g.id = p.gemeente_id
        WHERE p.id IN ${list(top.map((t) => t.match.id))}`,
  );
  const byId = new Map(shown.map((row) => [Number(row.id), row]));
  return top.map(({ match }) => {
    const row = byId.get(match.id);
    return {
      ...match,
      naam: row?.naam ?? '',
      roepnaam: row?.roepnaam ?? '',
      aliases: row ? aliasesOf(row.aliases) : [],
      geboortedatum: row?.geboortedatum ?? null,
      geboortejaar: row === undefined || row.geboortejaar === null ? null : Number(row.geboortejaar),
      gemeente: row?.gemeente ?? '',
      openCase: access.visible.get(match.id) ?? null,
    };
  });
}
