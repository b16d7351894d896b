// The raw SQL of the mentor project (dashboard, dataset, mentor views, training), written once for
// SQLite and PostgreSQL (see db/sql.ts). Aliases are quoted: PostgreSQL folds unquoted ones to
// lower case. Counts come back as strings from PostgreSQL; the callers convert them with Number().
import { sql, type Sql } from '../db/sql';

/** The first day each module was attended by the mentor (`module`, `datum`). */
export const attendedModules = (mentorId: number): Sql =>
  sql`SELECT s.module AS "module", min(s.datum) AS "datum" FROM training_attendance a
       JOIN training_session s ON s.id = a.session_id WHERE a.mentor_id = ${mentorId} GROUP BY s.module`;

/** The day of the mentor's latest status change (`d`, null without any). */
export const lastStatusDay = (mentorId: number): Sql =>
  sql`SELECT max(datum) AS "d" FROM mentor_status WHERE mentor_id = ${mentorId}`;

/** Places taken per mentor by trajectories that are matched, running or paused (`mentorId`, `n`). */
export const occupiedPlaces = (): Sql =>
  sql`SELECT mentor_id AS "mentorId", count(*) AS "n" FROM mentor_traject
       WHERE mentor_id IS NOT NULL AND status IN ('gematcht', 'lopend', 'gepauzeerd') GROUP BY mentor_id`;

/** The training sessions a mentor attended, newest first. */
export const sessionsOfMentor = (mentorId: number): Sql =>
  sql`SELECT s.id AS "sessionId", s.datum AS "datum", s.soort AS "soort", s.module AS "module",
             coalesce(m.label, s.module) AS "moduleLabel"
        FROM training_attendance a JOIN training_session s ON s.id = a.session_id
        LEFT JOIN mentor_module m ON m.code = s.module
       WHERE a.mentor_id = ${mentorId} ORDER BY s.datum DESC, s.id DESC`;

/** The trajectories of a mentor, newest aanmelding first (filtered by need-to-know afterwards). */
export const trajectoriesOfMentor = (mentorId: number): Sql =>
  sql`SELECT id AS "id", code AS "code", status AS "status", region_id AS "regionId", casus_id AS "caseId"
        FROM mentor_traject WHERE mentor_id = ${mentorId} ORDER BY aanmeld_datum DESC, id DESC`;

/** Per trajectory its mentee (a casus's person is one mentee across trajectories) and dates. */
export const dashboardTrajectories = (inRegions: Sql): Sql =>
  sql`SELECT coalesce('p' || c.person_id, 't' || t.id) AS "mentee", t.aanmeld_datum AS "aanmeldDatum",
             t.start_datum AS "startDatum", t.eind_datum AS "eindDatum"
        FROM mentor_traject t LEFT JOIN casus c ON c.id = t.casus_id WHERE ${inRegions}`;

export const mentorStatusHistory = (): Sql =>
  sql`SELECT mentor_id AS "mentorId", datum AS "datum", to_status AS "status" FROM mentor_status
       ORDER BY mentor_id, datum, id`;

export const trainingAttendance = (): Sql =>
  sql`SELECT s.datum AS "datum", s.soort AS "soort",
             (SELECT count(*) FROM training_attendance a WHERE a.session_id = s.id) AS "attendees"
        FROM training_session s`;

export const activities = (): Sql =>
  sql`SELECT datum AS "datum", type AS "type", bereik AS "bereik", signalen AS "signalen" FROM mentor_activiteit`;

/** The contacts of the trajectories in `inRegions` (a condition on the trajectory, alias `t`). */
export const contacts = (inRegions: Sql): Sql =>
  sql`SELECT x.datum AS "datum", x.duur_minuten AS "duurMinuten"
        FROM mentor_contact x JOIN mentor_traject t ON t.id = x.traject_id WHERE ${inRegions}`;

/** The support moments of the trajectories in `inRegions` (a condition on the trajectory, alias `t`). */
export const supportMoments = (inRegions: Sql): Sql =>
  sql`SELECT x.datum AS "datum" FROM mentor_support x JOIN mentor_traject t ON t.id = x.traject_id WHERE ${inRegions}`;

/** Per trajectory what the anonymised dataset is made from. */
/** Per trajectory in `inRegions` (a condition on the trajectory, alias `t`): the dataset's facts. */
export const trajectoryFacts = (inRegions: Sql): Sql =>
  sql`SELECT t.id AS "id", r.name AS "regio", t.bron AS "bron", t.status AS "status", t.aanmeld_datum AS "aanmeldDatum",
             t.start_datum AS "startDatum", t.eind_datum AS "eindDatum", t.eind_reden AS "eindReden",
             t.uitkomst AS "uitkomst", p.geboortedatum AS "geboortedatum",
             coalesce(p.geboortejaar, t.mentee_geboortejaar) AS "geboortejaar", t.doelen AS "doelen",
             (SELECT count(*) FROM mentor_contact x WHERE x.traject_id = t.id) AS "contacten",
             (SELECT coalesce(sum(duur_minuten), 0) FROM mentor_contact x WHERE x.traject_id = t.id) AS "contactMinuten",
             (SELECT count(*) FROM mentor_evaluatie x WHERE x.traject_id = t.id AND x.soort = 'mentor') AS "evaluatiesMentor",
             (SELECT count(*) FROM mentor_evaluatie x WHERE x.traject_id = t.id AND x.soort = 'mentee') AS "evaluatiesMentee",
             (SELECT count(*) FROM mentor_support x WHERE x.traject_id = t.id) AS "ondersteuning",
             (SELECT count(*) FROM mentor_traject_status x
               WHERE x.traject_id = t.id AND x.from_status = x.to_status) AS "mentorwissels"
        FROM mentor_traject t JOIN zvh_region r ON r.id = t.region_id
        LEFT JOIN casus c ON c.id = t.casus_id LEFT JOIN person p ON p.id = c.person_id
       WHERE ${inRegions}
       ORDER BY t.aanmeld_datum, t.id`;
