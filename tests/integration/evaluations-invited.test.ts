// Responses against the number invited (issue 13, item 4): a paper form beyond a partner's number
// invited is refused with a Dutch message until the number is corrected (who and when recorded) or
// made unknown; the kiosk keeps every respondent's answers and the analysis flags the partner
// instead of printing a rate above 100 %.
import { describe, expect, it } from 'vitest';
import type { RoundAnalysisView, RoundView } from '../../src-shared/ipc/evaluations';
import { call } from './helpers';
import { evaluationCore, openRound, smallTemplate } from './evaluation-helpers';

const form = (partner: string | null) => ({ partner, answers: { bij: 'ja', goed: 4, tijd: 3 } });

async function setUp() {
  const made = await evaluationCore();
  const template = await smallTemplate(made.core);
  const round = await openRound(made.core, template.id, {
    targetGroups: [
      { partner: 'gemeente', invited: 10 },
      { partner: 'politie', invited: 3 },
    ],
  });
  return { ...made, round };
}

const saveRound = (round: RoundView, targetGroups: unknown) => ({
  id: round.id,
  titel: round.titel,
  templateId: round.template.id,
  periodFrom: round.periodFrom,
  periodTo: round.periodTo,
  anonymity: round.anonymity,
  targetGroups,
});

describe('responses against the number invited', () => {
  it('refuses a paper form beyond the number invited, with a Dutch message, and stores nothing', async () => {
    const { core, round } = await setUp();
    for (let i = 0; i < 3; i++)
      await call(core, 'evaluations:save-response', { roundId: round.id, ...form('politie') });
    const fourth = await core.dispatch('evaluations:save-response', { roundId: round.id, ...form('politie') });
    expect(fourth).toMatchObject({
      ok: false,
      error: {
        code: 'INVITED_EXCEEDED',
        fields: { partner: { key: 'validation.invitedExceeded', params: { invited: 3 } } },
      },
    });
    expect(!fourth.ok && fourth.error.message).toMatch(
      /^Voor Politie zijn 3 personen uitgenodigd en er zijn al 3 reacties/,
    );
    expect((await call<unknown[]>(core, 'evaluations:responses', { roundId: round.id })).length).toBe(3);

    // Correcting a form of the partner (same partner) is still possible.
    const [first] = await call<{ id: number }[]>(core, 'evaluations:responses', { roundId: round.id });
    await call(core, 'evaluations:save-response', { roundId: round.id, id: first!.id, ...form('politie') });
  });

  it('accepts the form once the number invited is corrected, and records who corrected it and when', async () => {
    const { core, round, clock } = await setUp();
    for (let i = 0; i < 3; i++)
      await call(core, 'evaluations:save-response', { roundId: round.id, ...form('politie') });

    // Lower than the responses already entered: refused on the field.
    const lower = await core.dispatch(
      'evaluations:save-round',
      saveRound(round, [
        { partner: 'gemeente', invited: 10 },
        { partner: 'politie', invited: 2 },
      ]),
    );
    expect(lower).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { 'targetGroups.1.invited': { key: 'validation.invitedBelowResponses', params: { responses: 3 } } },
      },
    });

    clock.set(new Date('2026-11-20T10:00:00Z'));
    const corrected = await call<RoundView>(
      core,
      'evaluations:save-round',
      saveRound(round, [
        { partner: 'gemeente', invited: 10 },
        { partner: 'politie', invited: 4 },
      ]),
    );
    expect(corrected.targetGroups).toEqual([
      { partner: 'gemeente', invited: 10 },
      { partner: 'politie', invited: 4, correction: { on: '2026-11-20', by: 'Rita Regisseur' } },
    ]);
    await call(core, 'evaluations:save-response', { roundId: round.id, ...form('politie') });
    const analysis = await call<RoundAnalysisView>(core, 'evaluations:analysis', { roundId: round.id });
    expect(analysis.responseRate.rows.find((r) => r.partners[0] === 'politie')).toMatchObject({
      invited: 4,
      responses: 4,
      rate: 1,
      correction: { on: '2026-11-20', by: 'Rita Regisseur' },
    });

    // "Aantal uitgenodigd onbekend" is always allowed: then no limit and no rate for the partner.
    await call(
      core,
      'evaluations:save-round',
      saveRound(round, [
        { partner: 'gemeente', invited: 10 },
        { partner: 'politie', invited: null },
      ]),
    );
    await call(core, 'evaluations:save-response', { roundId: round.id, ...form('politie') });
  });

  it('keeps every kiosk respondent beyond the number invited and flags the partner instead of a rate above 100 %', async () => {
    const { core, round, regisseur } = await setUp();
    await call(core, 'evaluations:kiosk-start', { roundId: round.id });
    for (let i = 0; i < 5; i++) await call(core, 'evaluations:kiosk-submit', form('politie'));
    for (let i = 0; i < 3; i++) await call(core, 'evaluations:kiosk-submit', form('gemeente'));
    await call(core, 'evaluations:kiosk-exit', { password: regisseur.password });

    const analysis = await call<RoundAnalysisView>(core, 'evaluations:analysis', { roundId: round.id });
    expect(analysis.analysis.responses).toBe(8);
    expect(analysis.responseRate.exceeded).toEqual(['politie']);
    expect(analysis.responseRate.rows.find((r) => r.partners[0] === 'politie')).toMatchObject({
      invited: 3,
      responses: 5,
      rate: null,
      exceeded: true,
    });
    expect(analysis.responseRate.total).toEqual({ responses: 8, counted: 3, invited: 10, rate: 0.3, excluded: 5 });
  });
});
