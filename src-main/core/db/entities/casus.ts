// The casus and everything that hangs from it: who may see it, its signals and wegingen, its
// status history, its plan (actions and interventions), monitoring and notes.
import { EntitySchema } from 'typeorm';
import type { ActionStatus, CaseOutcome, CaseState } from '../../../../src-shared/domain/casus';

export interface Case {
  id: number;
  number: string;
  personId: number;
  regionId: number;
  state: CaseState;
  outcome: CaseOutcome | null;
  procesregisseurId: number | null;
  partners: string[];
  afgeschermd: boolean;
  openedAt: string;
  closedAt: string | null;
  /** When the personal data of this casus must be destroyed (closure + the policy's years). */
  retentionUntil: string | null;
  lastSignalAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Raised by one on every save; a save naming an older version is refused (STALE_VERSION). */
  version: number;
  /** The account that saved last. */
  updatedBy: number | null;
  /**
   * The person's name order (person.sort_key), kept by the database (migration 0029) for the case
   * list's index; never written by the application.
   */
  sortKey?: string;
}

export const CaseEntity = new EntitySchema<Case>({
  name: 'Casus',
  tableName: 'casus',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    number: { type: 'text', unique: true },
    personId: { type: 'integer', name: 'person_id' },
    regionId: { type: 'integer', name: 'region_id' },
    state: { type: 'text' },
    outcome: { type: 'text', nullable: true },
    procesregisseurId: { type: 'integer', name: 'procesregisseur_id', nullable: true },
    partners: { type: 'simple-json', default: '[]' },
    afgeschermd: { type: 'boolean', default: false },
    openedAt: { type: 'text', name: 'opened_at' },
    closedAt: { type: 'text', name: 'closed_at', nullable: true },
    retentionUntil: { type: 'text', name: 'retention_until', nullable: true },
    lastSignalAt: { type: 'text', name: 'last_signal_at', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    version: { type: 'integer', default: 1 },
    updatedBy: { type: 'integer', name: 'updated_by', nullable: true },
    sortKey: { type: 'text', name: 'sort_key', default: '', insert: false, update: false },
  },
});

export interface CaseAccess {
  caseId: number;
  accountId: number;
}

export const CaseAccessEntity = new EntitySchema<CaseAccess>({
  name: 'CasusAccess',
  tableName: 'casus_access',
  columns: {
    caseId: { type: 'integer', name: 'casus_id', primary: true },
    accountId: { type: 'integer', name: 'account_id', primary: true },
  },
});

export interface Signal {
  id: number;
  caseId: number;
  personId: number;
  melderPartner: string;
  melderContact: string;
  ontvangen: string;
  omschrijving: string;
  ideologie: string;
  ernst: string;
  bron: string;
  status: 'nieuw' | 'meer_informatie' | 'gewogen';
  registeredBy: number | null;
  createdAt: string;
  /** Facts for the figures, kept current by db/signal-facts.ts. */
  leeftijd: number | null;
  gemeenteId: number | null;
  regionId: number | null;
}

export const SignalEntity = new EntitySchema<Signal>({
  name: 'Signal',
  tableName: 'signal',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { type: 'integer', name: 'casus_id' },
    personId: { type: 'integer', name: 'person_id' },
    melderPartner: { type: 'text', name: 'melder_partner' },
    melderContact: { type: 'text', name: 'melder_contact', default: '' },
    ontvangen: { type: 'text' },
    omschrijving: { type: 'text' },
    ideologie: { type: 'text' },
    ernst: { type: 'text' },
    bron: { type: 'text' },
    status: { type: 'text' },
    registeredBy: { type: 'integer', name: 'registered_by', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    leeftijd: { type: 'integer', nullable: true },
    gemeenteId: { type: 'integer', name: 'gemeente_id', nullable: true },
    regionId: { type: 'integer', name: 'region_id', nullable: true },
  },
});

export interface Weging {
  id: number;
  signalId: number;
  besluit: string;
  motivering: string;
  deelnemers: string[];
  datum: string;
  recordedBy: number | null;
  createdAt: string;
}

export const WegingEntity = new EntitySchema<Weging>({
  name: 'Weging',
  tableName: 'weging',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    signalId: { type: 'integer', name: 'signal_id' },
    besluit: { type: 'text' },
    motivering: { type: 'text' },
    deelnemers: { type: 'simple-json' },
    datum: { type: 'text' },
    recordedBy: { type: 'integer', name: 'recorded_by', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
  },
});

export interface CaseTransition {
  id: number;
  caseId: number;
  fromState: CaseState | null;
  toState: CaseState;
  outcome: CaseOutcome | null;
  toelichting: string;
  at: string;
  accountId: number | null;
}

export const CaseTransitionEntity = new EntitySchema<CaseTransition>({
  name: 'CasusTransition',
  tableName: 'casus_transition',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { type: 'integer', name: 'casus_id' },
    fromState: { type: 'text', name: 'from_state', nullable: true },
    toState: { type: 'text', name: 'to_state' },
    outcome: { type: 'text', nullable: true },
    toelichting: { type: 'text' },
    at: { type: 'text' },
    accountId: { type: 'integer', name: 'account_id', nullable: true },
  },
});

export interface CaseAction {
  id: number;
  caseId: number;
  soort: 'interventie' | 'actie';
  interventietype: string | null;
  omschrijving: string;
  actiehouderPartner: string;
  actiehouderNaam: string;
  actiehouderAccountId: number | null;
  deadline: string;
  status: ActionStatus;
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** The agenda item (meeting) where the action was agreed, if any. */
  originItemId: number | null;
  /** Raised by one on every save; a save naming an older version is refused (STALE_VERSION). */
  version: number;
  /** The account that saved last. */
  updatedBy: number | null;
}

export const CaseActionEntity = new EntitySchema<CaseAction>({
  name: 'CasusAction',
  tableName: 'casus_action',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { type: 'integer', name: 'casus_id' },
    soort: { type: 'text' },
    interventietype: { type: 'text', nullable: true },
    omschrijving: { type: 'text' },
    actiehouderPartner: { type: 'text', name: 'actiehouder_partner' },
    actiehouderNaam: { type: 'text', name: 'actiehouder_naam' },
    actiehouderAccountId: { type: 'integer', name: 'actiehouder_account_id', nullable: true },
    deadline: { type: 'text' },
    status: { type: 'text' },
    completedAt: { type: 'text', name: 'completed_at', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    originItemId: { type: 'integer', name: 'origin_item_id', nullable: true },
    version: { type: 'integer', default: 1 },
    updatedBy: { type: 'integer', name: 'updated_by', nullable: true },
  },
});

export interface CaseMonitoring {
  id: number;
  caseId: number;
  gepland: string;
  uitgevoerdAt: string | null;
  bevindingen: string;
  accountId: number | null;
  /** Raised by one on every save; a save naming an older version is refused (STALE_VERSION). */
  version: number;
  /** The account that saved last. */
  updatedBy: number | null;
}

export const CaseMonitoringEntity = new EntitySchema<CaseMonitoring>({
  name: 'CasusMonitoring',
  tableName: 'casus_monitoring',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { type: 'integer', name: 'casus_id' },
    gepland: { type: 'text' },
    uitgevoerdAt: { type: 'text', name: 'uitgevoerd_at', nullable: true },
    bevindingen: { type: 'text', default: '' },
    accountId: { type: 'integer', name: 'account_id', nullable: true },
    version: { type: 'integer', default: 1 },
    updatedBy: { type: 'integer', name: 'updated_by', nullable: true },
  },
});

export interface CaseNote {
  id: number;
  caseId: number;
  tekst: string;
  accountId: number | null;
  createdAt: string;
}

export const CaseNoteEntity = new EntitySchema<CaseNote>({
  name: 'CasusNote',
  tableName: 'casus_note',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { type: 'integer', name: 'casus_id' },
    tekst: { type: 'text' },
    accountId: { type: 'integer', name: 'account_id', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
  },
});
