// The raw SQL of cases (case-service.ts), written once for SQLite and PostgreSQL (see db/sql.ts).
import { sql, type Sql } from '../db/sql';

/**
 * The highest case number of a year, CTER-yyyy-nnnn (`number`). The numbers are upper case and of
 * one length, so LIKE (case-insensitive on SQLite, not on PostgreSQL) and text order agree on both.
 */
export const lastCaseNumber = (year: number): Sql =>
  sql`SELECT number AS "number" FROM casus WHERE number LIKE ${`CTER-${year}-%`} ORDER BY number DESC LIMIT 1`;
