// Mentorproject ONE-on-ONE: training modules, mentorconsultants, mentors and their status history,
// training and intervision sessions with attendance, trajectories with their status timeline,
// contact moments, evaluation moments and consultant support, and network activities.
import { EntitySchema } from 'typeorm';
import type {
  ActivityType,
  ContactType,
  EvaluatieSoort,
  MentorStatus,
  TrainingKind,
  TrajectoryBron,
  TrajectoryStatus,
} from '../../../../src-shared/domain/mentoring';

const id = { type: 'integer', primary: true, generated: 'increment' } as const;
const text = { type: 'text' } as const;
const optionalInt = (name: string) => ({ type: 'integer', name, nullable: true }) as const;
const optionalText = (name: string) => ({ type: 'text', name, nullable: true }) as const;

export interface MentorModule {
  code: string;
  label: string;
  required: boolean;
  active: boolean;
  sort: number;
}

export const MentorModuleEntity = new EntitySchema<MentorModule>({
  name: 'MentorModule',
  tableName: 'mentor_module',
  columns: {
    code: { type: 'text', primary: true },
    label: text,
    required: { type: 'boolean', default: false },
    active: { type: 'boolean', default: true },
    sort: { type: 'integer' },
  },
});

/** A mentorconsultant: a professional who coaches mentors; an account only when they log in. */
export interface MentorConsultant {
  id: number;
  naam: string;
  organisatie: string;
  accountId: number | null;
  active: boolean;
  createdAt: string;
}

export const MentorConsultantEntity = new EntitySchema<MentorConsultant>({
  name: 'MentorConsultant',
  tableName: 'mentor_consultant',
  columns: {
    id,
    naam: text,
    organisatie: { type: 'text', default: '' },
    accountId: optionalInt('account_id'),
    active: { type: 'boolean', default: true },
    createdAt: { type: 'text', name: 'created_at' },
  },
});

export interface Mentor {
  id: number;
  naam: string;
  contact: string;
  toelichting: string;
  regionId: number;
  capacity: number;
  consultantId: number | null;
  status: MentorStatus;
  createdAt: string;
  updatedAt: string;
  /** Raised by one on every save; a save naming an older version is refused (STALE_VERSION). */
  version: number;
  /** The account that saved last. */
  updatedBy: number | null;
}

export const MentorEntity = new EntitySchema<Mentor>({
  name: 'Mentor',
  tableName: 'mentor',
  columns: {
    id,
    naam: text,
    contact: { type: 'text', default: '' },
    toelichting: { type: 'text', default: '' },
    regionId: { type: 'integer', name: 'region_id' },
    capacity: { type: 'integer' },
    consultantId: optionalInt('consultant_id'),
    status: text,
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    version: { type: 'integer', default: 1 },
    updatedBy: { type: 'integer', name: 'updated_by', nullable: true },
  },
});

export interface MentorStatusChange {
  id: number;
  mentorId: number;
  fromStatus: MentorStatus | null;
  toStatus: MentorStatus;
  /** The day it took effect (yyyy-mm-dd). */
  datum: string;
  toelichting: string;
  /** Set by the inzetbaar rule after a training, not by hand. */
  automatisch: boolean;
  accountId: number | null;
  at: string;
}

export const MentorStatusChangeEntity = new EntitySchema<MentorStatusChange>({
  name: 'MentorStatusChange',
  tableName: 'mentor_status',
  columns: {
    id,
    mentorId: { type: 'integer', name: 'mentor_id' },
    fromStatus: optionalText('from_status'),
    toStatus: { type: 'text', name: 'to_status' },
    datum: text,
    toelichting: { type: 'text', default: '' },
    automatisch: { type: 'boolean', default: false },
    accountId: optionalInt('account_id'),
    at: text,
  },
});

export interface TrainingSession {
  id: number;
  datum: string;
  soort: TrainingKind;
  module: string;
  trainer: string;
  regionId: number | null;
  toelichting: string;
  createdAt: string;
  updatedAt: string;
}

export const TrainingSessionEntity = new EntitySchema<TrainingSession>({
  name: 'TrainingSession',
  tableName: 'training_session',
  columns: {
    id,
    datum: text,
    soort: text,
    module: text,
    trainer: { type: 'text', default: '' },
    regionId: optionalInt('region_id'),
    toelichting: { type: 'text', default: '' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export interface TrainingAttendance {
  sessionId: number;
  mentorId: number;
}

export const TrainingAttendanceEntity = new EntitySchema<TrainingAttendance>({
  name: 'TrainingAttendance',
  tableName: 'training_attendance',
  columns: {
    sessionId: { type: 'integer', name: 'session_id', primary: true },
    mentorId: { type: 'integer', name: 'mentor_id', primary: true },
  },
});

export interface Doel {
  id: string;
  tekst: string;
  behaald: boolean;
}

export interface Trajectory {
  id: number;
  code: string;
  regionId: number;
  gemeenteId: number | null;
  bron: TrajectoryBron;
  caseId: number | null;
  caseActionId: number | null;
  aanmelderPartner: string | null;
  aanmeldDatum: string;
  /** How the mentor and consultant call the mentee; sensitive, never exported. */
  menteeRoepnaam: string;
  /** Only the year for a direct aanmelding; a casus-linked mentee's age comes from the person. */
  menteeGeboortejaar: number | null;
  mentorId: number | null;
  status: TrajectoryStatus;
  startDatum: string | null;
  eindDatum: string | null;
  eindReden: string | null;
  uitkomst: string | null;
  doelen: Doel[];
  /** The month its personal data was removed after the bewaartermijn; null while it is kept. */
  vernietigdOp: string | null;
  createdAt: string;
  updatedAt: string;
  /** Raised by one on every save; a save naming an older version is refused (STALE_VERSION). */
  version: number;
  /** The account that saved last. */
  updatedBy: number | null;
}

export const TrajectoryEntity = new EntitySchema<Trajectory>({
  name: 'Traject',
  tableName: 'mentor_traject',
  columns: {
    id,
    code: { type: 'text', unique: true },
    regionId: { type: 'integer', name: 'region_id' },
    gemeenteId: optionalInt('gemeente_id'),
    bron: text,
    caseId: optionalInt('casus_id'),
    caseActionId: optionalInt('casus_action_id'),
    aanmelderPartner: optionalText('aanmelder_partner'),
    aanmeldDatum: { type: 'text', name: 'aanmeld_datum' },
    menteeRoepnaam: { type: 'text', name: 'mentee_roepnaam', default: '' },
    menteeGeboortejaar: optionalInt('mentee_geboortejaar'),
    mentorId: optionalInt('mentor_id'),
    status: text,
    startDatum: optionalText('start_datum'),
    eindDatum: optionalText('eind_datum'),
    eindReden: optionalText('eind_reden'),
    uitkomst: { type: 'text', nullable: true },
    doelen: { type: 'simple-json', default: '[]' },
    vernietigdOp: optionalText('vernietigd_op'),
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    version: { type: 'integer', default: 1 },
    updatedBy: { type: 'integer', name: 'updated_by', nullable: true },
  },
});

export interface TrajectoryStatusChange {
  id: number;
  trajectoryId: number;
  fromStatus: TrajectoryStatus | null;
  toStatus: TrajectoryStatus;
  datum: string;
  toelichting: string;
  mentorId: number | null;
  accountId: number | null;
  at: string;
}

export const TrajectoryStatusChangeEntity = new EntitySchema<TrajectoryStatusChange>({
  name: 'TrajectStatusChange',
  tableName: 'mentor_traject_status',
  columns: {
    id,
    trajectoryId: { type: 'integer', name: 'traject_id' },
    fromStatus: optionalText('from_status'),
    toStatus: { type: 'text', name: 'to_status' },
    datum: text,
    toelichting: { type: 'text', default: '' },
    mentorId: optionalInt('mentor_id'),
    accountId: optionalInt('account_id'),
    at: text,
  },
});

interface TrajectoryRecord {
  id: number;
  trajectoryId: number;
  datum: string;
  accountId: number | null;
  createdAt: string;
}

export interface ContactMoment extends TrajectoryRecord {
  duurMinuten: number;
  type: ContactType;
  /** Sensitive: returned only by the audited trajectory view. */
  notitie: string;
}

const recordColumns = {
  id,
  trajectoryId: { type: 'integer', name: 'traject_id' },
  datum: text,
  accountId: optionalInt('account_id'),
  createdAt: { type: 'text', name: 'created_at' },
} as const;

export const ContactMomentEntity = new EntitySchema<ContactMoment>({
  name: 'ContactMoment',
  tableName: 'mentor_contact',
  columns: {
    ...recordColumns,
    duurMinuten: { type: 'integer', name: 'duur_minuten' },
    type: text,
    notitie: { type: 'text', default: '' },
  },
});

export interface EvaluatieMoment extends TrajectoryRecord {
  soort: EvaluatieSoort;
  /** A round of the evaluations domain (the mentor questionnaires), when one was used. */
  evalRoundId: number | null;
  notitie: string;
}

export const EvaluatieMomentEntity = new EntitySchema<EvaluatieMoment>({
  name: 'EvaluatieMoment',
  tableName: 'mentor_evaluatie',
  columns: {
    ...recordColumns,
    soort: text,
    evalRoundId: optionalInt('eval_round_id'),
    notitie: { type: 'text', default: '' },
  },
});

export interface ConsultantSupport extends TrajectoryRecord {
  consultantId: number;
  notitie: string;
}

export const ConsultantSupportEntity = new EntitySchema<ConsultantSupport>({
  name: 'ConsultantSupport',
  tableName: 'mentor_support',
  columns: {
    ...recordColumns,
    consultantId: { type: 'integer', name: 'consultant_id' },
    notitie: { type: 'text', default: '' },
  },
});

export interface Activiteit {
  id: number;
  datum: string;
  type: ActivityType;
  titel: string;
  doelgroep: string;
  regionId: number;
  gemeenteId: number | null;
  bereik: number;
  signalen: number;
  toelichting: string;
  accountId: number | null;
  createdAt: string;
  updatedAt: string;
}

export const ActiviteitEntity = new EntitySchema<Activiteit>({
  name: 'Activiteit',
  tableName: 'mentor_activiteit',
  columns: {
    id,
    datum: text,
    type: text,
    titel: text,
    doelgroep: { type: 'text', default: '' },
    regionId: { type: 'integer', name: 'region_id' },
    gemeenteId: optionalInt('gemeente_id'),
    bereik: { type: 'integer', default: 0 },
    signalen: { type: 'integer', default: 0 },
    toelichting: { type: 'text', default: '' },
    accountId: optionalInt('account_id'),
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export const MENTORING_ENTITIES = [
  MentorModuleEntity,
  MentorConsultantEntity,
  MentorEntity,
  MentorStatusChangeEntity,
  TrainingSessionEntity,
  TrainingAttendanceEntity,
  TrajectoryEntity,
  TrajectoryStatusChangeEntity,
  ContactMomentEntity,
  EvaluatieMomentEntity,
  ConsultantSupportEntity,
  ActiviteitEntity,
];
