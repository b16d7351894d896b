// Evaluation rounds per house (issue 18 point 7): a round is for one house (a ZVH region) or for
// every house. An account of Noord neither lists, opens, reports on nor exports a round of Zuid
// (NOT_FOUND, as for a number never used); a round for every house is read by all; the provincial
// coordinator reads every house's rounds in the disclosure-controlled form only (no open answers,
// no figures for a round of fewer than three responses, no recommendations) and is refused the
// responses, the kiosk and every edit. Both engines. Everything fictitious.
import { describe, expect, it } from 'vitest';
import type {
  EvaluationReport,
  RecommendationOverview,
  RoundAnalysisView,
  RoundComparison,
  RoundSummary,
  RoundView,
} from '../../src-shared/ipc/evaluations';
import { evaluationCore, openRound, smallTemplate } from './evaluation-helpers';
import { addAccount, call, codeOf, loginAs } from './helpers';

const NOORD = 1;
const ZUID = 3;
const OPEN_TEXT = 'De voorzitter uit Zuid liet iedereen uitpraten (fictief).';

async function houses() {
  const made = await evaluationCore();
  const { core } = made;
  const template = await smallTemplate(core);
  // Rita holds every house: her round, without a house chosen, is for every house (as before 0033).
  const province = await openRound(core, template.id, { titel: 'Provinciale ronde (fictief)' });
  const people = {
    noord: await addAccount(core, { username: 'noord', roles: ['procesregisseur'], regionIds: [NOORD] }),
    noordEvaluator: await addAccount(core, { username: 'noord-eval', roles: ['evaluator'], regionIds: [NOORD] }),
    zuid: await addAccount(core, { username: 'zuid', roles: ['procesregisseur'], regionIds: [ZUID] }),
    coordinator: await addAccount(core, { username: 'provincie', roles: ['coordinator'] }),
  };
  await loginAs(core, people.zuid);
  // Her only house is chosen for her.
  const zuid = await openRound(core, template.id, {
    titel: 'Ronde Zuid (fictief)',
    periodFrom: '2026-12-01',
    periodTo: '2026-12-31',
  });
  for (const [partner, opmerking] of [
    ['gemeente', OPEN_TEXT],
    ['gemeente', null],
    ['gemeente', null],
    ['politie', null],
  ] as const) {
    const answers: Record<string, string | number> = { bij: 'ja', goed: 4, tijd: 3 };
    if (opmerking) answers.opmerking = opmerking;
    await call(core, 'evaluations:save-response', { roundId: zuid.id, partner, answers });
  }
  await call(core, 'evaluations:save-recommendation', { roundId: zuid.id, tekst: 'Agenda eerder rondsturen.' });
  return { ...made, template, province, zuid, people };
}

describe('rounds per house', () => {
  it("keeps a Zuid round from Noord's procesregisseur and evaluator: not listed, not found anywhere", async () => {
    const { core, province, zuid, people } = await houses();
    expect(zuid.region).toEqual({ id: ZUID, naam: expect.stringContaining('Zuid') });
    expect(province.region).toBeNull();

    for (const account of [people.noord, people.noordEvaluator]) {
      await loginAs(core, account);
      const listed = await call<RoundSummary[]>(core, 'evaluations:rounds', { sleutel: null });
      expect(listed.map((r) => r.id)).toEqual([province.id]);
      for (const [channel, input] of [
        ['evaluations:analysis', { roundId: zuid.id }],
        ['evaluations:report', { roundId: zuid.id }],
        ['evaluations:report', { roundId: province.id, previousId: zuid.id }],
        ['evaluations:compare', { earlierId: province.id, laterId: zuid.id }],
        ['evaluations:export', { roundId: zuid.id, format: 'csv', reason: 'Jaarverslag (fictief)' }],
        ['evaluations:recommendations', { roundId: zuid.id }],
      ] as const) {
        expect(await codeOf(core, channel, input), channel).toBe('NOT_FOUND');
      }
      const all = await call<RecommendationOverview>(core, 'evaluations:recommendations', {});
      expect(all.items).toEqual([]);
      expect(await codeOf(core, 'evaluations:report', { roundId: province.id })).toBe('ok');
    }

    // The editing channels too.
    await loginAs(core, people.noord);
    for (const [channel, input] of [
      ['evaluations:round', { id: zuid.id }],
      ['evaluations:responses', { roundId: zuid.id }],
      ['evaluations:save-response', { roundId: zuid.id, answers: { bij: 'nee' } }],
      ['evaluations:set-round-status', { id: zuid.id, status: 'gesloten' }],
      ['evaluations:kiosk-start', { roundId: zuid.id }],
      ['evaluations:save-recommendation', { roundId: zuid.id, tekst: 'Iets anders doen.' }],
    ] as const) {
      expect(await codeOf(core, channel, input), channel).toBe('NOT_FOUND');
    }
  }, 90_000);

  it('makes a new round for a house of the account only; every house only for an account holding them all', async () => {
    const { core, template, people } = await houses();
    await loginAs(core, people.noord);
    const base = {
      titel: 'Ronde Noord (fictief)',
      templateId: template.id,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      anonymity: 'anoniem-dag',
    };
    const own = await call<RoundView>(core, 'evaluations:save-round', base);
    expect(own.region?.id).toBe(NOORD);
    expect(await core.dispatch('evaluations:save-round', { ...base, regionId: ZUID })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { regionId: { key: 'evaluations.house.notYours' } } },
    });
    expect(await core.dispatch('evaluations:save-round', { ...base, regionId: null })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { regionId: { key: 'evaluations.house.allNotAllowed' } } },
    });
    // Nor can she move her round to Zuid, or make it one for every house.
    expect(await codeOf(core, 'evaluations:save-round', { ...base, id: own.id, regionId: null, version: 1 })).toBe(
      'INVALID_INPUT',
    );

    // A round for every house she edits as it is; she cannot give it to Noord alone.
    const shared = await call<RoundSummary[]>(core, 'evaluations:rounds', { sleutel: null });
    const provinceRound = await call<RoundView>(core, 'evaluations:round', { id: shared.at(-1)!.id });
    expect(provinceRound.region).toBeNull();
    const edit = {
      ...base,
      id: provinceRound.id,
      titel: 'Provinciale ronde, hernoemd (fictief)',
      periodFrom: provinceRound.periodFrom,
      periodTo: provinceRound.periodTo,
      version: provinceRound.version,
    };
    expect(await codeOf(core, 'evaluations:save-round', { ...edit, regionId: NOORD })).toBe('INVALID_INPUT');
    expect((await call<RoundView>(core, 'evaluations:save-round', { ...edit, regionId: null })).titel).toBe(
      'Provinciale ronde, hernoemd (fictief)',
    );

    // Rita, with every house, may choose one of them or every house.
    await loginAs(core, { username: 'regisseur', password: 'wachtwoord van regisseur 2026' });
    const forZuid = await call<RoundView>(core, 'evaluations:save-round', { ...base, regionId: ZUID });
    expect(forZuid.region?.id).toBe(ZUID);
    const moved = await call<RoundView>(core, 'evaluations:save-round', {
      ...base,
      id: forZuid.id,
      regionId: null,
      version: forZuid.version,
    });
    expect(moved.region).toBeNull();
  }, 90_000);
});

describe('the provincial coordinator', () => {
  it("reads every house's rounds in the disclosure-controlled form, and nothing else", async () => {
    const { core, province, zuid, people, saved } = await houses();
    await loginAs(core, people.coordinator);
    const listed = await call<RoundSummary[]>(core, 'evaluations:rounds', { sleutel: null });
    expect(listed.map((r) => [r.titel, r.region?.id ?? null, r.responses])).toEqual([
      ['Ronde Zuid (fictief)', ZUID, 4],
      ['Provinciale ronde (fictief)', null, 0],
    ]);

    const analysis = await call<RoundAnalysisView>(core, 'evaluations:analysis', { roundId: zuid.id });
    expect(analysis.province).toBe(true);
    const open = analysis.analysis.questions.find((q) => q.type === 'open');
    expect(open).toMatchObject({ answered: 1, answers: [] });
    // Politie (1 response) does not stand alone: merged (with gemeente, so it cannot be derived).
    expect(analysis.partners.map((p) => [p.partners, p.merged, p.n])).toEqual([[['gemeente', 'politie'], true, 4]]);
    const report = await call<EvaluationReport>(core, 'evaluations:report', { roundId: zuid.id });
    expect(report).toMatchObject({ province: true, openAnswers: [], recommendations: [] });
    expect(JSON.stringify(report)).not.toContain('uitpraten');
    // A round of fewer than three responses: no figures at all.
    const empty = await call<RoundAnalysisView>(core, 'evaluations:analysis', { roundId: province.id });
    expect(empty.analysis).toEqual({ responses: 0, questions: [], dimensions: [] });
    // Rounds of the same questionnaire in different houses compared.
    const compared = await call<RoundComparison>(core, 'evaluations:compare', {
      earlierId: province.id,
      laterId: zuid.id,
    });
    expect([compared.earlier.id, compared.later.id]).toEqual([province.id, zuid.id]);
    // The anonymised file without the open question's column.
    await call(core, 'evaluations:export', {
      roundId: zuid.id,
      format: 'csv',
      reason: 'Provinciaal verslag (fictief)',
    });
    const csv = saved.at(-1)!.bytes.toString('utf8');
    expect(csv.split(/\r?\n/)[0]).not.toContain('opmerking');
    expect(csv).not.toContain('uitpraten');

    for (const [channel, input] of [
      ['evaluations:round', { id: zuid.id }],
      ['evaluations:responses', { roundId: zuid.id }],
      ['evaluations:save-response', { roundId: zuid.id, answers: { bij: 'nee' } }],
      [
        'evaluations:save-round',
        {
          id: zuid.id,
          titel: 'Anders',
          templateId: 1,
          periodFrom: '2026-12-01',
          periodTo: '2026-12-31',
          anonymity: 'anoniem-dag',
        },
      ],
      ['evaluations:set-round-status', { id: zuid.id, status: 'gesloten' }],
      ['evaluations:kiosk-start', { roundId: zuid.id }],
      ['evaluations:recommendations', {}],
      ['evaluations:save-recommendation', { roundId: zuid.id, tekst: 'Iets anders doen.' }],
      ['evaluations:save-template', { template: 42 }],
    ] as const) {
      expect(await codeOf(core, channel, input), channel).toBe('FORBIDDEN');
    }

    // Zuid's own procesregisseur still reads the open answers and the recommendations.
    await loginAs(core, people.zuid);
    const own = await call<EvaluationReport>(core, 'evaluations:report', { roundId: zuid.id });
    expect(own.province).toBe(false);
    expect(own.openAnswers[0]!.answers).toEqual([OPEN_TEXT]);
    expect(own.recommendations.map((r) => r.tekst)).toEqual(['Agenda eerder rondsturen.']);
  }, 90_000);
});
