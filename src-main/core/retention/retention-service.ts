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
import { ageAt, ageBand } from '../../../src-shared/domain/age';
import { isoDay } from '../../../src-shared/domain/format';
import type { DueCase } from '../../../src-shared/ipc/retention';
import { AppError } from '../../../src-shared/ipc/errors';
import {
  CasusAccessEntity,
  CasusActionEntity,
  CasusEntity,
  CasusMonitoringEntity,
  CasusNoteEntity,
  CasusTransitionEntity,
  SignalEntity,
  WegingEntity,
  type Casus,
} from '../db/entities/casus';
import { PersonCorrectionEntity, PersonEntity, PersonNameKeyEntity } from '../db/entities/person';
import { GemeenteEntity, ZvhRegionEntity } from '../db/entities/reference';
import { StatRecordEntity } from '../db/entities/stat-record';
import type { CaseSearch } from '../search/case-search';

export async function dueCases(manager: EntityManager, today: Date): Promise<DueCase[]> {
  const day = isoDay(today);
  const cases = await manager
    .createQueryBuilder(CasusEntity, 'c')
    .where('c.retention_until IS NOT NULL AND c.retention_until <= :day', { day })
    .andWhere("c.state IN ('afgeschaald', 'afgesloten')")
    .orderBy('c.retention_until', 'ASC')
    .getMany();
  const regions = new Map((await manager.find(ZvhRegionEntity)).map((r) => [r.id, r.name]));
  const dueIds = new Set(cases.map((c) => c.id));
  const out: DueCase[] = [];
  for (const casus of cases) {
    const others = await manager.find(CasusEntity, { where: { personId: casus.personId } });
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

/** Destroys the given cases (all must be due); returns what was removed and kept. */
export async function destroyCases(
  manager: EntityManager,
  search: CaseSearch,
  caseIds: number[],
  today: Date,
): Promise<{ cases: number; persons: number; records: number }> {
  const day = isoDay(today);
  const cases = await manager.find(CasusEntity, { where: { id: In(caseIds) } });
  const unique = [...new Set(caseIds)];
  if (
    cases.length !== unique.length ||
    cases.some(
      (c: Casus) =>
        !c.retentionUntil || c.retentionUntil > day || (c.state !== 'afgeschaald' && c.state !== 'afgesloten'),
    )
  ) {
    throw new AppError('NOT_DUE');
  }
  const gemeenten = new Map((await manager.find(GemeenteEntity)).map((g) => [g.id, g]));
  let records = 0;
  const persons = new Set<number>();
  for (const casus of cases) {
    const person = await manager.findOneOrFail(PersonEntity, { where: { id: casus.personId } });
    const signals = await manager.find(SignalEntity, { where: { casusId: casus.id }, order: { ontvangen: 'ASC' } });
    const gemeente = gemeenten.get(person.gemeenteId);
    for (const [index, signal] of signals.entries()) {
      await manager.insert(StatRecordEntity, {
        signalMonth: month(signal.ontvangen)!,
        ageBand: ageBand(ageAt(person.geboortedatum, person.geboortejaar, signal.ontvangen)),
        gemeenteId: gemeente?.id ?? null,
        regionId: casus.regionId,
        ideologie: signal.ideologie,
        ernst: signal.ernst,
        outcome: index === 0 ? casus.outcome : null,
        closedMonth: index === 0 ? month(casus.closedAt) : null,
        caseRecord: index === 0,
      });
      records++;
    }
    const signalIds = signals.map((s) => s.id);
    if (signalIds.length) await manager.delete(WegingEntity, { signalId: In(signalIds) });
    await manager.delete(SignalEntity, { casusId: casus.id });
    for (const entity of [
      CasusActionEntity,
      CasusMonitoringEntity,
      CasusNoteEntity,
      CasusTransitionEntity,
      CasusAccessEntity,
    ]) {
      await manager.delete(entity, { casusId: casus.id });
    }
    await search.remove(manager, casus.id);
    await manager.delete(CasusEntity, { id: casus.id });
    persons.add(casus.personId);
  }
  let removedPersons = 0;
  for (const personId of persons) {
    if ((await manager.count(CasusEntity, { where: { personId } })) > 0) continue;
    await manager.delete(PersonNameKeyEntity, { personId });
    await manager.delete(PersonCorrectionEntity, { personId });
    await manager.delete(PersonEntity, { id: personId });
    removedPersons++;
  }
  // Rewrites the full-text index segments so deleted terms are gone from them, not only marked.
  await manager.query("INSERT INTO casus_search (casus_search) VALUES ('optimize')");
  return { cases: cases.length, persons: removedPersons, records };
}
