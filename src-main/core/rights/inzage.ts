// Inzageverzoek: everything held about one person, in one report — their person record with its
// corrections, every casus with its signals, wegingen, plan, monitoring, notes and status history,
// every disclosure (exports, prints; information shared in minutes once those exist) and every view
// recorded in the audit log. Optionally without third parties: names of contacts, actiehouders and
// staff are replaced by a neutral word (organisations stay: they are recipients the person may know).
import { In, type EntityManager } from 'typeorm';
import type { InzageEvent, InzageReport } from '../../../src-shared/ipc/rights';
import { AccountEntity } from '../db/entities/account';
import { revealReasons } from '../audit/shred';
import { AuditEntryEntity } from '../db/entities/audit-entry';
import { CaseNoteEntity, CaseTransitionEntity } from '../db/entities/casus';
import { PersonEntity } from '../db/entities/person';
import { buildDossier } from '../cases/dossier';
import { visibleCasesOfPerson, type AccessScope } from '../access/access';
import { toPersonView } from '../persons/person-service';

export const OMITTED = '[weggelaten]';
export const STAFF = '[medewerker]';

export async function buildInzage(
  manager: EntityManager,
  scope: AccessScope,
  personId: number,
  excludeThirdParties: boolean,
  now: Date,
): Promise<InzageReport> {
  const cases = await visibleCasesOfPerson(manager, scope, personId);
  const person = await manager.findOneOrFail(PersonEntity, { where: { id: personId } });
  const accounts = new Map((await manager.find(AccountEntity)).map((a) => [a.id, a.displayName]));
  const staff = (id: number | null) => (id === null ? null : excludeThirdParties ? STAFF : (accounts.get(id) ?? null));
  const staffName = (name: string | null) => (name === null ? null : excludeThirdParties ? STAFF : name);

  const reportCases: InzageReport['cases'] = [];
  for (const casus of cases) {
    const dossier = await buildDossier(manager, scope, casus.id, { person });
    const notes = await manager.find(CaseNoteEntity, { where: { caseId: casus.id }, order: { id: 'ASC' } });
    const transitions = await manager.find(CaseTransitionEntity, {
      where: { caseId: casus.id },
      order: { id: 'ASC' },
    });
    reportCases.push({
      number: casus.number,
      state: casus.state,
      outcome: casus.outcome,
      region: dossier.region,
      openedAt: casus.openedAt,
      closedAt: casus.closedAt,
      retentionUntil: casus.retentionUntil,
      partners: casus.partners,
      signals: dossier.signals.map((signal) => ({
        ...signal,
        melderContact: excludeThirdParties && signal.melderContact ? OMITTED : signal.melderContact,
        wegingen: signal.wegingen.map((weging) => ({ ...weging, door: staffName(weging.door) ?? '' })),
      })),
      actions: dossier.actions.map((action) => ({
        ...action,
        actiehouderNaam: excludeThirdParties ? OMITTED : action.actiehouderNaam,
        actiehouderAccountId: excludeThirdParties ? null : action.actiehouderAccountId,
      })),
      monitoring: dossier.monitoring,
      notes: notes.map((note) => ({ at: note.createdAt, door: staff(note.accountId), tekst: note.tekst })),
      transitions: transitions.map((t) => ({
        at: t.at,
        door: staff(t.accountId),
        from: t.fromState,
        to: t.toState,
        toelichting: t.toelichting,
      })),
    });
  }

  // The audit trail of this person and their cases.
  const caseIds = cases.map((c) => String(c.id));
  const stored = await manager.find(AuditEntryEntity, {
    where: [
      { objectType: 'persoon', objectId: String(personId) },
      ...(caseIds.length ? [{ objectType: 'casus', objectId: In(caseIds) }] : []),
    ],
    order: { id: 'ASC' },
  });
  const entries = await revealReasons(manager, stored);
  const event = (entry: (typeof entries)[number]): InzageEvent => ({
    at: entry.at,
    door: staffName(entry.actorName === null ? null : (accounts.get(entry.actorId ?? -1) ?? entry.actorName)),
    action: entry.action,
    kind: entry.kind,
    reason: entry.reason,
    legalGround: entry.legalGround,
  });
  const ok = entries.filter((entry) => entry.result === 'ok');
  const view = await toPersonView(manager, person);
  return {
    generatedAt: now.toISOString(),
    excludeThirdParties,
    person: { ...view, corrections: view.corrections.map((c) => ({ ...c, door: staffName(c.door) })) },
    cases: reportCases,
    disclosures: ok.filter((entry) => entry.kind === 'export' || entry.kind === 'print').map(event),
    views: ok.filter((entry) => entry.kind === 'view').map(event),
  };
}
