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
});
