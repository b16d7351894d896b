import { describe, expect, it } from 'vitest';
import { raw, sql } from '../db/sql';
import { recordActivity } from '../server/queries';
import { commitText } from './round-trips';

describe('commitText: the statement sent with a COMMIT, its values written as literals', () => {
  it('writes the activity of a session exactly: the time as a number, the id quoted', () => {
    expect(commitText(recordActivity('a1b2c3d4-0000-4000-8000-00000000abcd', 1733412000000))).toBe(
      `UPDATE server_session SET last_activity_at = 1733412000000
    WHERE id = 'a1b2c3d4-0000-4000-8000-00000000abcd' AND ended_at IS NULL AND last_activity_at < 1733412000000`,
    );
  });

  it('writes null, booleans and nested fragments; the code’s text stays as written', () => {
    const where = sql`b = ${true} AND c IS NOT DISTINCT FROM ${null}`;
    expect(commitText(sql`UPDATE t SET a = ${7} WHERE ${where} AND d = ${undefined}`)).toBe(
      `UPDATE t SET a = 7 WHERE b = true AND c IS NOT DISTINCT FROM NULL AND d = NULL`,
    );
  });

  it('quotes text so a quote or a backslash in a value cannot end the literal', () => {
    expect(commitText(sql`SELECT ${"o'Neill"}`)).toBe(`SELECT 'o''Neill'`);
    // pg's escapeLiteral: an E'' string with the backslash doubled (after a space).
    expect(commitText(sql`SELECT ${'a\\b'}`)).toBe(`SELECT  E'a\\\\b'`);
    expect(commitText(sql`SELECT ${"x'; DROP TABLE t; --"}`)).toBe(`SELECT 'x''; DROP TABLE t; --'`);
  });

  it('gives null for code text with a ; or a comment, which could hide the COMMIT after it', () => {
    expect(commitText(sql`UPDATE t SET a = ${1}${raw(' -- note')}`)).toBeNull();
    expect(commitText(sql`UPDATE t SET a = ${1} /* note */`)).toBeNull();
    expect(commitText(sql`UPDATE t SET a = ${1}; SELECT ${2}`)).toBeNull();
    // In a value the same characters are only text, quoted.
    expect(commitText(sql`UPDATE t SET a = ${'-- ; /*'}`)).toBe(`UPDATE t SET a = '-- ; /*'`);
  });

  it('gives null, so the statement runs at once, for a value without a literal', () => {
    expect(commitText(sql`SELECT ${{ a: 1 }}`)).toBeNull();
    expect(commitText(sql`SELECT ${1.5}`)).toBeNull();
    expect(commitText(sql`SELECT ${Number.NaN}`)).toBeNull();
    expect(commitText(sql`SELECT ${'nul\u0000teken'}`)).toBeNull();
    expect(commitText(sql`SELECT ${2n ** 70n}`)).toBeNull();
  });
});
