// "Mijn werk": what is due for the person logged in. Actions that are late or due within two
// weeks (theirs as actiehouder, or on cases they direct), monitoring due within a week, signals
// in their regions that wait for a weging, and their cases in casusoverleg without a plan yet.
import type { EntityManager } from 'typeorm';
import { isoDay } from '../../../src-shared/domain/format';
import type { MyWork, WorkItem } from '../../../src-shared/ipc/work';
import { visibleSql, type AccessScope } from '../access/access';
import type { WORK_INDEXES } from '../db/migrations/0025-work-indexes';
import { dialectOf, query, raw, sql, type Dialect } from '../db/sql';

const DAY = 24 * 60 * 60 * 1000;

/** The four statements behind Mijn werk (exported for tests/bench/mijn-werk.bench.ts). */
export function workQueries(scope: AccessScope, now: Date, dialect: Dialect) {
  const inTwoWeeks = isoDay(new Date(now.getTime() + 14 * DAY));
  const inAWeek = isoDay(new Date(now.getTime() + 7 * DAY));
  // `regionIndex: false`: each list walks its own partial index (migration 0025) in date order and
  // stops after the page, instead of reading every casus of the regions and sorting.
  const visible = visibleSql(scope, 'c', { regionIndex: false });
  // SQLite has no statistics here (no ANALYZE), so it takes an equality index on the status
  // (`signal_status`, `casus_action_deadline`) for a few rows and sorts them all; INDEXED BY names
  // the walk. PostgreSQL's planner has its statistics and finds the partial indexes itself.
  const by = (index: (typeof WORK_INDEXES)[number]) => raw(dialect === 'sqlite' ? ` INDEXED BY ${index}` : '');
  const me = scope.accountId;

  return {
    actions: sql`SELECT a.id AS "ref", a.deadline AS "date", a.omschrijving AS "text", a.status AS "status", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM casus_action a${by('casus_action_open_deadline')} JOIN casus c ON c.id = a.casus_id JOIN person p ON p.id = c.person_id
     WHERE a.status IN ('open', 'lopend') AND a.deadline <= ${inTwoWeeks} AND (a.actiehouder_account_id = ${me} OR c.procesregisseur_id = ${me}) AND ${visible}
     ORDER BY a.deadline ASC, a.id ASC LIMIT 200`,
    monitoringDue: sql`SELECT m.id AS "ref", m.gepland AS "date", '' AS "text", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM casus_monitoring m${by('casus_monitoring_due')} JOIN casus c ON c.id = m.casus_id JOIN person p ON p.id = c.person_id
     WHERE m.uitgevoerd_at IS NULL AND m.gepland <= ${inAWeek} AND (c.procesregisseur_id = ${me} OR c.procesregisseur_id IS NULL)
       AND c.state NOT IN ('afgeschaald', 'afgesloten') AND ${visible}
     ORDER BY m.gepland ASC, m.id ASC LIMIT 200`,
    awaitingWeging: sql`SELECT s.id AS "ref", s.ontvangen AS "date", s.ideologie AS "text", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM signal s${by('signal_awaiting_weging')} JOIN casus c ON c.id = s.casus_id JOIN person p ON p.id = c.person_id
     WHERE s.status IN ('nieuw', 'meer_informatie') AND c.state NOT IN ('afgeschaald', 'afgesloten') AND ${visible}
     ORDER BY s.ontvangen ASC, s.id ASC LIMIT 200`,
    casesWithoutPlan: sql`SELECT c.id AS "ref", c.updated_at AS "date", c.state AS "text", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM casus c${by('casus_without_plan_candidates')} JOIN person p ON p.id = c.person_id
     WHERE c.state IN ('casusoverleg', 'plan_van_aanpak') AND (c.procesregisseur_id = ${me} OR c.procesregisseur_id IS NULL)
       AND NOT EXISTS (SELECT 1 FROM casus_action a WHERE a.casus_id = c.id AND a.soort = 'interventie')
       AND ${visible}
     ORDER BY c.updated_at ASC, c.id ASC LIMIT 200`,
  };
}

export async function myWork(manager: EntityManager, scope: AccessScope, now: Date): Promise<MyWork> {
  const empty: MyWork = {
    overdueActions: [],
    dueSoonActions: [],
    monitoringDue: [],
    awaitingWeging: [],
    casesWithoutPlan: [],
  };
  if (scope.regionIds.length === 0) return empty;
  const today = isoDay(now);
  const statements = workQueries(scope, now, dialectOf(manager));
  const actions = await query<WorkItem>(manager, statements.actions);
  const monitoringDue = await query<WorkItem>(manager, statements.monitoringDue);
  const awaitingWeging = await query<WorkItem>(manager, statements.awaitingWeging);
  const casesWithoutPlan = await query<WorkItem>(manager, statements.casesWithoutPlan);
  return {
    overdueActions: actions.filter((a) => a.date < today),
    dueSoonActions: actions.filter((a) => a.date >= today),
    monitoringDue,
    awaitingWeging,
    casesWithoutPlan,
  };
}
