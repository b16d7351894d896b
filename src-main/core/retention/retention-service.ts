// Bewaartermijn and vernietiging. When a casus has been closed for the policy's number of years,
// its personal data must go: the casus, its signals, wegingen, plan, monitoring, notes, status
// history, access list and search row, and the person too unless they have another casus. What
// remains is one anonymous statistical record per signal (month, age band, municipality, ideology,
// severity, outcome), so the year figures keep their history.
//
// Deleting is not enough on its own: secure_delete overwrites freed pages, the full-text index is
// merged so the deleted terms leave its segments, free pages are returned to the file system, and
// the write-ahead log is truncated.
import { In, type EntityManager } from 'typeorm';
import { ageBand } from '../../../src-shared/domain/age';
import { isoDay } from '../../../src-shared/domain/format';
import type { DueCase } from '../../../src-shared/ipc/retention';
import { AppError } from '../../../src-shared/ipc/errors';
import { CaseEntity, SignalEntity, type Case } from '../db/entities/casus';
import { ZvhRegionEntity } from '../db/entities/reference';
import { StatRecordEntity, type StatRecord } from '../db/entities/stat-record';
import { shredScopes } from '../audit/shred';
import { retentionYears } from '../cases/case-service';
import { PersonEntity } from '../db/entities/person';
import type { CaseSearch } from '../search/case-search';
import { dialectOf, query } from '../db/sql';
import { identifyingTerms, redactMinutes } from './minutes-redaction';
import { anonymiseTrajectories, trajectoriesOfCases } from './trajectory-retention';
import {
  CASE_TABLES,
  PERSON_TABLES,
  deleteCases,
  deleteOfCases,
  deleteOfPersons,
  deletePersons,
  deleteWegingenOfCases,
  meetingsOfCases,
  optimizeSearchIndex,
  personsWithoutCase,
} from './queries';

/** The closed cases whose bewaartermijn has ended by `today`. */
function dueCaseQuery(manager: EntityManager, today: Date) {
  return manager
    .createQueryBuilder(CaseEntity, 'c')
    .where('c.retention_until IS NOT NULL AND c.retention_until <= :day', { day: isoDay(today) })
    .andWhere("c.state IN ('afgeschaald', 'afgesloten')");
}

/** How many cases `dueCases` lists, in one count (the beheerder's start page). */
export function countDueCases(manager: EntityManager, today: Date): Promise<number> {
  return dueCaseQuery(manager, today).getCount();
}

export async function dueCases(manager: EntityManager, today: Date): Promise<DueCase[]> {
  // Ties in the date by id: with no tie-break the order was the plan's (migration 0036's index on
  // the state changed it).
  const cases = await dueCaseQuery(manager, today)
    .orderBy('c.retention_until', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .getMany();
  const regions = new Map((await manager.find(ZvhRegionEntity)).map((r) => [r.id, r.name]));
  const dueIds = new Set(cases.map((c) => c.id));
  const out: DueCase[] = [];
  for (const casus of cases) {
    const others = await manager.find(CaseEntity, { where: { personId: casus.personId } });
    out.push({
      id: casus.id,
      number: casus.number,
      closedAt: casus.closedAt!,
      retentionUntil: casus.retentionUntil!,
      outcome: casus.outcome,
      region: regions.get(casus.regionId) ?? '',
      personKept: others.some((other) => !dueIds.has(other.id)),
    });
  }
  return out;
}

const month = (value: string | null) => (value ? value.slice(0, 7) : null);

/** Splits `ids` into chunks that stay well under SQLite's limit on bound parameters. */
function chunks<T>(ids: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}

/** Destroys the given cases (all must be due); returns what was removed and kept. */
export async function destroyCases(
  manager: EntityManager,
  search: CaseSearch,
  caseIds: number[],
  today: Date,
): Promise<{ cases: number; persons: number; records: number; trajectories: number }> {
  const day = isoDay(today);
  const unique = [...new Set(caseIds)];
  const cases: Case[] = [];
  for (const part of chunks(unique)) cases.push(...(await manager.find(CaseEntity, { where: { id: In(part) } })));
  if (
    cases.length !== unique.length ||
    cases.some(
      (c) => !c.retentionUntil || c.retentionUntil > day || (c.state !== 'afgeschaald' && c.state !== 'afgesloten'),
    )
  ) {
    throw new AppError('NOT_DUE');
  }
  const byCase = new Map(cases.map((c) => [c.id, c]));

  // The anonymous records, from the facts kept on each signal (age at signal, municipality, region).
  const records: Omit<StatRecord, 'id'>[] = [];
  const seenCase = new Set<number>();
  for (const part of chunks(unique)) {
    const signals = await manager.find(SignalEntity, {
      where: { caseId: In(part) },
      order: { caseId: 'ASC', ontvangen: 'ASC', id: 'ASC' },
    });
    for (const signal of signals) {
      const casus = byCase.get(signal.caseId)!;
      const first = !seenCase.has(casus.id);
      seenCase.add(casus.id);
      records.push({
        signalMonth: month(signal.ontvangen)!,
        ageBand: ageBand(signal.leeftijd),
        gemeenteId: signal.gemeenteId,
        regionId: signal.regionId ?? casus.regionId,
        ideologie: signal.ideologie,
        ernst: signal.ernst,
        outcome: first ? casus.outcome : null,
        closedMonth: first ? month(casus.closedAt) : null,
        caseRecord: first,
      });
    }
  }
  for (const part of chunks(records, 100)) await manager.insert(StatRecordEntity, part);

  // The meetings that had an item about these cases (or one of their signals): reasons typed for a
  // print of such a meeting may name the person, so their key goes too (read before the minutes
  // lose their links below).
  const meetingScopes: string[] = [];
  for (const part of chunks(unique)) {
    const rows = await query<{ id: number }>(manager, meetingsOfCases(part));
    meetingScopes.push(...rows.map((row) => `overleg:${row.id}`));
  }

  // The minutes about these cases keep their structure, not their text (see minutes-redaction.ts).
  const persons = new Map<number, { naam: string; roepnaam: string; aliases: string[] }>();
  for (const part of chunks([...new Set(cases.map((c) => c.personId))])) {
    for (const person of await manager.find(PersonEntity, { where: { id: In(part) } })) persons.set(person.id, person);
  }
  await redactMinutes(
    manager,
    cases.map((c) => ({ id: c.id, terms: identifyingTerms(c.number, persons.get(c.personId) ?? null) })),
    today,
    await retentionYears(manager),
  );
  // Audit reasons about these cases and their meetings become unreadable: their keys go (crypto-shredding).
  await shredScopes(manager, [...cases.map((c) => `casus:${c.id}`), ...new Set(meetingScopes)]);

  let trajectories = 0;
  for (const part of chunks(unique)) {
    await query(manager, deleteWegingenOfCases(part));
    for (const table of CASE_TABLES) await query(manager, deleteOfCases(table, part));
    // A mentor trajectory that came from the casus keeps only its figures.
    trajectories += await anonymiseTrajectories(manager, await trajectoriesOfCases(manager, part), today);
    for (const id of part) await search.remove(manager, id);
    await query(manager, deleteCases(part));
  }

  // A person goes when no casus of theirs remains.
  const personIds = [...new Set(cases.map((c) => c.personId))];
  let removedPersons = 0;
  for (const part of chunks(personIds)) {
    const orphans = (await query<{ id: number }>(manager, personsWithoutCase(part))).map((row) => row.id);
    if (!orphans.length) continue;
    for (const table of PERSON_TABLES) await query(manager, deleteOfPersons(table, orphans));
    await query(manager, deletePersons(orphans));
    await shredScopes(
      manager,
      orphans.map((id) => `persoon:${id}`),
    );
    removedPersons += orphans.length;
  }
  // Rewrites the full-text index segments so deleted terms are gone from them, not only marked.
  const optimize = optimizeSearchIndex(dialectOf(manager));
  if (optimize) await query(manager, optimize);
  return { cases: cases.length, persons: removedPersons, records: records.length, trajectories };
}
