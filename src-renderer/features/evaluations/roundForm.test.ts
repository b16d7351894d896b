import { describe, expect, it } from 'vitest';
import type { RoundView, TemplateSummary } from '../../../src-shared/ipc/evaluations';
import { roundInput } from '../../../src-shared/ipc/evaluations';
import { defaultHouse, EVERY_HOUSE, formOf, inputOf } from './roundForm';

const template = (id: number, latest: boolean) => ({ id, latest }) as TemplateSummary;

describe('round set-up form', () => {
  it('starts a new round with the first newest template, anonymous per day, no partners', () => {
    expect(formOf(null, [template(3, false), template(7, true)])).toMatchObject({
      templateId: '7',
      anonymity: 'anoniem-dag',
      groups: {},
    });
  });

  it('turns typed values into the contract input: Dutch dates, unknown invitations as null', () => {
    const form = {
      titel: 'Najaar (fictief)',
      toelichting: '',
      templateId: '7',
      periodFrom: '1-11-2026',
      periodTo: '30-11-2026',
      anonymity: 'op-naam' as const,
      groups: { gemeente: '10', politie: ' ' },
      regionId: '3',
    };
    const input = inputOf(form, null);
    expect(input).toMatchObject({
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      templateId: 7,
      regionId: 3,
      targetGroups: [
        { partner: 'gemeente', invited: 10 },
        { partner: 'politie', invited: null },
      ],
    });
    expect(roundInput.safeParse(input).success).toBe(true);
    // A date not typed as dd-mm-jjjj goes as typed, so the schema reports it next to the field.
    const wrong = roundInput.safeParse(inputOf({ ...form, periodTo: '31-02' }, null));
    expect(wrong.success).toBe(false);
  });

  it('reads an existing round back as it was set up', () => {
    const round = {
      titel: 'Voorjaar (fictief)',
      toelichting: 'Pilot',
      template: { id: 4 },
      periodFrom: '2026-05-01',
      periodTo: '2026-05-31',
      anonymity: 'anoniem-week',
      targetGroups: [
        { partner: 'om', invited: null },
        { partner: 'politie', invited: 5 },
      ],
    } as unknown as RoundView;
    expect(formOf(round, [])).toEqual({
      titel: 'Voorjaar (fictief)',
      toelichting: 'Pilot',
      templateId: '4',
      periodFrom: '01-05-2026',
      periodTo: '31-05-2026',
      anonymity: 'anoniem-week',
      groups: { om: '', politie: '5' },
      regionId: 'alle',
    });
  });

  it("chooses a new round's house: every house for an account holding them all, else its only one", () => {
    const noord = { id: 1, naam: 'ZVH Noord (voorbeeld)' };
    const zuid = { id: 3, naam: 'ZVH Zuid (voorbeeld)' };
    expect(defaultHouse({ houses: [noord, zuid], everyHouse: true })).toBe(EVERY_HOUSE);
    expect(defaultHouse({ houses: [zuid], everyHouse: false })).toBe('3');
    expect(defaultHouse({ houses: [noord, zuid], everyHouse: false })).toBe('');
    const form = formOf(null, [], { houses: [noord, zuid], everyHouse: false });
    // Not chosen: left out of the input, so core asks for it; every house is sent as null.
    expect(inputOf(form, null)).not.toHaveProperty('regionId');
    expect(inputOf({ ...form, regionId: EVERY_HOUSE }, null)).toMatchObject({ regionId: null });
  });
});
