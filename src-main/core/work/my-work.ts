// "Mijn werk": what is due for the person logged in. Actions that are late or due within two
// weeks (theirs as actiehouder, or on cases they direct), monitoring due within a week, signals
// in their regions that wait for a weging, and their cases in casusoverleg without a plan yet.
import type { EntityManager } from 'typeorm';
import { addDays, dutchDay } from '../../../src-shared/domain/format';
import type { MyWork, WorkItem } from '../../../src-shared/ipc/work';
import { visibleSql, type AccessScope } from '../access/access';
import type { WORK_INDEXES } from '../db/migrations/0025-work-indexes';
import { dialectOf, literal, raw, sql, type Dialect, type Sql } from '../db/sql';
import { readTogether } from '../db/kept';

/** The four statements behind Mijn werk (exported for tests/bench/mijn-werk.bench.ts). */
export function workQueries(scope: AccessScope, now: Date, dialect: Dialect) {
  // On PostgreSQL the two dates are written into the text (a kept statement per day and connection,
  // readTogether): as parameters the actions list's generic plan cannot know how far the deadline
  // reaches, reads every open action by `casus_action_deadline` and sorts them, so PostgreSQL kept
  // planning it on every call (0 generic plans of 70 at 100k; docs/benchmarks.md "Both engines").
  const day = (iso: string): Sql | string => (dialect === 'postgres' ? raw(literal(iso)) : iso);
  // Calendar days from today in the Netherlands: 14 × 24 hours from 23:30 lands a day off across a DST change.
  const today = dutchDay(now);
  const inTwoWeeks = day(addDays(today, 14));
  const inAWeek = day(addDays(today, 7));
  // Each list walks its own partial index (migration 0025) in date order and stops after the page,
  // instead of reading every casus of the regions and sorting. On SQLite `+c.region_id` keeps the
  // planner off the region index; on PostgreSQL that unary plus would hide the column's statistics
  // (the estimate fell to 1 % of the cases and the plan to a scan of every casus: 125 ms at 20k).
  const visible = visibleSql(scope, 'c', { regionIndex: dialect === 'postgres' });
  // SQLite has no statistics here (no ANALYZE), so it takes an equality index on the status
  // (`signal_status`, `casus_action_deadline`) for a few rows and sorts them all; INDEXED BY names
  // the walk. PostgreSQL prices a casus looked up by id under row security so high that it
  // hash-joins the whole casus table for the two smallest lists (a scan that grows with the data);
  // subqueries it may not flatten (OFFSET 0) make it read the partial index in order, look each
  // casus up by id and stop at the page.
  const walk = (table: string, alias: 'a' | 'm', index: (typeof WORK_INDEXES)[number], where: Sql, order: string) =>
    dialect === 'sqlite'
      ? raw(`${table} ${alias} INDEXED BY ${index} JOIN casus c ON c.id = ${alias}.casus_id`)
      : sql`(SELECT * FROM ${raw(table)} WHERE ${where} ORDER BY ${raw(order)} OFFSET 0) ${raw(alias)}
       CROSS JOIN LATERAL (SELECT * FROM casus WHERE casus.id = ${raw(alias)}.casus_id OFFSET 0) c`;
  const by = (index: (typeof WORK_INDEXES)[number]) => raw(dialect === 'sqlite' ? ` INDEXED BY ${index}` : '');
  const me = scope.accountId;

  return {
    actions: sql`SELECT a.id AS "ref", a.deadline AS "date", a.omschrijving AS "text", a.status AS "status", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM ${walk('casus_action', 'a', 'casus_action_open_deadline', sql`status IN ('open', 'lopend') AND deadline <= ${inTwoWeeks}`, 'deadline, id')} JOIN person p ON p.id = c.person_id
     WHERE a.status IN ('open', 'lopend') AND a.deadline <= ${inTwoWeeks} AND (a.actiehouder_account_id = ${me} OR c.procesregisseur_id = ${me}) AND ${visible}
     ORDER BY a.deadline ASC, a.id ASC LIMIT 200`,
    monitoringDue: sql`SELECT m.id AS "ref", m.gepland AS "date", '' AS "text", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM ${walk('casus_monitoring', 'm', 'casus_monitoring_due', sql`uitgevoerd_at IS NULL AND gepland <= ${inAWeek}`, 'gepland, id')} JOIN person p ON p.id = c.person_id
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
  const today = dutchDay(now);
  const statements = workQueries(scope, now, dialectOf(manager));
  // On PostgreSQL the four go in one round trip instead of four (db/kept.ts readTogether).
  const lists = await readTogether<Record<keyof typeof statements, WorkItem[]>>(manager, {
    actions: { rows: statements.actions },
    monitoringDue: { rows: statements.monitoringDue },
    awaitingWeging: { rows: statements.awaitingWeging },
    casesWithoutPlan: { rows: statements.casesWithoutPlan },
  });
  const { actions, monitoringDue, awaitingWeging, casesWithoutPlan } = lists;
  return {
    overdueActions: actions.filter((a) => a.date < today),
    dueSoonActions: actions.filter((a) => a.date >= today),
    monitoringDue,
    awaitingWeging,
    casesWithoutPlan,
  };
}
