// Which token's heads the duplicate check's pairs read ranges on with a year typed (issue 20): both
// orders of a person's heads are stored, so either token's would find the same persons; the later
// one's (mostly the surname, rarer than a given name) walks fewer rows of person_name_pair_year.
import { describe, expect, it } from 'vitest';
import { render } from '../db/sql';
import { matchCandidateIdsSql, yearBand } from './match-candidates';
import { typedTokens } from './names';

/** The values of the first pairs' read of a statement, in the order the statement binds them. */
function firstPairsRead(typed: string, years: number[] | null): unknown[] {
  const { text, params } = render(matchCandidateIdsSql([typedTokens(typed)], years), 'sqlite');
  const first = text.split(' UNION ALL ')[0]!;
  expect(first).toContain('person_name_pair');
  return params.slice(0, (first.match(/\?/g) ?? []).length);
}

describe('the pairs of key heads read with a year typed', () => {
  it('ranges on the later token of two and tests the earlier one in the index', () => {
    const [given, surname] = typedTokens('Mohammed Amrani');
    const values = firstPairsRead('Mohammed Amrani', yearBand(2005));
    const ranged = values.slice(0, surname!.near.length);
    const tested = values.slice(surname!.near.length + 4);
    expect(ranged).toEqual(surname!.near);
    expect(values.slice(surname!.near.length, surname!.near.length + 4)).toEqual(yearBand(2005));
    expect(tested).toEqual(given!.near);
  });

  it('with no birth data typed still seeks each token by its own head against the other near heads', () => {
    const [given, surname] = typedTokens('Mohammed Amrani');
    const values = firstPairsRead('Mohammed Amrani', null);
    expect(values).toEqual([given!.head, ...surname!.near]);
  });
});
