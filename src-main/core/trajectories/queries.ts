// The raw SQL of mentor trajectories (trajectory-service.ts), written once for SQLite and
// PostgreSQL (see db/sql.ts).
import { sql, type Sql } from '../db/sql';

/** The highest sequence number of the year's trajectory codes, MT-yyyy-nnn (`n`, null without any). */
export const lastCodeOfYear = (year: string): Sql =>
  sql`SELECT max(CAST(substr(code, 9) AS INTEGER)) AS "n" FROM mentor_traject WHERE code LIKE ${`MT-${year}-%`}`;

/** The day of the trajectory's latest timeline row (`d`, null without any). */
export const lastTimelineDay = (trajectoryId: number): Sql =>
  sql`SELECT max(datum) AS "d" FROM mentor_traject_status WHERE traject_id = ${trajectoryId}`;

/** How many trajectories from this casus intervention are not yet afgerond (`n`). */
export const openTrajectoriesOfAction = (caseActionId: number): Sql =>
  sql`SELECT count(*) AS "n" FROM mentor_traject WHERE casus_action_id = ${caseActionId} AND status <> 'afgerond'`;
