import { describe, expect, it } from 'vitest';
import { inlined } from './round-trips';

describe('inlined: a statement with its parameters as literals, only when beyond doubt', () => {
  it('writes digits, plain words, booleans and null as literals', () => {
    expect(
      inlined(`SELECT set_config('cter.account_id', $1, true), set_config('cter.scope', $2, true)`, ['12', 'system']),
    ).toBe(`SELECT set_config('cter.account_id', '12', true), set_config('cter.scope', 'system', true)`);
    expect(inlined('UPDATE t SET a = $1 WHERE id = $2 AND b < $1', [1733412000000, 'a1b2-c3'])).toBe(
      `UPDATE t SET a = '1733412000000' WHERE id = 'a1b2-c3' AND b < '1733412000000'`,
    );
    expect(inlined('SELECT $1, $2, $3', [null, true, ''])).toBe(`SELECT NULL, 'true', ''`);
    expect(inlined('SELECT 1')).toBe('SELECT 1');
  });

  it('tells $1 from $10', () => {
    const params = Array.from({ length: 10 }, (_, n) => String(n + 1));
    expect(inlined('SELECT $1, $10', params)).toBe(`SELECT '1', '10'`);
  });

  it('refuses what is not plainly safe', () => {
    expect(inlined('SELECT $1', ["o'Neill"])).toBeNull();
    expect(inlined('SELECT $1', ['a\\b'])).toBeNull();
    expect(inlined('SELECT $1', ['regel\nregel'])).toBeNull();
    expect(inlined('SELECT $1', [{ a: 1 }])).toBeNull();
    expect(inlined('SELECT $1', [Number.NaN])).toBeNull();
    expect(inlined('SELECT $2', ['a'])).toBeNull();
    expect(inlined(`SELECT '$1', $1`, ['a'])).toBeNull();
    expect(inlined('SELECT 1; SELECT $1', ['a'])).toBeNull();
    expect(inlined('SELECT $1 -- x', ['a'])).toBeNull();
    expect(inlined('SELECT $1 /* x */', ['a'])).toBeNull();
    expect(inlined('SELECT "a$1" FROM t', ['a'])).toBeNull();
    expect(inlined('SELECT $$a$$', [])).toBeNull();
  });

  it('keeps doubled quotes inside a string constant', () => {
    expect(inlined(`SELECT 'it''s', $1`, ['x'])).toBe(`SELECT 'it''s', 'x'`);
  });
});
