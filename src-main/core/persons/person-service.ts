// Persons: created with a signal, corrected later, and found again by name and birth data so
// that nobody is registered twice. Only persons with at least one case the caller may see are
// ever shown.
import { In, type EntityManager } from 'typeorm';
import type { PersonInput, PersonView } from '../../../src-shared/ipc/persons';
import { AppError } from '../../../src-shared/ipc/errors';
import {
  PersonCorrectionEntity,
  PersonEntity,
  PersonNameKeyEntity,
  type Person,
  type PersonCorrection,
} from '../db/entities/person';
import { AccountEntity, type Account } from '../db/entities/account';
import { GemeenteEntity, type GemeenteRow } from '../db/entities/reference';
import { keyHead, personKeyRows, sortKey } from './names';
import { writeKeyPairs, writeMatchRow } from './match-candidates';
import { asSystem } from '../access/row-security';
import { refreshSignalFacts } from '../db/signal-facts';

/**
 * The name keys of a person, with their heads, the birth year the duplicate check narrows by, and
 * whether a key is the only one of a name (0028); the pairs of their heads (0032); and what the
 * check scores (`person_match`, 0035: the names' tokens, the birth year and date). Every change of
 * a person's names or birth data passes here (registration and correction). A new person has none
 * yet to remove (`fresh`): three statements fewer when a signal registers a person.
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
  await writeMatchRow(manager, person, person.geboortejaar ?? 0, fresh);
}

export { matchCandidatesSql, visibleCasesSql, yearBand } from './match-candidates';
export { findMatches, type MatchQuery } from './find-matches';

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
  const corrections = await manager.find(PersonCorrectionEntity, {
    where: { personId: person.id },
    order: { id: 'ASC' },
  });
  const by = [...new Set(corrections.flatMap((row) => (row.accountId ? [row.accountId] : [])))];
  const accounts = by.length ? await manager.find(AccountEntity, { where: { id: In(by) } }) : [];
  return personView(person, { gemeente, corrections, accounts });
}

/** What a person's view shows besides the person: its gemeente, its corrections (by id) and who made them. */
export interface PersonViewReads {
  gemeente: GemeenteRow | null;
  corrections: readonly PersonCorrection[];
  /** At least the accounts that made the corrections (others are ignored). */
  accounts: readonly Pick<Account, 'id' | 'displayName'>[];
}

/**
 * The person's view from rows read already: by `toPersonView`, or with a casus's dossier in its one
 * round trip (cases/dossier.ts).
 */
export function personView(person: Person, { gemeente, corrections, accounts }: PersonViewReads): PersonView {
  const nameOf = (id: number | null) => (id === null ? null : (accounts.find((a) => a.id === id)?.displayName ?? null));
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
    corrections: corrections.map((row) => ({
      at: row.at,
      door: nameOf(row.accountId),
      field: row.field,
      oldValue: row.oldValue,
      newValue: row.newValue,
      reden: row.reden,
    })),
  };
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
