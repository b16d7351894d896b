// Persons: created with a signal, corrected later, and found again by name and birth data so
// that nobody is registered twice. Only persons with at least one case the caller may see are
// ever shown.
import type { EntityManager } from 'typeorm';
import type { PersonInput, PersonMatch, PersonView } from '../../../src-shared/ipc/persons';
import { AppError } from '../../../src-shared/ipc/errors';
import type { CaseState } from '../../../src-shared/domain/casus';
import { PersonCorrectionEntity, PersonEntity, PersonNameKeyEntity, type Person } from '../db/entities/person';
import { AccountEntity } from '../db/entities/account';
import { GemeenteEntity } from '../db/entities/reference';
import type { AccessScope } from '../access/access';
import { dialectOf, list, query as runQuery, sql } from '../db/sql';
import { keyHead, nameMatcher, personKeyRows, sortKey, typedTokens } from './names';
import { matchCandidatesSql, openCasesSql, writeKeyPairs, yearBand } from './match-candidates';
import { asSystem } from '../access/row-security';
import { refreshSignalFacts } from '../db/signal-facts';

/**
 * The name keys of a person, with their heads, the birth year the duplicate check narrows by, and
 * whether a key is the only one of a name (0028); and the pairs of their heads (0032). A new person
 * has none yet to remove (`fresh`): two statements fewer when a signal registers a person.
 */
async function writeKeys(manager: EntityManager, person: Person, fresh = false): Promise<void> {
  if (!fresh) await manager.delete(PersonNameKeyEntity, { personId: person.id });
  const rows = personKeyRows([person.naam, person.roepnaam, ...person.aliases]);
  if (rows.length)
    await manager.insert(
      PersonNameKeyEntity,
      rows.map(({ key, solo }) => ({
        personId: person.id,
        key,
        head: keyHead(key),
        birthYear: person.geboortejaar ?? 0,
        solo: solo ? 1 : 0,
      })),
    );
  await writeKeyPairs(
    manager,
    person.id,
    rows.map((row) => row.key),
    person.geboortejaar ?? 0,
    fresh,
  );
}

export { matchCandidatesSql, openCasesSql, yearBand } from './match-candidates';

function birthYear(input: Pick<PersonInput, 'geboortedatum' | 'geboortejaar'>): number | null {
  return input.geboortedatum ? Number(input.geboortedatum.slice(0, 4)) : input.geboortejaar;
}

async function assertGemeente(manager: EntityManager, gemeenteId: number) {
  const gemeente = await manager.findOne(GemeenteEntity, { where: { id: gemeenteId } });
  if (!gemeente) throw new AppError('INVALID_INPUT', undefined, { gemeenteId: { key: 'validation.invalidChoice' } });
  return gemeente;
}

export async function createPerson(manager: EntityManager, input: PersonInput, now: Date): Promise<Person> {
  await assertGemeente(manager, input.gemeenteId);
  const stamp = now.toISOString();
  const person = await manager.save(PersonEntity, {
    ...input,
    sortKey: sortKey(input.naam),
    geboortejaar: birthYear(input),
    createdAt: stamp,
    updatedAt: stamp,
  });
  await writeKeys(manager, person, true);
  return person;
}

const CORRECTABLE = [
  'naam',
  'roepnaam',
  'aliases',
  'geboortedatum',
  'geboortejaar',
  'geslacht',
  'gemeenteId',
  'bsn',
  'notities',
] as const;

const asText = (value: unknown) =>
  value === null || value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);

/** Refuses any change to a person whose processing is restricted (and so to their cases). */
export function assertNotRestricted(person: Pick<Person, 'restricted'>): void {
  if (person.restricted) throw new AppError('PERSON_RESTRICTED');
}

/** A correction: applies the new values and records, per changed field, old and new with the reason. */
export async function updatePerson(
  manager: EntityManager,
  person: Person,
  input: PersonInput,
  correction: { reden: string; accountId: number | null; now: Date },
): Promise<Person> {
  assertNotRestricted(person);
  await assertGemeente(manager, input.gemeenteId);
  const now = correction.now;
  const next = { ...input, geboortejaar: birthYear(input) };
  for (const field of CORRECTABLE) {
    const before = asText(person[field]);
    const after = asText(next[field]);
    if (before === after) continue;
    await manager.insert(PersonCorrectionEntity, {
      personId: person.id,
      field,
      oldValue: before,
      newValue: after,
      reden: correction.reden,
      accountId: correction.accountId,
      at: now.toISOString(),
    });
  }
  const updated = await manager.save(PersonEntity, {
    ...person,
    ...input,
    sortKey: sortKey(input.naam),
    geboortejaar: birthYear(input),
    updatedAt: now.toISOString(),
  });
  await writeKeys(manager, updated);
  // Birth date and municipality count in the figures of every signal about this person, also of
  // the cases in regions the editor does not see.
  await asSystem(manager, 'signalFacts', () => refreshSignalFacts(manager, { personId: person.id }));
  return updated;
}

export async function toPersonView(manager: EntityManager, person: Person): Promise<PersonView> {
  const gemeente = await manager.findOne(GemeenteEntity, { where: { id: person.gemeenteId } });
  return {
    id: person.id,
    naam: person.naam,
    roepnaam: person.roepnaam,
    aliases: person.aliases,
    geboortedatum: person.geboortedatum,
    geboortejaar: person.geboortejaar,
    geslacht: person.geslacht as PersonView['geslacht'],
    gemeenteId: person.gemeenteId,
    gemeente: gemeente?.name ?? '',
    bsn: person.bsn,
    notities: person.notities,
    createdAt: person.createdAt,
    restricted: person.restricted,
    restrictedReason: person.restrictedReason,
    restrictedAt: person.restrictedAt,
    corrections: await corrections(manager, person.id),
  };
}

async function corrections(manager: EntityManager, personId: number): Promise<PersonView['corrections']> {
  const rows = await manager.find(PersonCorrectionEntity, { where: { personId }, order: { id: 'ASC' } });
  const out: PersonView['corrections'] = [];
  for (const row of rows) {
    const account = row.accountId ? await manager.findOne(AccountEntity, { where: { id: row.accountId } }) : null;
    out.push({
      at: row.at,
      door: account?.displayName ?? null,
      field: row.field,
      oldValue: row.oldValue,
      newValue: row.newValue,
      reden: row.reden,
    });
  }
  return out;
}

/** Beperking van verwerking, on or off; the change and its reason are recorded like a correction. */
export async function restrictPerson(
  manager: EntityManager,
  person: Person,
  restricted: boolean,
  reden: string,
  actor: { accountId: number | null; now: Date },
): Promise<Person> {
  const stamp = actor.now.toISOString();
  await manager.insert(PersonCorrectionEntity, {
    personId: person.id,
    field: 'beperking',
    oldValue: person.restricted ? 'ja' : 'nee',
    newValue: restricted ? 'ja' : 'nee',
    reden,
    accountId: actor.accountId,
    at: stamp,
  });
  return manager.save(PersonEntity, {
    ...person,
    restricted,
    restrictedReason: restricted ? reden : '',
    restrictedAt: restricted ? stamp : null,
    updatedAt: stamp,
  });
}

export interface MatchQuery {
  naam: string;
  aliases: string[];
  geboortedatum: string | null;
  geboortejaar: number | null;
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
 * Possible existing registrations of the person being registered. Candidates (`matchCandidatesSql`)
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
export async function findMatches(
  manager: EntityManager,
  scope: AccessScope,
  query: MatchQuery,
  candidatesSql: typeof matchCandidatesSql = matchCandidatesSql,
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
