// The response table and the overall rate: never above 100 %, the same grouping as the figures
// per partner (no exact count for an organisation with fewer than three responses), and one rule
// for the overall rate whether or not every number invited is known.
import { describe, expect, it } from 'vitest';
import type { AnalysedResponse } from './evaluation-analysis';
import { responseRate } from './evaluation-response';

const of = (partner: string | null, n: number): AnalysedResponse[] =>
  Array.from({ length: n }, () => ({ partner, answers: {} }));

describe('response rate', () => {
  it('never exceeds 100 %: a partner with more responses than invited has no rate and is flagged', () => {
    // The demo's case: om 3 invited, 6 responses (accepted at the kiosk).
    const rate = responseRate(
      [
        { partner: 'gemeente', invited: 9 },
        { partner: 'om', invited: 3 },
      ],
      [...of('gemeente', 5), ...of('om', 6)],
    );
    const om = rate.rows.find((r) => r.partners[0] === 'om')!;
    expect(om).toMatchObject({ invited: 3, responses: 6, rate: null, exceeded: true });
    expect(rate.exceeded).toEqual(['om']);
    expect(rate.rows.every((r) => r.rate === null || r.rate <= 1)).toBe(true);
    // The overall rate leaves the om out and says how many responses it did not count.
    expect(rate.total).toEqual({ responses: 11, counted: 5, invited: 9, rate: 5 / 9, excluded: 6 });
  });

  it('counts a response without an organisation the same way whether or not every invited number is known', () => {
    const responses = [...of('gemeente', 4), ...of('politie', 3), ...of(null, 3)];
    const allKnown = responseRate(
      [
        { partner: 'gemeente', invited: 6 },
        { partner: 'politie', invited: 4 },
      ],
      responses,
    );
    const oneUnknown = responseRate(
      [
        { partner: 'gemeente', invited: 6 },
        { partner: 'politie', invited: 4 },
        { partner: 'om', invited: null },
      ],
      responses,
    );
    // Before: 10/10 when all were known (the three without an organisation counted), 7/10 otherwise.
    expect(allKnown.total).toEqual({ responses: 10, counted: 7, invited: 10, rate: 0.7, excluded: 3 });
    expect(oneUnknown.total).toEqual(allKnown.total);
    expect(allKnown.rows.map((r) => [r.partners, r.invited, r.responses])).toEqual([
      [['gemeente'], 6, 4],
      [['politie'], 4, 3],
      [['onbekend'], null, 3],
    ]);
  });

  it('does not count responses of a partner whose invited number is unknown', () => {
    const rate = responseRate(
      [
        { partner: 'gemeente', invited: 8 },
        { partner: 'om', invited: null },
      ],
      [...of('gemeente', 4), ...of('om', 3)],
    );
    expect(rate.total).toEqual({ responses: 7, counted: 4, invited: 8, rate: 0.5, excluded: 3 });
    expect(rate.rows[1]).toMatchObject({ partners: ['om'], invited: null, rate: null, exceeded: false });
  });

  it('merges partners with fewer than three responses, as the figures per partner do', () => {
    // om 2 of 4 would give away a small group: it is merged with reclassering (1 of 3); together
    // still fewer than three, so the smallest shown group (politie, 3 of 5) joins them.
    const rate = responseRate(
      [
        { partner: 'gemeente', invited: 10 },
        { partner: 'politie', invited: 5 },
        { partner: 'om', invited: 4 },
        { partner: 'reclassering', invited: 3 },
        { partner: 'zvh', invited: 2 },
      ],
      [...of('gemeente', 6), ...of('politie', 3), ...of('om', 1), ...of('reclassering', 1)],
    );
    expect(rate.rows.map((r) => [r.partners, r.merged, r.invited, r.responses])).toEqual([
      [['gemeente'], false, 10, 6],
      // Nobody answered for the zvh: 0 is shown, there is nobody to protect.
      [['zvh'], false, 2, 0],
      [['om', 'politie', 'reclassering'], true, 12, 5],
    ]);
    expect(rate.rows.every((r) => r.merged || r.responses === 0 || r.responses >= 3)).toBe(true);
    expect(rate.total).toEqual({ responses: 11, counted: 11, invited: 24, rate: 11 / 24, excluded: 0 });
  });

  it('keeps responses without an organisation in a row of their own, so they take no organisation out of the rate', () => {
    const rate = responseRate(
      [
        { partner: 'gemeente', invited: 10 },
        { partner: 'politie', invited: 5 },
        { partner: 'om', invited: 2 },
      ],
      [...of('gemeente', 3), ...of('politie', 3), ...of('om', 1), ...of(null, 1)],
    );
    expect(rate.rows.map((r) => [r.partners, r.invited, r.responses])).toEqual([
      [['politie'], 5, 3],
      [['onbekend'], null, 1],
      [['gemeente', 'om'], 12, 4],
    ]);
    expect(rate.total).toEqual({ responses: 8, counted: 7, invited: 17, rate: 7 / 17, excluded: 1 });
  });

  it('has no rate without target groups', () => {
    expect(responseRate([], of('gemeente', 4)).total).toEqual({
      responses: 4,
      counted: 0,
      invited: null,
      rate: null,
      excluded: 4,
    });
  });

  it('keeps the correction of the number invited with its row', () => {
    const rate = responseRate(
      [{ partner: 'om', invited: 6, correction: { on: '2026-11-20', by: 'Rita Regisseur' } }],
      of('om', 6),
    );
    expect(rate.rows[0]).toMatchObject({
      rate: 1,
      exceeded: false,
      correction: { on: '2026-11-20', by: 'Rita Regisseur' },
    });
  });
});
