// A round analysed (figures, partner breakdown, response rate), two rounds compared, and the data
// of the printed evaluation report: cover, summary, method and response, figures per dimension,
// comparison with the previous round, open answers and the recommendations with their status.
import type { EntityManager } from 'typeorm';
import { analyseResponses, shownSets, type AnalysedResponse } from '../../../src-shared/domain/evaluation-analysis';
import { responseRate } from '../../../src-shared/domain/evaluation-response';
import { compareRounds } from '../../../src-shared/domain/evaluation-compare';
import { MIN_GROUP, partnerBreakdown } from '../../../src-shared/domain/evaluation-groups';
import { questionsInOrder, scoredItems, type Template } from '../../../src-shared/domain/questionnaire';
import type { EvaluationReport, RoundAnalysisView, RoundComparison } from '../../../src-shared/ipc/evaluations';
import { AppError } from '../../../src-shared/ipc/errors';
import { EvalRoundEntity, EvalTemplateEntity } from '../db/entities/evaluation';
import { query } from '../db/sql';
import type { RoundReader } from './houses';
import { provinceReport, provinceView } from './province';
import { previousRound } from './queries';
import type { RecommendationService } from './recommendation-service';
import type { RoundService } from './round-service';
import { targetGroupsOf } from './round-service';

export interface LoadedRound {
  view: RoundAnalysisView;
  template: Template;
  responses: AnalysedResponse[];
}

/** Reads a round's responses and analyses them. */
export async function analyseRound(
  manager: EntityManager,
  rounds: RoundService,
  roundId: number,
): Promise<LoadedRound> {
  const row = await rounds.row(manager, roundId);
  const template = await rounds.template(manager, row);
  const responses = await rounds.analysed(manager, roundId);
  const shown = shownSets(template, responses);
  return {
    template,
    responses,
    view: {
      province: false,
      round: await rounds.summary(manager, roundId),
      analysis: analyseResponses(template, responses, shown),
      partners: partnerBreakdown(template, responses, shown),
      responseRate: responseRate(targetGroupsOf(row), responses),
    },
  };
}

/** Two rounds compared; the caller checked that the reader may read both. */
export async function compare(
  manager: EntityManager,
  rounds: RoundService,
  earlierId: number,
  laterId: number,
  province = false,
): Promise<RoundComparison> {
  const earlier = (await analyseRound(manager, rounds, earlierId)).view;
  const later = (await analyseRound(manager, rounds, laterId)).view;
  const form = (view: RoundAnalysisView) => (province ? provinceView(view) : view);
  return {
    earlier: form(earlier).round,
    later: form(later).round,
    ...compareRounds(form(earlier).analysis, form(later).analysis),
  };
}

/**
 * The latest round before this one (by start of period) with a version of the same template, of
 * the same house or for every house, that the reader may read.
 */
export async function previousRoundId(
  manager: EntityManager,
  roundId: number,
  reader: RoundReader,
): Promise<number | null> {
  const round = await manager.findOneOrFail(EvalRoundEntity, { where: { id: roundId } });
  const template = await manager.findOneOrFail(EvalTemplateEntity, { where: { id: round.templateId } });
  const found = await query<{ id: number }>(
    manager,
    previousRound(template.sleutel, roundId, round.periodFrom, round.regionId, reader),
  );
  return found[0]?.id ?? null;
}

/** The report's data; the caller checked that the reader may read the round (and `previousId`). */
export async function buildReport(
  manager: EntityManager,
  services: { rounds: RoundService; recommendations: RecommendationService },
  roundId: number,
  previous: { id: number | null; reader: RoundReader },
  today: string,
): Promise<EvaluationReport> {
  const report = await reportOf(manager, services, roundId, previous, today);
  return previous.reader.province ? provinceReport(report) : report;
}

async function reportOf(
  manager: EntityManager,
  services: { rounds: RoundService; recommendations: RecommendationService },
  roundId: number,
  { id: previousId, reader }: { id: number | null; reader: RoundReader },
  today: string,
): Promise<EvaluationReport> {
  const { rounds, recommendations } = services;
  const loaded = await analyseRound(manager, rounds, roundId);
  const { view, template } = loaded;
  const roundView = await rounds.view(manager, roundId);
  const earlierId = previousId ?? (await previousRoundId(manager, roundId, reader));
  if (earlierId === roundId)
    throw new AppError('INVALID_INPUT', undefined, { previousId: { key: 'validation.invalid' } });
  const previous = earlierId === null ? null : await compare(manager, rounds, earlierId, roundId, reader.province);
  const overview = await recommendations.overview(manager, { roundId, pile: null }, today);

  // Only dimensions with enough respondents are named in the summary.
  const scored = view.analysis.dimensions
    .filter((d) => d.score !== null && d.respondents >= MIN_GROUP)
    .map((d) => ({ code: d.code, naam: d.naam, score: d.score! }))
    .sort((a, b) => b.score - a.score);
  const half = Math.min(3, Math.floor(scored.length / 2));
  const items = scoredItems(template);
  const trend = previous
    ? {
        hoger: previous.dimensions.filter((d) => d.direction === 'hoger').length,
        lager: previous.dimensions.filter((d) => d.direction === 'lager').length,
        gelijk: previous.dimensions.filter((d) => d.direction === 'gelijk').length,
      }
    : null;
  return {
    province: false,
    cover: {
      titel: roundView.titel,
      templateTitel: template.titel,
      doelgroep: template.doelgroep,
      templateVersie: roundView.template.versie,
      periodFrom: roundView.periodFrom,
      periodTo: roundView.periodTo,
      datum: today,
      voorbeeld: template.voorbeeld,
    },
    summary: {
      responses: view.analysis.responses,
      responseRate: view.responseRate.total.rate,
      strongest: scored.slice(0, half),
      weakest: scored.slice(scored.length - half).reverse(),
      trend,
      recommendations: overview.counts,
    },
    method: {
      anonymity: roundView.anonymity,
      sources: roundView.sources,
      responseRate: view.responseRate,
      sections: template.secties.map((s) => ({ id: s.id, titel: s.titel, questions: s.vragen.length })),
      dimensions: template.dimensies.map((d) => ({
        code: d.code,
        naam: d.naam,
        omschrijving: d.omschrijving,
        items: items.filter((i) => i.dimensie === d.code).length,
      })),
      minGroup: MIN_GROUP,
    },
    analysis: view.analysis,
    partners: view.partners,
    previous: previous ? { round: previous.earlier, items: previous.items, dimensions: previous.dimensions } : null,
    openAnswers: view.analysis.questions.flatMap((q) =>
      q.type === 'open' ? [{ questionId: q.questionId, tekst: q.tekst, answers: q.answers }] : [],
    ),
    recommendations: overview.items,
  };
}

/** Questions in template order with their section, for the export's codebook. */
export function codebook(template: Template) {
  const sectionOf = new Map(template.secties.flatMap((s) => s.vragen.map((q) => [q.id, s.titel] as const)));
  return questionsInOrder(template).map(({ question }) => ({ question, section: sectionOf.get(question.id)! }));
}
