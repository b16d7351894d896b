// "Mijn werk": what is due for the person logged in. Actions that are late or due within two
// weeks (theirs as actiehouder, or on cases they direct), monitoring due within a week, signals
// in their regions that wait for a weging, and their cases in casusoverleg without a plan yet.
import type { EntityManager } from 'typeorm';
import { isoDay } from '../../../src-shared/domain/format';
import type { MyWork, WorkItem } from '../../../src-shared/ipc/work';
import { visibleSql, type AccessScope } from '../access/access';
import { query, sql } from '../db/sql';

const DAY = 24 * 60 * 60 * 1000;

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
  const inTwoWeeks = isoDay(new Date(now.getTime() + 14 * DAY));
  const inAWeek = isoDay(new Date(now.getTime() + 7 * DAY));
  const visible = visibleSql(scope, 'c');
  const me = scope.accountId;

  const actions = await query<WorkItem>(
    manager,
    sql`SELECT a.id AS "ref", a.deadline AS "date", a.omschrijving AS "text", a.status AS "status", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM casus_action a JOIN casus c ON c.id = a.casus_id JOIN person p ON p.id = c.person_id
     WHERE a.status IN ('open', 'lopend') AND a.deadline <= ${inTwoWeeks} AND (a.actiehouder_account_id = ${me} OR c.procesregisseur_id = ${me}) AND ${visible}
     ORDER BY a.deadline ASC LIMIT 200`,
  );

  const monitoringDue = await query<WorkItem>(
    manager,
    sql`SELECT m.id AS "ref", m.gepland AS "date", '' AS "text", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM casus_monitoring m JOIN casus c ON c.id = m.casus_id JOIN person p ON p.id = c.person_id
     WHERE m.uitgevoerd_at IS NULL AND m.gepland <= ${inAWeek} AND (c.procesregisseur_id = ${me} OR c.procesregisseur_id IS NULL)
       AND c.state NOT IN ('afgeschaald', 'afgesloten') AND ${visible}
     ORDER BY m.gepland ASC LIMIT 200`,
  );

  const awaitingWeging = await query<WorkItem>(
    manager,
    sql`SELECT s.id AS "ref", s.ontvangen AS "date", s.ideologie AS "text", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM signal s JOIN casus c ON c.id = s.casus_id JOIN person p ON p.id = c.person_id
     WHERE s.status IN ('nieuw', 'meer_informatie') AND c.state NOT IN ('afgeschaald', 'afgesloten') AND ${visible}
     ORDER BY s.ontvangen ASC LIMIT 200`,
  );

  const casesWithoutPlan = await query<WorkItem>(
    manager,
    sql`SELECT c.id AS "ref", c.updated_at AS "date", c.state AS "text", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM casus c JOIN person p ON p.id = c.person_id
     WHERE c.state IN ('casusoverleg', 'plan_van_aanpak') AND (c.procesregisseur_id = ${me} OR c.procesregisseur_id IS NULL)
       AND NOT EXISTS (SELECT 1 FROM casus_action a WHERE a.casus_id = c.id AND a.soort = 'interventie')
       AND ${visible}
     ORDER BY c.updated_at ASC LIMIT 200`,
  );

  return {
    overdueActions: actions.filter((a) => a.date < today),
    dueSoonActions: actions.filter((a) => a.date >= today),
    monitoringDue,
    awaitingWeging,
    casesWithoutPlan,
  };
}
