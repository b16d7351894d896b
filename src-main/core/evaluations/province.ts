// The disclosure-controlled form of a round, the only one the provincial coordinator reads (issue
// 18 point 7): whatever crosses houses leaves the server only in a form that passes disclosure
// control (docs/disclosure.md). What the analysis already does for everyone stays: organisations
// with fewer than MIN_GROUP respondents are merged (evaluation-groups.ts, disclosure/groups.ts),
// the response table merges the same way, a comparison skips a side with fewer than MIN_GROUP
// answers. On top of it, for the coordinator:
// - no open answers: free text can name or betray a respondent, a colleague or a casus, and across
//   houses nobody can vouch for it (the house's own report keeps them);
// - no figures at all for a round of fewer than MIN_GROUP responses (the round is a group too);
// - no recommendations with their notes (the house's working notes, with staff names), only counts;
// - of the round, no name of whoever corrected a number invited.
import type { AnalysedResponse, RoundAnalysis } from '../../../src-shared/domain/evaluation-analysis';
import { MIN_GROUP } from '../../../src-shared/domain/evaluation-groups';
import type { EvaluationReport, RoundAnalysisView, RoundSummary } from '../../../src-shared/ipc/evaluations';

/** A round summary without the names of staff (the correction of a number invited keeps its date). */
export function provinceSummary(round: RoundSummary): RoundSummary {
  return {
    ...round,
    targetGroups: round.targetGroups.map((g) =>
      g.correction ? { ...g, correction: { on: g.correction.on, by: null } } : g,
    ),
  };
}

/** The analysis without open answers; without any figure when the round is too small. */
export function provinceAnalysis(analysis: RoundAnalysis): RoundAnalysis {
  if (analysis.responses < MIN_GROUP) return { responses: analysis.responses, questions: [], dimensions: [] };
  return {
    ...analysis,
    questions: analysis.questions.map((q) => (q.type === 'open' ? { ...q, answers: [] } : q)),
  };
}

export function provinceView(view: RoundAnalysisView): RoundAnalysisView {
  const tooFew = view.analysis.responses < MIN_GROUP;
  return {
    ...view,
    province: true,
    round: provinceSummary(view.round),
    analysis: provinceAnalysis(view.analysis),
    partners: tooFew ? [] : view.partners,
  };
}

export function provinceReport(report: EvaluationReport): EvaluationReport {
  const tooFew = report.analysis.responses < MIN_GROUP;
  return {
    ...report,
    province: true,
    summary: tooFew ? { ...report.summary, strongest: [], weakest: [], trend: null } : report.summary,
    analysis: provinceAnalysis(report.analysis),
    partners: tooFew ? [] : report.partners,
    previous: tooFew || !report.previous ? null : { ...report.previous, round: provinceSummary(report.previous.round) },
    openAnswers: [],
    recommendations: [],
  };
}

/** The responses an export for the coordinator holds: none when the round is too small. */
export function provinceResponses(responses: AnalysedResponse[]): AnalysedResponse[] {
  return responses.length < MIN_GROUP ? [] : responses;
}
