// The rules the experts page shows, kept out of the components so they can be tested: the years
// to choose from, the topics of a municipality in order, the municipalities an expert may record
// consultations for, and municipalities grouped by ZVH region for linking them to an expert.
import { ADVIES_ONDERWERPEN, type AdviesOnderwerp } from '../../../src-shared/domain/mentoring';
import type { ExpertsByGemeente } from '../../../src-shared/ipc/experts';
import type { Gemeente, Region } from '../../../src-shared/ipc/lists';

/** This year and the five before it, newest first. */
export function yearChoices(current: number, back = 5): number[] {
  return Array.from({ length: back + 1 }, (_, i) => current - i);
}

/** Topics with their count, most frequent first; equal counts in the order of the topic list. */
export function topicsInOrder(onderwerpen: Partial<Record<AdviesOnderwerp, number>>): [AdviesOnderwerp, number][] {
  return ADVIES_ONDERWERPEN.filter((o) => (onderwerpen[o] ?? 0) > 0)
    .map((o): [AdviesOnderwerp, number] => [o, onderwerpen[o]!])
    .sort((a, b) => b[1] - a[1] || ADVIES_ONDERWERPEN.indexOf(a[0]) - ADVIES_ONDERWERPEN.indexOf(b[0]));
}

/** The municipalities the account is linked to (an expert records consultations only for those). */
export function gemeentenOf(list: ExpertsByGemeente | undefined, accountId: number | undefined) {
  return list?.experts.find((e) => e.accountId === accountId)?.gemeenten ?? [];
}

/** Municipalities per ZVH region, regions in their order, municipalities by name. */
export function gemeentenByRegion(regions: readonly Region[], gemeenten: readonly Gemeente[]) {
  return regions.map((region) => ({
    region,
    gemeenten: gemeenten.filter((g) => g.regionId === region.id).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  }));
}

/** The key an advies's dialog holds its unsaved fields under over a lock (kit/heldDraft). */
export function adviesDraftKey(adviesId: number | null): string {
  return `experts:advies:${adviesId ?? 'nieuw'}`;
}
