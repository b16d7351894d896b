// The raw SQL of cases (case-service.ts), written once for SQLite and PostgreSQL (see db/sql.ts).
import { sql, type Sql } from '../db/sql';

/**
 * The highest case number of a year, CTER-yyyy-nnnn (`number`). The numbers are upper case, so LIKE
 * (case-insensitive on SQLite, not on PostgreSQL) agrees on both. From the 10,000th casus of a year
 * the number is one digit longer, and text order alone would put CTER-yyyy-9999 above it: the
 * longest number first, then the highest of that length.
 */
export const lastCaseNumber = (year: number): Sql =>
  sql`SELECT number AS "number" FROM casus WHERE number LIKE ${`CTER-${year}-%`} ORDER BY length(number) DESC, number DESC LIMIT 1`;
