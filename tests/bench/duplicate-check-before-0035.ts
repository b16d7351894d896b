// The duplicate check as it was before migration 0035 (main at 9b2658a,
// src-main/core/persons/find-matches.ts `findMatches`, verbatim but for the names and the imports):
// every candidate read from `person` (name, roepnaam, aliases; the birth data with a year typed)
// and its names split and folded (`nameTokens`) in JavaScript; with a year typed, the pairs of key
// heads sought one pair at a time on person_name_pair_heads (persons/match-candidates.ts
// `matchCandidateIdsSql` at 9b2658a, copied; INDEXED BY: on a database of 0035 SQLite would take
// its year index for the same text, a seek per pair of heads and year). scale.bench.ts and
// duplicate-check-profile.ts run it beside the check of now, in one loop, and compare the answers;
// not used by the application.
import type { EntityManager } from 'typeorm';
import type { PersonMatch } from '../../src-shared/ipc/persons';
import { OPEN_STATES, type CaseState } from '../../src-shared/domain/casus';
import type { AccessScope } from '../../src-main/core/access/access';
import { dialectOf, join, list, query as runQuery, raw, sql, type Sql } from '../../src-main/core/db/sql';
import { nameMatcher, typedTokens, type TypedToken } from '../../src-main/core/persons/names';
import { visibleCasesSql, yearBand } from '../../src-main/core/persons/match-candidates';
import type { MatchQuery } from '../../src-main/core/persons/find-matches';

const NAME_THRESHOLD = 0.82;

/** A candidate as read: its birth data only when a year or date was typed (`matchCandidatesSql`). */
interface Candidate {
  id: number;
  naam: string;
  roepnaam: string;
  aliases: string;
  geboortedatum?: string | null;
  geboortejaar?: number | null;
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
 * The best score of a name against the typed names (one `nameMatcher` each), remembered per name
 * for one check: the candidates share their roepnaam (a first name) and often a name.
 */
function nameScorer(typed: readonly ((name: string) => number)[]): (name: string) => number {
  const scores = new Map<string, number>();
  return (name) => {
    let best = scores.get(name);
    if (best === undefined) {
      best = 0;
      for (const similarity of typed) best = Math.max(best, similarity(name));
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
    const aliases = aliasesOf(person.aliases);
    const geboortejaar =
      person.geboortejaar === null || person.geboortejaar === undefined ? null : Number(person.geboortejaar);
    // The name, then the roepnaam and the aliases (the empty ones left out): the best of them, and
    // whether it was not the first.
    let best = 0;
    let viaAlias = false;
    let first = true;
    for (let at = 0; at < 2 + aliases.length; at++) {
      const name = at === 0 ? person.naam : at === 1 ? person.roepnaam : aliases[at - 2]!;
      if (!name) continue;
      const score = nameScore(name);
      if (score > best) {
        best = score;
        viaAlias = !first;
      }
      first = false;
    }
    const sameDate = Boolean(query.geboortedatum && person.geboortedatum === query.geboortedatum);
    const sameYear = year !== null && geboortejaar === year;
    const otherYear = year !== null && geboortejaar !== null && Math.abs(geboortejaar - year) > 1;
    if (best < (sameDate ? 0.7 : NAME_THRESHOLD) || otherYear) continue;
    const score = Math.min(1, best * 0.8 + (sameDate ? 0.2 : sameYear ? 0.12 : year === null ? 0.05 : 0));
    const reasons = [viaAlias ? 'alias' : 'naam', ...(sameDate ? ['geboortedatum'] : sameYear ? ['geboortejaar'] : [])];
    // Birth data and gemeente are read for the shown persons only (`findMatches`).
    scored.push({
      match: {
        id: Number(person.id),
        naam: person.naam,
        roepnaam: person.roepnaam,
        aliases,
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
type CandidateRead = (
  scope: AccessScope,
  typed: readonly (readonly TypedToken[])[],
  years: readonly number[] | null,
) => Sql;

/**
 * The ids of the persons to score, born in one of `years` (0: unknown; any year when null), whose
 * name keys answer one of the typed names (several rows for one person; `matchCandidatesSql` reads
 * each once):
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
export function matchCandidateIdsSqlBefore0035(
  typed: readonly (readonly TypedToken[])[],
  years: readonly number[] | null,
): Sql {
  const byYear = (alias: 'k' | 'n') =>
    years === null ? raw('') : sql` AND ${raw(alias)}.birth_year IN ${list([...years])}`;
  const reads: Sql[] = [];
  const single = new Set<string>();
  const pairs = (some: readonly string[], others: readonly string[]) =>
    sql`SELECT n.person_id FROM person_name_pair n INDEXED BY person_name_pair_heads
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
  return join(reads, ' UNION ALL ');
}

/** The candidate read before 0035: the scored columns of `person`, for the candidates' ids. */
export function matchCandidatesSqlBefore0035(
  typed: readonly (readonly TypedToken[])[],
  years: readonly number[] | null,
): Sql {
  const birth =
    years === null ? raw('') : raw(', p.geboortedatum AS "geboortedatum", p.geboortejaar AS "geboortejaar"');
  return sql`SELECT p.id AS "id", p.naam AS "naam", p.roepnaam AS "roepnaam", p.aliases AS "aliases"${birth}
        FROM person p
        WHERE p.id IN (${matchCandidateIdsSqlBefore0035(typed, years)})
        ORDER BY p.id`;
}

const candidatesNow: CandidateRead = (_scope, typed, years) => matchCandidatesSqlBefore0035(typed, years);

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
 * (also against aliases) and birth data. Issue 20: the candidates are read as plain rows (only the
 * columns scored: the birth data only when a year or date was typed), in one statement, scored by
 * one `nameMatcher` per typed name (its tokens keyed once, each pair of tokens scored once per
 * check, each name once per check), and the ten best get their birth data and gemeente in one
 * query. What the narrowing keeps is pinned by tests/integration/duplicate-recall.test.ts.
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
export async function findMatchesBefore0035(
  manager: EntityManager,
  scope: AccessScope,
  query: MatchQuery,
  candidatesSql: CandidateRead = candidatesNow,
): Promise<PersonMatch[]> {
  const typedNames = [query.naam, ...query.aliases].map(typedTokens);
  if (!typedNames.some((tokens) => tokens.length)) return [];
  const year = query.geboortedatum ? Number(query.geboortedatum.slice(0, 4)) : query.geboortejaar;
  const nameScore = nameScorer([query.naam, ...query.aliases].map(nameMatcher));
  const candidates = await runQuery<Candidate>(
    manager,
    candidatesSql(scope, typedNames, year === null ? null : yearBand(year)),
  );
  const access = new Visibility(manager, scope);
  const inYear = (c: Candidate) => year !== null && c.geboortejaar !== null && Number(c.geboortejaar) === year;
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
  // The birth data and gemeente of the shown persons only (not read with every candidate).
  const shown = await runQuery<{
    id: number;
    geboortedatum: string | null;
    geboortejaar: number | null;
    gemeente: string | null;
  }>(
    manager,
    sql`SELECT p.id AS "id", p.geboortedatum AS "geboortedatum", p.geboortejaar AS "geboortejaar", g.name AS "gemeente"
        FROM person p LEFT JOIN gemeente g ON g.id = p.gemeente_id
        WHERE p.id IN ${list(top.map((t) => t.match.id))}`,
  );
  const byId = new Map(shown.map((row) => [Number(row.id), row]));
  return top.map(({ match }) => {
    const row = byId.get(match.id);
    return {
      ...match,
      geboortedatum: row?.geboortedatum ?? null,
      geboortejaar: row === undefined || row.geboortejaar === null ? null : Number(row.geboortejaar),
      gemeente: row?.gemeente ?? '',
      openCase: access.visible.get(match.id) ?? null,
    };
  });
}
