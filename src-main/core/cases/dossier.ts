// The dossier: one casus with its person, signals, wegingen, plan, monitoring, notes and a single
// timeline of everything, newest first. Codes stay codes; the renderer shows their labels.
import type { EntityManager, EntitySchema, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import { ageAt } from '../../../src-shared/domain/age';
import { TRANSITIONS } from '../../../src-shared/domain/casus';
import type { CaseDossier, TimelineItem } from '../../../src-shared/ipc/cases';
import { AccountEntity, type Account } from '../db/entities/account';
import {
  CaseAccessEntity,
  CaseActionEntity,
  CaseMonitoringEntity,
  CaseNoteEntity,
  CaseTransitionEntity,
  SignalEntity,
  WegingEntity,
  type Case,
  type CaseAccess,
  type CaseAction,
  type CaseMonitoring,
  type CaseNote,
  type CaseTransition,
  type Signal,
  type Weging,
} from '../db/entities/casus';
import { PersonCorrectionEntity, PersonEntity, type Person, type PersonCorrection } from '../db/entities/person';
import { GemeenteEntity, ZvhRegionEntity, type GemeenteRow, type ZvhRegion } from '../db/entities/reference';
import { personView } from '../persons/person-service';
import { visibleCaseRead, whereVisible, type AccessScope } from '../access/access';
import { CaseEntity } from '../db/entities/casus';
import { entitiesTogether } from '../db/entity-reads';

/**
 * Casus `caseId` as the scope sees it (NOT_FOUND when it may not) and its person, read together
 * (one round trip on PostgreSQL).
 */
export async function visibleCaseAndPerson(
  manager: EntityManager,
  scope: AccessScope,
  caseId: number,
): Promise<{ casus: Case; person: Person }> {
  const reads = await entitiesTogether(manager, {
    casus: visibleCaseRead(manager, scope, caseId),
    person: personRead(manager, caseId),
  });
  const casus = reads.casus?.[0] as Case | undefined;
  const person = reads.person?.[0] as Person | undefined;
  if (!casus || !person) throw new AppError('NOT_FOUND');
  return { casus, person };
}

/** The person of casus `:caseId`, in a read's text. */
const PERSON_OF_CASE = '(SELECT person_id FROM casus WHERE id = :caseId)';

function builder<T extends ObjectLiteral>(manager: EntityManager, entity: EntitySchema<T>, alias: string) {
  return manager.createQueryBuilder(entity, alias) as unknown as SelectQueryBuilder<ObjectLiteral>;
}

/** The person of casus `caseId`. */
function personRead(manager: EntityManager, caseId: number) {
  return builder(manager, PersonEntity, 'p').where(`p.id = ${PERSON_OF_CASE}`, { caseId }).limit(1);
}

/**
 * The dossier of casus `caseId` as the scope sees it (NOT_FOUND when it may not): the casus and
 * everything it shows read together (`entitiesTogether`: one round trip on PostgreSQL instead of
 * one per read), the person's view included (persons/ personView). `person` is the casus's person when the
 * caller has read it in the same transaction already.
 */
export async function buildDossier(
  manager: EntityManager,
  scope: AccessScope,
  caseId: number,
  known: { person?: Person } = {},
): Promise<CaseDossier> {
  const id = { caseId };
  const of = <T extends ObjectLiteral>(entity: EntitySchema<T>, alias: string) => builder(manager, entity, alias);
  // The named accounts, through the entity (the table is named in access/ only).
  const named = of(CaseAccessEntity, 'x').select('x.account_id').where('x.casus_id = :caseId').getQuery();
  const reads = await entitiesTogether(manager, {
    casus: visibleCaseRead(manager, scope, caseId),
    ...(known.person ? {} : { person: personRead(manager, caseId) }),
    region: of(ZvhRegionEntity, 'r').where('r.id = (SELECT region_id FROM casus WHERE id = :caseId)', id).limit(1),
    signals: of(SignalEntity, 's')
      .where('s.casus_id = :caseId', id)
      .orderBy('s.ontvangen', 'DESC')
      .addOrderBy('s.id', 'DESC'),
    transitions: of(CaseTransitionEntity, 't').where('t.casus_id = :caseId', id).orderBy('t.id', 'ASC'),
    actions: of(CaseActionEntity, 'a')
      .where('a.casus_id = :caseId', id)
      .orderBy('a.deadline', 'ASC')
      .addOrderBy('a.id', 'ASC'),
    monitoring: of(CaseMonitoringEntity, 'm').where('m.casus_id = :caseId', id).orderBy('m.gepland', 'ASC'),
    notes: of(CaseNoteEntity, 'n').where('n.casus_id = :caseId', id).orderBy('n.id', 'DESC'),
    access: of(CaseAccessEntity, 'x').where('x.casus_id = :caseId', id),
    wegingen: of(WegingEntity, 'w')
      .where('w.signal_id IN (SELECT id FROM signal WHERE casus_id = :caseId)', id)
      .orderBy('w.id', 'ASC'),
    // The person's view (persons/ personView): its gemeente and corrections, here instead of two
    // round trips of their own after this one.
    gemeente: of(GemeenteEntity, 'g')
      .where(`g.id = (SELECT gemeente_id FROM person WHERE id = ${PERSON_OF_CASE})`, id)
      .limit(1),
    corrections: of(PersonCorrectionEntity, 'k').where(`k.person_id = ${PERSON_OF_CASE}`, id).orderBy('k.id', 'ASC'),
    // Everyone the dossier names: its procesregisseur and named accounts, and who wrote its entries
    // and the person's corrections.
    accounts: of(AccountEntity, 'u').where(
      `u.id IN (SELECT procesregisseur_id FROM casus WHERE id = :caseId
        UNION ${named}
        UNION SELECT account_id FROM casus_transition WHERE casus_id = :caseId
        UNION SELECT recorded_by FROM weging WHERE signal_id IN (SELECT id FROM signal WHERE casus_id = :caseId)
        UNION SELECT account_id FROM casus_note WHERE casus_id = :caseId
        UNION SELECT account_id FROM casus_monitoring WHERE casus_id = :caseId
        UNION SELECT account_id FROM person_correction WHERE person_id = ${PERSON_OF_CASE})`,
      id,
    ),
    others: whereVisible(
      of(CaseEntity, 'o').where(`o.person_id = ${PERSON_OF_CASE} AND o.id <> :caseId`, id),
      'o',
      scope,
    ).orderBy('o.opened_at', 'DESC'),
  });
  const casus = reads.casus?.[0] as Case | undefined;
  if (!casus) throw new AppError('NOT_FOUND');
  const person = known.person ?? (reads.person?.[0] as Person | undefined);
  if (!person) throw new AppError('NOT_FOUND');
  const region = reads.region?.[0] as ZvhRegion | undefined;
  const signals = reads.signals as Signal[];
  const transitions = reads.transitions as CaseTransition[];
  const actions = reads.actions as CaseAction[];
  const monitoring = reads.monitoring as CaseMonitoring[];
  const notes = reads.notes as CaseNote[];
  const access = reads.access as CaseAccess[];
  const wegingen = reads.wegingen as Weging[];
  const accounts = reads.accounts as Account[];
  const others = reads.others as Case[];
  const nameOf = (id: number | null) => (id === null ? null : (accounts.find((a) => a.id === id)?.displayName ?? null));

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
    person: personView(person, {
      gemeente: (reads.gemeente?.[0] as GemeenteRow | undefined) ?? null,
      corrections: reads.corrections as PersonCorrection[],
      accounts,
    }),
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
