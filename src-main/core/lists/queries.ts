// The raw SQL of the reference lists (reference-data.ts), written once for SQLite and PostgreSQL
// (see db/sql.ts). Counts come back as strings from PostgreSQL; the caller converts them.
import { sql, type Sql } from '../db/sql';

/** How many rows refer to a municipality (`n`): one that is used cannot be removed. */
export const usesOfGemeente = (id: number): Sql =>
  sql`SELECT (SELECT count(*) FROM person WHERE gemeente_id = ${id})
           + (SELECT count(*) FROM mentor_traject WHERE gemeente_id = ${id})
           + (SELECT count(*) FROM mentor_activiteit WHERE gemeente_id = ${id})
           + (SELECT count(*) FROM expert_advies WHERE gemeente_id = ${id}) AS "n"`;

/** How many rows refer to a ZVH region (`n`): one that is used cannot be removed. */
export const usesOfRegion = (id: number): Sql =>
  sql`SELECT (SELECT count(*) FROM casus WHERE region_id = ${id})
           + (SELECT count(*) FROM mentor WHERE region_id = ${id})
           + (SELECT count(*) FROM mentor_traject WHERE region_id = ${id})
           + (SELECT count(*) FROM mentor_activiteit WHERE region_id = ${id})
           + (SELECT count(*) FROM training_session WHERE region_id = ${id}) AS "n"`;
