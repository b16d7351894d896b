// The dossier: one casus with its person, signals, wegingen, plan, monitoring, notes and a single
// timeline of everything, newest first. Codes stay codes; the renderer shows their labels.
import { In, type EntityManager } from 'typeorm';
import { ageAt } from '../../../src-shared/domain/age';
import { TRANSITIONS } from '../../../src-shared/domain/casus';
import type { CaseDossier, TimelineItem } from '../../../src-shared/ipc/cases';
import { AccountEntity } from '../db/entities/account';
import {
  CaseAccessEntity,
  CaseActionEntity,
  CaseMonitoringEntity,
  CaseNoteEntity,
  CaseTransitionEntity,
  SignalEntity,
  WegingEntity,
  type Case,
} from '../db/entities/casus';
import { PersonEntity } from '../db/entities/person';
import { ZvhRegionEntity } from '../db/entities/reference';
import { toPersonView } from '../persons/person-service';
import { whereVisible, type AccessScope } from '../access/access';
import { CaseEntity } from '../db/entities/casus';

export async function buildDossier(manager: EntityManager, scope: AccessScope, casus: Case): Promise<CaseDossier> {
  const person = await manager.findOneOrFail(PersonEntity, { where: { id: casus.personId } });
  const region = await manager.findOne(ZvhRegionEntity, { where: { id: casus.regionId } });
  const signals = await manager.find(SignalEntity, {
    where: { caseId: casus.id },
    order: { ontvangen: 'DESC', id: 'DESC' },
  });
  const transitions = await manager.find(CaseTransitionEntity, { where: { caseId: casus.id }, order: { id: 'ASC' } });
  const actions = await manager.find(CaseActionEntity, {
    where: { caseId: casus.id },
    order: { deadline: 'ASC', id: 'ASC' },
  });
  const monitoring = await manager.find(CaseMonitoringEntity, {
    where: { caseId: casus.id },
    order: { gepland: 'ASC' },
  });
  const notes = await manager.find(CaseNoteEntity, { where: { caseId: casus.id }, order: { id: 'DESC' } });
  const access = await manager.find(CaseAccessEntity, { where: { caseId: casus.id } });
  const wegingen = signals.length
    ? await manager.find(WegingEntity, { where: { signalId: In(signals.map((s) => s.id)) }, order: { id: 'ASC' } })
    : [];
  const accountIds = new Set<number>(
    [
      casus.procesregisseurId,
      ...access.map((a) => a.accountId),
      ...transitions.map((t) => t.accountId),
      ...wegingen.map((w) => w.recordedBy),
      ...notes.map((n) => n.accountId),
      ...monitoring.map((m) => m.accountId),
    ].filter((id): id is number => id !== null),
  );
  const accounts = accountIds.size ? await manager.find(AccountEntity, { where: { id: In([...accountIds]) } }) : [];
  const nameOf = (id: number | null) => (id === null ? null : (accounts.find((a) => a.id === id)?.displayName ?? null));

  const others = await whereVisible(
    manager
      .createQueryBuilder(CaseEntity, 'c')
      .where('c.person_id = :pid AND c.id <> :id', { pid: casus.personId, id: casus.id }),
    'c',
    scope,
  )
    .orderBy('c.opened_at', 'DESC')
    .getMany();

  const timeline: TimelineItem[] = [
    ...signals.map((s) => ({
      kind: 'signaal' as const,
      at: s.ontvangen,
      door: null,
      title: s.ideologie,
      text: s.omschrijving,
      ref: s.id,
    })),
    ...wegingen.map((w) => ({
      kind: 'weging' as const,
      at: w.datum,
      door: nameOf(w.recordedBy),
      title: w.besluit,
      text: w.motivering,
      ref: w.id,
    })),
    ...transitions.map((t) => ({
      kind: 'status' as const,
      at: t.at,
      door: nameOf(t.accountId),
      title: t.fromState ? `${t.fromState}>${t.toState}` : t.toState,
      text: t.toelichting,
      ref: t.id,
    })),
    ...actions.map((a) => ({
      kind: 'actie' as const,
      at: a.createdAt,
      door: null,
      title: a.status,
      text: a.omschrijving,
      ref: a.id,
    })),
    ...monitoring
      .filter((m) => m.uitgevoerdAt)
      .map((m) => ({
        kind: 'monitoring' as const,
        at: m.uitgevoerdAt!,
        door: nameOf(m.accountId),
        title: m.gepland,
        text: m.bevindingen,
        ref: m.id,
      })),
    ...notes.map((n) => ({
      kind: 'notitie' as const,
      at: n.createdAt,
      door: nameOf(n.accountId),
      title: '',
      text: n.tekst,
      ref: n.id,
    })),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.ref - a.ref));

  return {
    id: casus.id,
    number: casus.number,
    state: casus.state,
    outcome: casus.outcome,
    person: await toPersonView(manager, person),
    regionId: casus.regionId,
    region: region?.name ?? '',
    procesregisseur: casus.procesregisseurId
      ? { id: casus.procesregisseurId, displayName: nameOf(casus.procesregisseurId) ?? '' }
      : null,
    partners: casus.partners,
    afgeschermd: casus.afgeschermd,
    namedAccounts: access.map((a) => ({ id: a.accountId, displayName: nameOf(a.accountId) ?? '' })),
    openedAt: casus.openedAt,
    closedAt: casus.closedAt,
    version: casus.version,
    allowedTransitions: [...TRANSITIONS[casus.state]],
    signals: signals.map((s) => ({
      id: s.id,
      ontvangen: s.ontvangen,
      melderPartner: s.melderPartner,
      melderContact: s.melderContact,
      omschrijving: s.omschrijving,
      ideologie: s.ideologie,
      ernst: s.ernst,
      bron: s.bron,
      status: s.status,
      leeftijd: ageAt(person.geboortedatum, person.geboortejaar, s.ontvangen),
      wegingen: wegingen
        .filter((w) => w.signalId === s.id)
        .map((w) => ({
          id: w.id,
          datum: w.datum,
          besluit: w.besluit,
          motivering: w.motivering,
          deelnemers: w.deelnemers,
          door: nameOf(w.recordedBy) ?? '',
        })),
    })),
    actions: actions.map((a) => ({
      id: a.id,
      soort: a.soort,
      interventietype: a.interventietype,
      omschrijving: a.omschrijving,
      actiehouderPartner: a.actiehouderPartner,
      actiehouderNaam: a.actiehouderNaam,
      actiehouderAccountId: a.actiehouderAccountId,
      deadline: a.deadline,
      status: a.status,
      completedAt: a.completedAt,
      version: a.version,
    })),
    monitoring: monitoring.map((m) => ({
      id: m.id,
      gepland: m.gepland,
      uitgevoerd: m.uitgevoerdAt,
      bevindingen: m.bevindingen,
      version: m.version,
    })),
    timeline,
    otherCases: others.map((c) => ({ id: c.id, number: c.number, state: c.state })),
  };
}
