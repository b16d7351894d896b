// The demo's fictitious evaluations: three rounds whose responses pass the same checks as paper
// forms, a comparison that shows the later round better, recommendations in every pile, and a
// second run that adds nothing.
import { describe, expect, it } from 'vitest';
import { seedEvaluations } from '../../src-main/core/demo/evaluations';
import type { EvaluationReport, RecommendationOverview, RoundSummary } from '../../src-shared/ipc/evaluations';
import { call } from './helpers';
import { evaluationCore } from './evaluation-helpers';

describe('demo evaluations', () => {
  it('seeds labelled rounds with responses, a comparison and recommendations, once', async () => {
    const { core, regisseur } = await evaluationCore();
    expect(await seedEvaluations(core.workspace, regisseur.id)).toBe(3);
    expect(await seedEvaluations(core.workspace, regisseur.id)).toBe(0);

    const rounds = await call<RoundSummary[]>(core, 'evaluations:rounds', {});
    expect(rounds.map((r) => [r.titel, r.status, r.responses])).toEqual([
      ['Evaluatie informatieoverleg (fictief)', 'open', 11],
      ['Procesevaluatie casusoverleg, dit jaar (fictief)', 'gesloten', 28],
      ['Procesevaluatie casusoverleg, vorig jaar (fictief)', 'gesloten', 24],
    ]);
    const report = await call<EvaluationReport>(core, 'evaluations:report', { roundId: rounds[1]!.id });
    expect(report.cover.voorbeeld).toBe(true);
    expect(report.previous?.round.id).toBe(rounds[2]!.id);
    expect(report.analysis.dimensions).toHaveLength(9);
    expect(report.summary.trend!.hoger).toBeGreaterThan(report.summary.trend!.lager);
    expect(report.openAnswers.some((q) => q.answers.length > 0)).toBe(true);

    const overview = await call<RecommendationOverview>(core, 'evaluations:recommendations', {});
    expect(overview.counts).toEqual({ open: 2, teLaat: 1, afgerond: 1 });
    // Anonymous rounds: no respondent and no time in any row.
    const rows = core.workspace
      .requireOpen()
      .database.handle.prepare(
        'SELECT count(*) AS n FROM eval_response WHERE respondent IS NOT NULL OR submitted_at IS NOT NULL',
      )
      .get();
    expect(rows).toEqual({ n: 0 });
  }, 90_000);
});
