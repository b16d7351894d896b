// The raw SQL of cases (case-service.ts), written once for SQLite and PostgreSQL (see db/sql.ts).
import { list as inList, sql, type Sql } from '../db/sql';

/**
 * The highest case number of a year, CTER-yyyy-nnnn (`number`). The numbers are upper case, so LIKE
 * (case-insensitive on SQLite, not on PostgreSQL) agrees on both. From the 10,000th casus of a year
 * the number is one digit longer, and text order alone would put CTER-yyyy-9999 above it: the
 * longest number first, then the highest of that length.
 */
export const lastCaseNumber = (year: number): Sql =>
  sql`SELECT number AS "number" FROM casus WHERE number LIKE ${`CTER-${year}-%`} ORDER BY length(number) DESC, number DESC LIMIT 1`;

/**
 * The save's reads before its change, sent together (case-service.ts `update`, readTogether): the
 * partner codes as the reference list holds them (as lists/assertCodes reads them) and whether the
 * chosen procesregisseur is an active account (the names the casus has are read beside them with
 * TypeORM's query builder: the access table is written out in access/ only).
 */
export const listCodes = (list: string, codes: readonly string[]): Sql =>
  sql`SELECT list AS "list", code AS "code", active AS "active" FROM list_value WHERE list = ${list} AND code IN ${inList(codes)}`;

export const accountActive = (accountId: number): Sql =>
  sql`SELECT active AS "active" FROM account WHERE id = ${accountId}`;
