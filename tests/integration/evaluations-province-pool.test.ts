// The provincial pool of one questionnaire version (issue 18 point 7): every readable round of it
// in a period, of every house, analysed together, in the disclosure-controlled form only. Two
// houses' rounds pooled: the counts add up, a round of fewer than three responses is left out (it
// would be the difference), no breakdown per organisation, open answers stay out; a house's account
// pools only the rounds it may read. Both engines. Everything fictitious.
import { describe, expect, it } from 'vitest';
import type { ProvincePoolView } from '../../src-shared/ipc/evaluations';
import { evaluationCore, openRound, smallTemplate } from './evaluation-helpers';
import { addAccount, call, codeOf, loginAs } from './helpers';

const NOORD = 1;
const ZUID = 3;
const OPEN_TEXT = 'De notulist uit Noord was te laat (fictief).';
const YEAR = { periodFrom: '2026-01-01', periodTo: '2026-12-31' };

async function pool() {
  const made = await evaluationCore();
  const { core } = made;
  const template = await smallTemplate(core);
  const respond = async (roundId: number, partners: string[]) => {
    for (const [i, partner] of partners.entries()) {
      const answers: Record<string, string | number> = { bij: 'ja', goed: 4, tijd: 2 };
      if (i === 0) answers.opmerking = OPEN_TEXT;
      await call(core, 'evaluations:save-response', { roundId, partner, answers });
    }
  };
  // Rita holds every house: a round for Noord, one for Zuid, one for every house, one of Noord in 2025.
  const noord = await openRound(core, template.id, { titel: 'Ronde Noord (fictief)', regionId: NOORD });
  await respond(noord.id, ['gemeente', 'gemeente', 'gemeente', 'politie']);
  const zuid = await openRound(core, template.id, {
    titel: 'Ronde Zuid (fictief)',
    regionId: ZUID,
    periodFrom: '2026-10-01',
    periodTo: '2026-10-31',
  });
  await respond(zuid.id, ['politie', 'politie']);
  // Without a house chosen, hers is for every house.
  const every = await openRound(core, template.id, { titel: 'Provinciale ronde (fictief)' });
  await respond(every.id, ['om', 'om', 'om']);
  const earlier = await openRound(core, template.id, {
    titel: 'Ronde Noord vorig jaar (fictief)',
    regionId: NOORD,
    periodFrom: '2025-11-01',
    periodTo: '2025-11-30',
  });
  await respond(earlier.id, ['om', 'om', 'om']);
  const people = {
    coordinator: await addAccount(core, { username: 'provincie', roles: ['coordinator'] }),
    noord: await addAccount(core, { username: 'noord-eval', roles: ['evaluator'], regionIds: [NOORD] }),
    zuid: await addAccount(core, { username: 'zuid', roles: ['procesregisseur'], regionIds: [ZUID] }),
  };
  return { ...made, template, noord, zuid, every, earlier, people };
}

describe('the provincial pool of one questionnaire', () => {
  it("adds up the coordinator's pool of every house's rounds, leaves out a round under three and open answers", async () => {
    const { core, template, noord, zuid, every, people } = await pool();
    await loginAs(core, people.coordinator);
    const view = await call<ProvincePoolView>(core, 'evaluations:province', { templateId: template.id, ...YEAR });
    expect(view.province).toBe(true);
    // The round of 2025 lies outside the period; Zuid's round of two responses is left out (apart it
    // shows no figures, and pooled with the rounds that are shown it would be the difference).
    expect(view.rounds.map((r) => r.id).sort()).toEqual([noord.id, every.id].sort());
    expect(view.leftOut.map((r) => r.id)).toEqual([zuid.id]);
    expect(view.analysis.responses).toBe(7);
    expect(view.responseRate.total.responses).toBe(7);
    expect(view.analysis.dimensions).toEqual([expect.objectContaining({ code: 'proces', respondents: 7 })]);
    const goed = view.analysis.questions.find((q) => q.questionId === 'goed');
    expect(goed).toMatchObject({ type: 'likert5', stats: { n: 7, mean: 4 } });
    // No breakdown per organisation, nor per organisation in the response table: Noord's round
    // merges its one Politie response with Gemeente, and the pool's Gemeente (3) beside it would
    // give that one away. Per organisation the coordinator opens the rounds.
    expect(view.partners).toEqual([]);
    expect(view.responseRate.rows).toEqual([]);
    // Each house's part is rounds that are shown anyway: Noord 4, every house 3.
    expect(view.houses.map((g) => [g.partners, g.merged, g.n])).toEqual([
      [[String(NOORD)], false, 4],
      [['alle'], false, 3],
    ]);
    expect(view.houseNames[String(ZUID)]).toContain('Zuid');
    expect(view.analysis.questions.find((q) => q.questionId === 'opmerking')).toMatchObject({ answers: [] });
    expect(JSON.stringify(view)).not.toContain(OPEN_TEXT);
    // The earlier year on its own.
    const before = await call<ProvincePoolView>(core, 'evaluations:province', {
      templateId: template.id,
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
    });
    expect(before.analysis.responses).toBe(3);
  }, 90_000);

  it("pools a house's account only over the rounds it may read; a round under three is not pooled", async () => {
    const { core, template, noord, every, people } = await pool();
    await loginAs(core, people.noord);
    const own = await call<ProvincePoolView>(core, 'evaluations:province', { templateId: template.id, ...YEAR });
    expect(own.rounds.map((r) => r.id).sort()).toEqual([noord.id, every.id].sort());
    expect(own.analysis.responses).toBe(7);
    expect(own.province).toBe(true);
    expect(JSON.stringify(own)).not.toContain(OPEN_TEXT);

    // October holds only Zuid's round, of two responses: left out, so nothing is pooled.
    await loginAs(core, people.zuid);
    const small = await call<ProvincePoolView>(core, 'evaluations:province', {
      templateId: template.id,
      periodFrom: '2026-10-01',
      periodTo: '2026-10-31',
    });
    expect(small.rounds).toHaveLength(0);
    expect(small.leftOut).toHaveLength(1);
    expect(small.analysis).toEqual({ responses: 0, questions: [], dimensions: [] });
    expect(small.partners).toEqual([]);
    expect(small.houses).toEqual([]);
  }, 90_000);

  it('refuses a period that ends before it starts and a questionnaire that does not exist', async () => {
    const { core, template, people } = await pool();
    await loginAs(core, people.coordinator);
    expect(
      await core.dispatch('evaluations:province', {
        templateId: template.id,
        periodFrom: '2026-12-31',
        periodTo: '2026-01-01',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { periodTo: { key: 'validation.dateOrder' } } },
    });
    expect(await codeOf(core, 'evaluations:province', { templateId: 9999, ...YEAR })).toBe('NOT_FOUND');
  }, 90_000);
});
