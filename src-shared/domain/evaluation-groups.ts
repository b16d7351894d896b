// The breakdown of a round per partner organisation, with suppression: no figures are shown for a
// group of fewer than MIN_GROUP respondents. Which groups are merged into "overige organisaties" is
// decided by the disclosure module (disclosure/groups.ts); a merged group that is still too small is
// shown without figures.
import { compile, dimensionScores, shownSets, type AnalysedResponse, type Shown } from './evaluation-analysis';
import { MIN_RESPONDENTS, mergeSmallGroups, type MemberGroup } from './disclosure/groups';
import { ScaleCounter } from './evaluation-stats';
import type { Template } from './questionnaire';

export const MIN_GROUP = MIN_RESPONDENTS;
/** Respondents without a partner organisation form this group. */
export const UNKNOWN_PARTNER = 'onbekend';

export interface GroupFigures {
  /** Partner codes: one for an organisation, more for the merged group. */
  partners: string[];
  merged: boolean;
  /** Null when suppressed. */
  n: number | null;
  suppressed: boolean;
  dimensions: { code: string; score: number | null; respondents: number }[];
  /** Per scored item (likert5 question or matrix item). */
  items: { questionId: string; itemId: string | null; n: number; mean: number | null; shareEens: number | null }[];
}

interface Group {
  partners: string[];
  indexes: number[];
}

/** Which partners are shown on their own and which are merged (exported for the export's column). */
export function groupPartners(responses: readonly AnalysedResponse[]): { shown: Group[]; merged: Group | null } {
  const byPartner = new Map<string, number[]>();
  responses.forEach((r, i) => {
    const key = r.partner ?? UNKNOWN_PARTNER;
    const list = byPartner.get(key);
    if (list) list.push(i);
    else byPartner.set(key, [i]);
  });
  const { shown, merged } = mergeSmallGroups(
    [...byPartner].map(([partner, indexes]) => ({ keys: [partner], members: indexes })),
    MIN_GROUP,
  );
  const asGroup = (g: MemberGroup<number>): Group => ({ partners: g.keys, indexes: g.members });
  return { shown: shown.map(asGroup), merged: merged && asGroup(merged) };
}

function figures(
  template: Template,
  responses: readonly AnalysedResponse[],
  shown: readonly Shown[],
  group: Group,
  merged: boolean,
): GroupFigures {
  const suppressed = group.indexes.length < MIN_GROUP;
  if (suppressed) return { partners: group.partners, merged, n: null, suppressed, dimensions: [], items: [] };
  // Only the scored items: one pass over the group's responses, not a whole analysis per group.
  const { scored } = compile(template);
  const counters = scored.map(() => new ScaleCounter());
  for (const i of group.indexes) {
    const given = responses[i]!.answers;
    const visible = shown[i]!;
    scored.forEach((item, s) => {
      if (visible[item.questionIndex] !== 1) return;
      const raw = given[item.questionId];
      counters[s]!.add(item.itemId === null ? raw : (raw as Record<string, unknown> | undefined)?.[item.itemId]);
    });
  }
  return {
    partners: group.partners,
    merged,
    n: group.indexes.length,
    suppressed,
    dimensions: dimensionScores(template, responses, shown, group.indexes).map((d) => ({
      code: d.code,
      score: d.score,
      respondents: d.respondents,
    })),
    items: scored.map((item, s) => {
      const stats = counters[s]!.stats();
      return {
        questionId: item.questionId,
        itemId: item.itemId,
        n: stats.n,
        mean: stats.mean,
        shareEens: stats.shareEens,
      };
    }),
  };
}

/** Figures per partner organisation, largest group first, the merged group last. */
export function partnerBreakdown(
  template: Template,
  responses: readonly AnalysedResponse[],
  shown: readonly Shown[] = shownSets(template, responses),
): GroupFigures[] {
  const { shown: groups, merged } = groupPartners(responses);
  const out = [...groups]
    .sort((a, b) => b.indexes.length - a.indexes.length || a.partners[0]!.localeCompare(b.partners[0]!))
    .map((g) => figures(template, responses, shown, g, false));
  if (merged) out.push(figures(template, responses, shown, merged, true));
  return out;
}
