import { describe, expect, it } from 'vitest';
import { render } from '../db/sql';
import { indexPrefix, indexText, postgresTextMatch, searchWords } from './postgres-text';

describe('the text of the PostgreSQL case search', () => {
  it('splits texts into words as FTS5 does, without accents', () => {
    expect(searchWords("Fatima Jansen-de Vries, J.P. van 't Hek")).toEqual([
      'fatima',
      'jansen',
      'de',
      'vries',
      'j',
      'p',
      'van',
      't',
      'hek',
    ]);
    expect(searchWords('Ömer Çelik CTER-2026-0042')).toEqual(['omer', 'celik', 'cter', '2026', '0042']);
    // A letter without a decomposition stays; the server's unaccent folds it.
    expect(searchWords('Łukasz')).toEqual(['łukasz']);
    expect(indexText('  Jan-Peter  Rutten ')).toBe(' jan peter rutten');
    expect(indexText('')).toBe('');
  });

  it('asks the word tsvector for each typed word whole, as a prefix', () => {
    expect(indexPrefix('bakker')).toBe('bakker:*');
    expect(indexPrefix('0042')).toBe('0042:*');
    // No stemmer and no stop words in the `simple` tsvector: "van", "de" and "j" are words like any.
    for (const word of ['va', 'van', 'd', 'de', 'ben', 'ja', 'j']) expect(indexPrefix(word), word).toBe(`${word}:*`);
    // A letter that the server's unaccent still folds: the word up to it, or the LIKE alone.
    expect(indexPrefix('aydın')).toBe('ayd:*');
    expect(indexPrefix('łukasz')).toBeNull();
  });

  it('matches every word, with the index term first, and ranks the name highest', () => {
    const match = postgresTextMatch('van Bakker')!;
    const where = render(match.where, 'postgres');
    expect(where.params[0]).toBe('van:* & bakker:*');
    expect(where.params.filter((value) => value === '% van%')).toHaveLength(3);
    expect(where.params.filter((value) => value === '% bakker%')).toHaveLength(3);
    expect(render(match.rank, 'postgres').text).toMatch(/THEN 10 .*THEN 5 .*THEN 1 /s);
    expect(postgresTextMatch(' -- ')).toBeNull();
  });
});
