// The raw SQL of the demo data (mentoring.ts), written once for SQLite and PostgreSQL (see db/sql.ts).
import { sql, type Sql } from '../db/sql';

/** Per person the first casus intervention of type mentortraject in a case that is not afgeschermd (`id`). */
export const mentortrajectInterventions = (): Sql =>
  sql`SELECT min(a.id) AS "id" FROM casus_action a JOIN casus c ON c.id = a.casus_id
       WHERE a.soort = 'interventie' AND a.interventietype = 'mentortraject' AND c.afgeschermd = ${false}
       GROUP BY c.person_id ORDER BY min(a.id)`;

/** The first `count` municipalities by id (`id`). */
export const firstGemeenten = (count: number): Sql => sql`SELECT id AS "id" FROM gemeente ORDER BY id LIMIT ${count}`;
