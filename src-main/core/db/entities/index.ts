// Every entity, listed explicitly (no globs: the same list works under Vite, Vitest and tsx).
import { AccountEntity } from './account';
import { AuditEntryEntity } from './audit-entry';
import {
  CaseAccessEntity,
  CaseActionEntity,
  CaseEntity,
  CaseMonitoringEntity,
  CaseNoteEntity,
  CaseTransitionEntity,
  SignalEntity,
  WegingEntity,
} from './casus';
import { ConvenantVersionEntity } from './convenant';
import {
  EvalRecommendationEntity,
  EvalRecommendationNoteEntity,
  EvalResponseEntity,
  EvalRoundEntity,
  EvalTemplateEntity,
} from './evaluation';
import { ExpertAdviesEntity, ExpertGemeenteEntity } from './expert';
import { AgendaItemEntity, MeetingAddendumEntity, MeetingAttendanceEntity, MeetingEntity } from './meeting';
import { MENTORING_ENTITIES } from './mentoring';
import { PersonCorrectionEntity, PersonEntity, PersonNameKeyEntity } from './person';
import { GemeenteEntity, ListValueEntity, ZvhRegionEntity } from './reference';
import { SettingEntity } from './setting';
import { StatRecordEntity } from './stat-record';

export const ENTITIES = [
  AccountEntity,
  AuditEntryEntity,
  SettingEntity,
  ZvhRegionEntity,
  GemeenteEntity,
  ListValueEntity,
  PersonEntity,
  PersonNameKeyEntity,
  CaseEntity,
  CaseAccessEntity,
  SignalEntity,
  WegingEntity,
  CaseTransitionEntity,
  CaseActionEntity,
  CaseMonitoringEntity,
  CaseNoteEntity,
  PersonCorrectionEntity,
  StatRecordEntity,
  MeetingEntity,
  MeetingAttendanceEntity,
  AgendaItemEntity,
  MeetingAddendumEntity,
  ConvenantVersionEntity,
  EvalTemplateEntity,
  EvalRoundEntity,
  EvalResponseEntity,
  EvalRecommendationEntity,
  EvalRecommendationNoteEntity,
  ...MENTORING_ENTITIES,
  ExpertGemeenteEntity,
  ExpertAdviesEntity,
];
