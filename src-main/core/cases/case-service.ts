// The casus: opening (numbered per year), moving through the state machine (dated, attributed,
// and audited by the router), its settings, plan, monitoring and notes.
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../handlers';
import {
  canTransition,
  caseNumber,
  DONE_ACTION_STATUSES,
  isClosed,
  type CaseOutcome,
  type CaseState,
} from '../../../src-shared/domain/casus';
import { AppError } from '../../../src-shared/ipc/errors';
import type { actionInput } from '../../../src-shared/ipc/cases';
import type { z } from 'zod';
import {
  CaseAccessEntity,
  CaseActionEntity,
  CaseEntity,
  CaseMonitoringEntity,
  CaseNoteEntity,
  CaseTransitionEntity,
  type Case,
} from '../db/entities/casus';
import { assertCodes, refuseUnknownCodes } from '../lists/reference-data';
import type { CaseSearch } from '../search/case-search';
import { refreshSignalFacts } from '../db/signal-facts';
import { dutchDay, isoDay } from '../../../src-shared/domain/format';
import { policyOf } from '../policy/policy';
import { query } from '../db/sql';
import { readTogether, type Read } from '../db/kept';
import { builderSql } from '../db/entity-reads';
import { accountActive, lastCaseNumber, listCodes } from './queries';
import { saveVersioned } from '../db/versioned';
import { LOCK, lockForTransaction } from '../db/locks';
import { asSystem } from '../access/row-security';

/** The year's next case number; on PostgreSQL concurrent registrations in one year take turns (db/locks.ts). */
export async function nextCaseNumber(manager: EntityManager, year: number): Promise<string> {
  await lockForTransaction(manager, LOCK.caseNumber, year);
  // The highest number of the year in every region, also the ones the caller may not see.
  const [last] = await asSystem(manager, 'caseNumber', () => query<{ number: string }>(manager, lastCaseNumber(year)));
  const sequence = last ? Number(last.number.slice(`CTER-${year}-`.length)) + 1 : 1;
  return caseNumber(year, sequence);
}

/** A casus registered at 01-01 00:00 in Amsterdam is the new year's, also on a server in UTC. */
function caseYear(now: Date): number {
  return Number(dutchDay(now).slice(0, 4));
}

/** The policy's retention period in years (default 5). */
export async function retentionYears(manager: EntityManager): Promise<number> {
  return (await policyOf(manager)).retentionYears;
}

/** The day the retention period ends: the day of closure, `years` later (yyyy-mm-dd, local). */
export function retentionEnd(closed: Date, years: number): string {
  const end = new Date(closed);
  end.setFullYear(end.getFullYear() + years);
  return isoDay(end);
}

export class CaseService {
  constructor(private readonly search: CaseSearch) {}

  async caseById(manager: EntityManager, id: number): Promise<Case> {
    const casus = await manager.findOne(CaseEntity, { where: { id } });
    if (!casus) throw new AppError('NOT_FOUND');
    return casus;
  }

  /** Opens a casus in `aangemeld` for a person (a first signal, or a new one after closure). */
  async open(
    manager: EntityManager,
    personId: number,
    regionId: number,
    actor: Actor,
    toelichting: string,
  ): Promise<Case> {
    const stamp = actor.now.toISOString();
    const casus = await manager.save(CaseEntity, {
      number: await nextCaseNumber(manager, caseYear(actor.now)),
      personId,
      regionId,
      state: 'aangemeld' as CaseState,
      outcome: null,
      procesregisseurId: null,
      partners: [],
      afgeschermd: false,
      openedAt: stamp,
      closedAt: null,
      retentionUntil: null,
      lastSignalAt: null,
      createdAt: stamp,
      updatedAt: stamp,
    });
    await manager.insert(CaseTransitionEntity, {
      caseId: casus.id,
      fromState: null,
      toState: 'aangemeld',
      outcome: null,
      toelichting,
      at: stamp,
      accountId: actor.accountId,
    });
    return casus;
  }

  /** Moves the casus if the state machine allows it; a closing move needs an outcome. */
  async transition(
    manager: EntityManager,
    casus: Case,
    to: CaseState,
    toelichting: string,
    outcome: CaseOutcome | null,
    actor: Actor,
  ): Promise<Case> {
    if (!canTransition(casus.state, to)) throw new AppError('TRANSITION_NOT_ALLOWED');
    if (isClosed(to) && !outcome)
      throw new AppError('OUTCOME_REQUIRED', undefined, { outcome: { key: 'validation.required' } });
    const stamp = actor.now.toISOString();
    const next: Case = {
      ...casus,
      state: to,
      outcome: isClosed(to) ? outcome : null,
      closedAt: isClosed(to) ? stamp : null,
      // The retention period runs from closure; re-opening stops it.
      retentionUntil: isClosed(to) ? retentionEnd(actor.now, await retentionYears(manager)) : null,
      updatedAt: stamp,
    };
    await manager.save(CaseEntity, next);
    await manager.insert(CaseTransitionEntity, {
      caseId: casus.id,
      fromState: casus.state,
      toState: to,
      outcome: isClosed(to) ? outcome : null,
      toelichting,
      at: stamp,
      accountId: actor.accountId,
    });
    await this.search.index(manager, casus.id);
    return next;
  }

  async update(
    manager: EntityManager,
    casus: Case,
    changes: {
      regionId: number;
      procesregisseurId: number | null;
      partners: string[];
      afgeschermd: boolean;
      namedAccountIds: number[];
      /** The version the form loaded; a newer stored one refuses the save (STALE_VERSION). */
      version?: number;
    },
    actor: Actor,
    /** An account the caller has read as active in this call (its own, by its scope): not read again. */
    knownActive: number | null = null,
  ): Promise<void> {
    // The partner codes, the procesregisseur and the names the casus has now: one round trip on
    // PostgreSQL, each a statement kept per connection (readTogether); one after the other on SQLite.
    const regisseurId =
      changes.procesregisseurId !== null && changes.procesregisseurId !== knownActive
        ? changes.procesregisseurId
        : null;
    type Flag = { active: boolean | number };
    type Rows = {
      codes: (Flag & { list: string; code: string })[];
      regisseur: Flag[];
      names: { accountId: number | string }[];
    };
    const names = manager
      .createQueryBuilder(CaseAccessEntity, 'a')
      .select('a.accountId', 'accountId')
      .where('a.caseId = :id', { id: casus.id });
    const reads: Partial<Record<keyof Rows, Read>> = { names: { rows: builderSql(manager, names) } };
    if (changes.partners.length) reads.codes = { rows: listCodes('partner', changes.partners) };
    if (regisseurId !== null) reads.regisseur = { rows: accountActive(regisseurId) };
    // Only the reads asked for are answered.
    const read: Partial<Rows> & Pick<Rows, 'names'> = await readTogether<Rows>(
      manager,
      reads as Record<keyof Rows, Read>,
    );
    refuseUnknownCodes(
      changes.partners.map((code, index) => ({ field: `partners.${index}`, list: 'partner' as const, code })),
      read.codes ?? [],
    );
    if (regisseurId !== null && !read.regisseur?.[0]?.active) {
      throw new AppError('INVALID_INPUT', undefined, { procesregisseurId: { key: 'validation.invalidChoice' } });
    }
    // Whoever shields a casus stays able to see it, and so does its procesregisseur.
    const named = new Set(changes.namedAccountIds);
    if (changes.afgeschermd && actor.accountId !== null) named.add(actor.accountId);
    if (changes.afgeschermd && changes.procesregisseurId !== null) named.add(changes.procesregisseurId);
    const settings = {
      regionId: changes.regionId,
      procesregisseurId: changes.procesregisseurId,
      partners: [...new Set(changes.partners)],
      afgeschermd: changes.afgeschermd,
    };
    const storedNamed = read.names.map((a) => Number(a.accountId)).sort((a, b) => a - b);
    // On PostgreSQL row security checks the casus row before and after the update against the
    // saver: the new names go in first (a casus shielded by this save names its saver only then),
    // and the names that go are removed only after it (until then a shielded casus that this save
    // unshields is still the saver's to see only through its name). A refused save rolls both back.
    const added = [...named].filter((accountId) => !storedNamed.includes(accountId));
    const removed = storedNamed.filter((accountId) => !named.has(accountId));
    if (added.length)
      await manager.insert(
        CaseAccessEntity,
        added.map((accountId) => ({ caseId: casus.id, accountId })),
      );
    await saveVersioned(
      manager,
      CaseEntity,
      casus.id,
      changes.version,
      { ...settings, updatedAt: actor.now.toISOString() },
      actor,
      {
        wanted: { ...settings, namedAccountIds: [...changes.namedAccountIds].sort((a, b) => a - b) },
        stored: async () => ({ namedAccountIds: storedNamed }),
      },
      // With the dossier's reads that follow the save (cases/handlers.ts) on PostgreSQL; a stale
      // version is refused when its answer comes, before the COMMIT (db/kept.ts sendWithNext).
      { sendWithNext: true },
    );
    if (removed.length) await manager.delete(CaseAccessEntity, { caseId: casus.id, accountId: In(removed) });
    if (changes.regionId !== casus.regionId) await refreshSignalFacts(manager, { caseId: casus.id });
    // No new search index row: it holds the names, year of birth, gemeente, number and state, none
    // of which this save changes (who may see the casus is decided by the search's access rule).
  }

  async addNote(manager: EntityManager, casus: Case, tekst: string, actor: Actor): Promise<void> {
    await manager.insert(CaseNoteEntity, {
      caseId: casus.id,
      tekst,
      accountId: actor.accountId,
      createdAt: actor.now.toISOString(),
    });
  }

  async saveAction(
    manager: EntityManager,
    casus: Case,
    input: z.output<typeof actionInput>,
    actor: Actor,
  ): Promise<number> {
    await assertCodes(manager, [
      { field: 'actiehouderPartner', list: 'partner', code: input.actiehouderPartner },
      ...(input.interventietype
        ? [{ field: 'interventietype', list: 'interventie' as const, code: input.interventietype }]
        : []),
    ]);
    const stamp = actor.now.toISOString();
    const done = DONE_ACTION_STATUSES.includes(input.status);
    if (input.id !== undefined) {
      const current = await manager.findOne(CaseActionEntity, { where: { id: input.id, caseId: casus.id } });
      if (!current) throw new AppError('NOT_FOUND');
      const { caseId: _caseId, id: _id, version, ...edited } = input;
      const fields = { ...edited, interventietype: input.soort === 'interventie' ? input.interventietype : null };
      // Nothing changed (an autosave of minutes repeats its actions): no write, no new version.
      const unchanged = Object.entries(fields).every(
        ([field, value]) => (current as unknown as Record<string, unknown>)[field] === value,
      );
      if (unchanged && (version === undefined || version === current.version)) return current.id;
      await saveVersioned(
        manager,
        CaseActionEntity,
        current.id,
        version,
        { ...fields, completedAt: done ? (current.completedAt ?? stamp) : null, updatedAt: stamp },
        actor,
        { wanted: fields },
      );
      return current.id;
    }
    const { caseId: _caseId, id: _id, version: _version, ...fields } = input;
    const saved = await manager.save(CaseActionEntity, {
      ...fields,
      caseId: casus.id,
      interventietype: input.soort === 'interventie' ? input.interventietype : null,
      completedAt: done ? stamp : null,
      createdAt: stamp,
      updatedAt: stamp,
    });
    return saved.id;
  }

  async planMonitoring(manager: EntityManager, casus: Case, gepland: string, actor: Actor): Promise<void> {
    await manager.insert(CaseMonitoringEntity, {
      caseId: casus.id,
      gepland,
      uitgevoerdAt: null,
      bevindingen: '',
      accountId: actor.accountId,
    });
  }

  async recordMonitoring(
    manager: EntityManager,
    casus: Case,
    monitoringId: number,
    bevindingen: string,
    version: number | undefined,
    actor: Actor,
  ) {
    const moment = await manager.findOne(CaseMonitoringEntity, { where: { id: monitoringId, caseId: casus.id } });
    if (!moment) throw new AppError('NOT_FOUND');
    await saveVersioned(
      manager,
      CaseMonitoringEntity,
      moment.id,
      version,
      { uitgevoerdAt: actor.now.toISOString(), bevindingen, accountId: actor.accountId },
      actor,
      { wanted: { bevindingen }, savedAt: (row) => row.uitgevoerdAt },
    );
  }
}
