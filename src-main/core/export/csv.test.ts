import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a BOM, semicolons, CRLF and Dutch decimals', () => {
    expect(toCsv(['a', 'b'], [[1.5, 'x']]).toString('utf8')).toBe('\uFEFFa;b\r\n1,5;x\r\n');
  });

  it('quotes separators and quotes, and defuses formulas', () => {
    const text = toCsv(['c'], [['a;b'], ['zei "ja"'], ['=SOM(A1)'], ['-1+2'], [null]]).toString('utf8');
    expect(text.split('\r\n').slice(1, 6)).toEqual(['"a;b"', '"zei ""ja"""', "'=SOM(A1)", "'-1+2", '']);
  });

  it('leaves negative numbers numbers, and text that is a plain number as it is', () => {
    const rows = [[-2], [-2.5], ['-2'], ['-2,5'], ['+3'], ['-0.75'], [0]];
    const text = toCsv(['n'], rows).toString('utf8');
    expect(text.split('\r\n').slice(1, 8)).toEqual(['-2', '-2,5', '-2', '-2,5', '+3', '-0.75', '0']);
  });

  it('still defuses text that only starts like a number, or a sign with more after it', () => {
    const rows = [['-2+3'], ['-2;x'], ['- opmerking'], ['+31 6 12345678'], ['-'], ['@SUM(1)'], ['\t-2'], ['-2\r']];
    const text = toCsv(['t'], rows).toString('utf8');
    expect(text.split('\r\n').slice(1, 8)).toEqual([
      "'-2+3",
      '"\'-2;x"',
      "'- opmerking",
      "'+31 6 12345678",
      "'-",
      "'@SUM(1)",
      "'\t-2",
    ]);
    expect(text).toContain(`"'-2\r"`);
  });
});
