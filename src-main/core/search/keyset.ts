// Keyset pages for the case list (issue 20 item 2). A page after the first starts where the one
// before ended, named by its last row's sort value, name key and casus id (the list's whole order:
// `ORDER BY <sort> <direction>, p.sort_key, c.id`; by the date, casus's copy of the name key, 0029), instead of an OFFSET that reads and throws away
// every row before it: page 50 then costs what page 1 costs where an index leads the order (the last
// signal's date, migration 0022; the name; the number).
//
// NULLs: SQLite sorts them before every value, PostgreSQL after, so whether the cursor's NULL group
// comes before or after the values depends on the engine and the direction. When it comes after,
// the page is read in two steps (the rest of the values, then the NULLs), so each step is a plain
// range the index can walk; see `keysetSteps`.
//
// The cursor is opaque to the renderer (`next` in the answer, `after` in the next call). Text
// searches keep OFFSET: their order is the rank, which no index holds, and their matches (at most
// the 1,001 newest, sqlite-search.ts) are read and ranked for every page anyway.
import { z } from 'zod';
import { AppError } from '../../../src-shared/ipc/errors';
import { raw, sql, type Dialect, type Sql } from '../db/sql';

export type SortValue = string | number | null;

export interface Cursor {
  value: SortValue;
  sortKey: string;
  caseId: number;
}

const cursorShape = z.tuple([
  z.union([z.string().max(200), z.number(), z.null()]),
  z.string().max(400),
  z.number().int(),
]);

export function encodeCursor(cursor: Cursor): string {
  return JSON.stringify([cursor.value, cursor.sortKey, cursor.caseId]);
}

/**
 * The cursor a caller sent back, for a sort column of numbers or of texts; anything else is refused
 * as bad input (nothing is read).
 */
export function decodeCursor(text: string, numeric: boolean): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError('INVALID_INPUT');
  }
  const result = cursorShape.safeParse(parsed);
  if (!result.success) throw new AppError('INVALID_INPUT');
  const [value, sortKey, caseId] = result.data;
  if (value !== null && typeof value !== (numeric ? 'number' : 'string')) throw new AppError('INVALID_INPUT');
  return { value, sortKey, caseId };
}

/** Whether NULLs come first in `ORDER BY column <direction>` on the engine. */
export function nullsFirst(dialect: Dialect, descending: boolean): boolean {
  return (dialect === 'sqlite') === !descending;
}

/**
 * The conditions of the rows after the cursor, as steps read one after the other until the page
 * is full: one step, or two when the cursor holds a value and the NULLs come after the values.
 */
export function keysetSteps(
  column: Sql,
  descending: boolean,
  dialect: Dialect,
  cursor: Cursor,
  name: Sql = raw('p.sort_key'),
): Sql[] {
  const tie = sql`(${name} > ${cursor.sortKey} OR (${name} = ${cursor.sortKey} AND c.id > ${cursor.caseId}))`;
  const first = nullsFirst(dialect, descending);
  if (cursor.value === null) {
    const rest = sql`${column} IS NULL AND ${tie}`;
    return first ? [rest, sql`${column} IS NOT NULL`] : [rest];
  }
  const bound = descending ? sql`${column} <= ${cursor.value}` : sql`${column} >= ${cursor.value}`;
  const beyond = descending ? sql`${column} < ${cursor.value}` : sql`${column} > ${cursor.value}`;
  const values = sql`${bound} AND (${beyond} OR ${tie})`;
  return first ? [values] : [values, sql`${column} IS NULL`];
}
