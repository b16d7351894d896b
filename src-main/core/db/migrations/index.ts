// The migrations, in order. The schema version of a database is the number of migrations it has
// run (PRAGMA user_version); a database with a higher number was written by a newer version of the
// application and is refused. Append only: never reorder, rename or edit a released migration.
import { Initial1764403200001 } from './0001-initial';
import { Casework1764489600002 } from './0002-casework';
import { RetentionRights1764576000003 } from './0003-retention-rights';
import { Meetings1764662400004 } from './0004-meetings';
import { Convenant1764748800005 } from './0005-convenant';
import { Evaluations1764835200006 } from './0006-evaluations';
import { Mentor1764921600007 } from './0007-mentor';
import { TrajectRetention1765008000008 } from './0008-traject-retention';
import { DestructionRemains1765094400009 } from './0009-destruction-remains';
import { RecordVersions1765180800010 } from './0010-record-versions';
import { AccountVerifiers1765267200011 } from './0011-account-verifiers';
import { RowSecurity1765353600012 } from './0012-row-security';
import { AuditChainPosition1765440000013 } from './0013-audit-chain-position';
import { ServerSessions1765526400014 } from './0014-server-sessions';
import { SearchWords1765612800015 } from './0015-search-words';
import { RowSecurityCost1765699200016 } from './0016-row-security-cost';
import { SessionClient1765785600017 } from './0017-session-client';
import { RequestKeys1765872000018 } from './0018-request-keys';
import { RowSecurityLookups1765958400019 } from './0019-row-security-lookups';
import { FigureCounts1766044800020 } from './0020-figure-counts';
import { MeetingLeases1766131200021 } from './0021-meeting-leases';
import { ListAndNameKeys1766217600022 } from './0022-list-and-name-keys';
import { MeetingCheckIns1766304000023 } from './0023-meeting-check-ins';
import { AuditObjectLabel1766390400024 } from './0024-audit-object-label';
import { WorkIndexes1766476800025 } from './0025-work-indexes';
import { SearchFacts1766649600026 } from './0026-search-facts';
import { ConvenantQuestions1766736000027 } from './0027-convenant-questions';
import { NameKeySolo1766822400028 } from './0028-name-key-solo';
import { ListNameOrder1766908800029 } from './0029-list-name-order';
import { DotlessI1766995200030 } from './0030-dotless-i';
import { SearchGemeente1767081600031 } from './0031-search-gemeente';
import { NameKeyPairs1767168000032 } from './0032-name-key-pairs';
import { RoundHouse1767254400033 } from './0033-round-house';
import { NameKeySoloIndex1767340800034 } from './0034-name-key-solo-index';
import { PersonMatch1767427200035 } from './0035-person-match';
import { ListStateName1767513600036 } from './0036-list-state-name';
import { RowSecurityRegionArray1767600000037 } from './0037-row-security-region-array';

export const MIGRATIONS = [
  Initial1764403200001,
  Casework1764489600002,
  RetentionRights1764576000003,
  Meetings1764662400004,
  Convenant1764748800005,
  Evaluations1764835200006,
  Mentor1764921600007,
  TrajectRetention1765008000008,
  DestructionRemains1765094400009,
  RecordVersions1765180800010,
  AccountVerifiers1765267200011,
  RowSecurity1765353600012,
  AuditChainPosition1765440000013,
  ServerSessions1765526400014,
  SearchWords1765612800015,
  RowSecurityCost1765699200016,
  SessionClient1765785600017,
  RequestKeys1765872000018,
  RowSecurityLookups1765958400019,
  FigureCounts1766044800020,
  MeetingLeases1766131200021,
  ListAndNameKeys1766217600022,
  MeetingCheckIns1766304000023,
  AuditObjectLabel1766390400024,
  WorkIndexes1766476800025,
  SearchFacts1766649600026,
  ConvenantQuestions1766736000027,
  NameKeySolo1766822400028,
  ListNameOrder1766908800029,
  DotlessI1766995200030,
  SearchGemeente1767081600031,
  NameKeyPairs1767168000032,
  RoundHouse1767254400033,
  NameKeySoloIndex1767340800034,
  PersonMatch1767427200035,
  ListStateName1767513600036,
  RowSecurityRegionArray1767600000037,
];
export const SCHEMA_VERSION = MIGRATIONS.length;
