import { describe, expect, it } from 'vitest';
import { join, list, raw, render, sql } from './sql';

describe('sql', () => {
  it('keeps values out of the text, with each engine its own placeholders', () => {
    const name = "Jan'; DROP TABLE person; --";
    const query = sql`SELECT id FROM person WHERE naam = ${name} AND geboortejaar > ${2000}`;
    expect(render(query, 'sqlite')).toEqual({
      text: 'SELECT id FROM person WHERE naam = ? AND geboortejaar > ?',
      params: [name, 2000],
    });
    expect(render(query, 'postgres')).toEqual({
      text: 'SELECT id FROM person WHERE naam = $1 AND geboortejaar > $2',
      params: [name, 2000],
    });
  });

  it('numbers placeholders across nested fragments in order', () => {
    const visible = sql`c.region_id IN ${list([3, 4])} AND c.afgeschermd = ${false}`;
    const query = sql`SELECT 1 FROM casus c WHERE c.state = ${'open'} AND ${visible} LIMIT ${10}`;
    expect(render(query, 'postgres')).toEqual({
      text: 'SELECT 1 FROM casus c WHERE c.state = $1 AND c.region_id IN ($2, $3) AND c.afgeschermd = $4 LIMIT $5',
      params: ['open', 3, 4, false, 10],
    });
    // SQLite binds no booleans: false is 0 there.
    expect(render(query, 'sqlite').params).toEqual(['open', 3, 4, 0, 10]);
  });

  it('joins fragments and takes trusted text as it is', () => {
    const where = join([sql`a = ${1}`, sql`b = ${2}`, raw('c IS NULL')], ' AND ');
    expect(render(sql`WHERE ${where} ORDER BY ${raw('p.sort_key')}`, 'postgres')).toEqual({
      text: 'WHERE a = $1 AND b = $2 AND c IS NULL ORDER BY p.sort_key',
      params: [1, 2],
    });
    expect(render(join([], ' AND '), 'sqlite')).toEqual({ text: '', params: [] });
  });

  it('makes an empty IN list match nothing instead of failing', () => {
    expect(render(sql`x IN ${list([])}`, 'sqlite')).toEqual({ text: 'x IN (NULL)', params: [] });
  });

  it('binds undefined as NULL', () => {
    expect(render(sql`x = ${undefined}`, 'sqlite').params).toEqual([null]);
  });
});
