// The provincial pool of one questionnaire version (issue 18 point 7): the responses of every round
// of that version in a period, of every house, analysed together by the same analysis a round gets
// (analyseResponses, partnerBreakdown, responseRate), then put in the disclosure-controlled form
// (province.ts) whoever reads it: a pool crosses houses, so no open answers, no figures at all for
// a pool of fewer than MIN_GROUP responses.
// Which rounds: those the reader may read (houses.ts roundVisibleSql: the coordinator every house,
// an account of a house its own rounds and those for every house), and of those only rounds of at
// least MIN_GROUP responses. The pool must not tell what the rounds on their own do not, because
// the same reader opens every pooled round apart too; subtraction would undo any merging here:
// - a round under MIN_GROUP shows no figures on its own, so it is left out (named in `leftOut`):
//   pooled with rounds that are shown, it would be the pool minus them;
// - so every house's part is a sum of rounds that are shown anyway (no house is too small);
// - no breakdown per organisation, and the response table only as its total: a round merges its
//   small organisations with others, and the pool's count of one organisation minus the rounds'
//   would give them away. Per organisation the reader opens the rounds.
import type { EntityManager } from 'typeorm';
import { analyseResponses, shownSets, type AnalysedResponse } from '../../../src-shared/domain/evaluation-analysis';
import { MIN_GROUP, partnerBreakdown } from '../../../src-shared/domain/evaluation-groups';
import type { TargetGroup } from '../../../src-shared/domain/evaluation-response';
import { responseRate } from '../../../src-shared/domain/evaluation-response';
import type { ProvincePoolView } from '../../../src-shared/ipc/evaluations';
import { AppError } from '../../../src-shared/ipc/errors';
import { EvalTemplateEntity } from '../db/entities/evaluation';
import { ZvhRegionEntity } from '../db/entities/reference';
import { query } from '../db/sql';
import type { RoundReader } from './houses';
import { provinceAnalysis, provinceSummary } from './province';
import { pooledRounds } from './queries';
import { targetGroupsOf, type RoundService } from './round-service';
import { templateOf } from './template-service';

/** The house key of the rounds for every house (a region's key is its id). */
export const EVERY_HOUSE = 'alle';

/**
 * The target groups of the pooled rounds added up per organisation: the number invited is the sum,
 * unknown when it is unknown in a round that invited the organisation, or when a round has
 * responses of an organisation it did not invite (a round without target groups: nobody knows how
 * many were asked there). A correction is the house's business and not carried.
 */
export function pooledTargets(
  rounds: readonly { targets: readonly TargetGroup[]; responses: readonly AnalysedResponse[] }[],
): TargetGroup[] {
  const sum = new Map<string, number | null>();
  const add = (partner: string, invited: number | null) => {
    const before = sum.has(partner) ? sum.get(partner)! : 0;
    sum.set(partner, before === null || invited === null ? null : before + invited);
  };
  for (const { targets, responses } of rounds) {
    for (const g of targets) add(g.partner, g.invited);
    const invited = new Set(targets.map((g) => g.partner));
    for (const r of responses) if (r.partner !== null && !invited.has(r.partner)) add(r.partner, null);
  }
  return [...sum].map(([partner, invited]) => ({ partner, invited }));
}

export async function provincePool(
  manager: EntityManager,
  rounds: RoundService,
  reader: RoundReader,
  input: { templateId: number; periodFrom: string; periodTo: string },
): Promise<ProvincePoolView> {
  const row = await manager.findOne(EvalTemplateEntity, { where: { id: input.templateId } });
  if (!row) throw new AppError('NOT_FOUND');
  const template = templateOf(row);
  const found = await query<{ id: number; regionId: number | null }>(
    manager,
    pooledRounds(input.templateId, input.periodFrom, input.periodTo, reader),
  );
  const ids: number[] = [];
  const leftOut: number[] = [];
  const pooled: AnalysedResponse[] = [];
  // The same responses once more, each labelled with its house instead of its organisation.
  const byHouse: AnalysedResponse[] = [];
  const targets: { targets: TargetGroup[]; responses: AnalysedResponse[] }[] = [];
  for (const round of found) {
    const responses = await rounds.analysed(manager, Number(round.id));
    if (responses.length < MIN_GROUP) {
      leftOut.push(Number(round.id));
      continue;
    }
    ids.push(Number(round.id));
    const house = round.regionId === null ? EVERY_HOUSE : String(round.regionId);
    pooled.push(...responses);
    byHouse.push(...responses.map((r) => ({ ...r, partner: house })));
    targets.push({ targets: targetGroupsOf(await rounds.row(manager, Number(round.id))), responses });
  }
  const shown = shownSets(template, pooled);
  const tooFew = pooled.length < MIN_GROUP;
  const regions = await manager.find(ZvhRegionEntity);
  const summaries = async (which: number[]) =>
    which.length ? (await rounds.summaries(manager, null, which)).map(provinceSummary) : [];
  const rate = responseRate(pooledTargets(targets), pooled);
  return {
    province: true,
    template: { id: row.id, sleutel: row.sleutel, versie: row.versie, titel: template.titel },
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    rounds: await summaries(ids),
    leftOut: await summaries(leftOut),
    analysis: provinceAnalysis(analyseResponses(template, pooled, shown)),
    partners: [],
    houses: tooFew ? [] : partnerBreakdown(template, byHouse, shown),
    houseNames: Object.fromEntries(regions.map((r) => [String(r.id), r.name])),
    responseRate: { ...rate, rows: [], exceeded: [] },
  };
}
