import { describe, expect, it } from 'vitest';
import { preparable } from './kept';
import { sql } from './sql';

describe('kept statements', () => {
  it('PREPAREs integers and texts as parameters, a boolean and NULL as constants (readTogether)', () => {
    const name = "Jan'; DROP TABLE person; --";
    const read = sql`SELECT 1 FROM casus c WHERE c.afgeschermd = ${false} AND c.id = ${7} AND c.number = ${name} AND c.x IS NOT DISTINCT FROM ${null} AND c.y > ${3_000_000_000}`;
    expect(preparable(read)).toEqual({
      text: 'SELECT 1 FROM casus c WHERE c.afgeschermd = false AND c.id = $1 AND c.number = $2 AND c.x IS NOT DISTINCT FROM NULL AND c.y > $3',
      values: ['7', "'Jan''; DROP TABLE person; --'", '3000000000'],
      types: ['integer', 'unknown', 'bigint'],
    });
    expect(() => preparable(sql`x = ${1.5}`)).toThrow(/no literal/);
  });
});
