// The demo's fictitious evaluations: three rounds whose responses pass the same checks as paper
// forms, a comparison that shows the later round better, recommendations in every pile, and a
// second run that adds nothing.
import { describe, expect, it } from 'vitest';
import { seedEvaluations } from '../../src-main/core/demo/evaluations';
import type { EvaluationReport, RecommendationOverview, RoundSummary } from '../../src-shared/ipc/evaluations';
import { sql } from '../../src-main/core/db/sql';
import { call, rawSql } from './helpers';
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

    // Plausible numbers (issue 13): no partner with more responses than invited, no rate above
    // 100 %, a rapportcijfer on its 1–10 scale around a seven, and the cover naming the
    // questionnaire's own target group (the i2o round is not about the casusoverleg).
    for (const round of rounds) {
      const each = await call<EvaluationReport>(core, 'evaluations:report', { roundId: round.id });
      const rate = each.method.responseRate;
      expect(rate.exceeded).toEqual([]);
      expect(rate.rows.every((r) => r.rate === null || r.rate <= 1)).toBe(true);
      expect(rate.total.rate).toBeLessThanOrEqual(1);
      const grade = each.analysis.questions.find((q) => q.type === 'getal' && q.distribution.scale.max === 10);
      expect(grade?.type === 'getal' && grade.distribution.scale).toEqual({ min: 1, max: 10 });
      const mean = grade?.type === 'getal' ? grade.stats.mean! : 0;
      expect(mean).toBeGreaterThan(5.5);
      expect(mean).toBeLessThan(8.5);
    }
    const i2o = await call<EvaluationReport>(core, 'evaluations:report', { roundId: rounds[0]!.id });
    expect(i2o.cover.doelgroep).toBe('Deelnemers aan het informatieoverleg (i2o)');

    const overview = await call<RecommendationOverview>(core, 'evaluations:recommendations', {});
    expect(overview.counts).toEqual({ open: 2, teLaat: 1, afgerond: 1 });
    // Anonymous rounds: no respondent and no time in any row.
    const rows = await rawSql(
      core,
      sql`SELECT CAST(count(*) AS INTEGER) AS n FROM eval_response WHERE respondent IS NOT NULL OR submitted_at IS NOT NULL`,
    );
    expect(rows).toEqual([{ n: 0 }]);
  }, 90_000);
});
