// Two rounds compared: per scored item (matched by question and item id, which stay the same
// across versions of a template) and per dimension (by code), the difference of the means and its
// direction. A difference smaller than SAME_THRESHOLD on the five-point scale counts as equal; a
// side with fewer than MIN_GROUP answers is not compared.
import type { RoundAnalysis } from './evaluation-analysis';
import { MIN_GROUP } from './evaluation-groups';

export const SAME_THRESHOLD = 0.1;
export type Direction = 'hoger' | 'lager' | 'gelijk' | 'onvergelijkbaar';

export interface Side {
  n: number;
  mean: number | null;
  shareEens: number | null;
}

export interface ComparedItem {
  questionId: string;
  itemId: string | null;
  tekst: string;
  dimensie: string | null;
  earlier: Side | null;
  later: Side | null;
  /** later − earlier. */
  difference: number | null;
  /** later − earlier, in shares (0..1) of eens. */
  shareDifference: number | null;
  direction: Direction;
}

export interface ComparedDimension {
  code: string;
  naam: string;
  earlier: Side | null;
  later: Side | null;
  difference: number | null;
  shareDifference: number | null;
  direction: Direction;
}

function direction(
  earlier: Side | null,
  later: Side | null,
): Pick<ComparedItem, 'difference' | 'shareDifference' | 'direction'> {
  if (
    !earlier ||
    !later ||
    earlier.n < MIN_GROUP ||
    later.n < MIN_GROUP ||
    earlier.mean === null ||
    later.mean === null
  ) {
    return { difference: null, shareDifference: null, direction: 'onvergelijkbaar' };
  }
  const difference = later.mean - earlier.mean;
  const shareDifference =
    earlier.shareEens === null || later.shareEens === null ? null : later.shareEens - earlier.shareEens;
  const dir = Math.abs(difference) < SAME_THRESHOLD ? 'gelijk' : difference > 0 ? 'hoger' : 'lager';
  return { difference, shareDifference, direction: dir };
}

function scoredSides(analysis: RoundAnalysis) {
  const out = new Map<string, { tekst: string; dimensie: string | null; side: Side }>();
  for (const q of analysis.questions) {
    if (q.type === 'likert5') {
      out.set(q.questionId, {
        tekst: q.tekst,
        dimensie: q.dimensie,
        side: { n: q.stats.n, mean: q.stats.mean, shareEens: q.stats.shareEens },
      });
    } else if (q.type === 'matrix') {
      for (const item of q.items) {
        out.set(`${q.questionId}.${item.itemId}`, {
          tekst: `${q.tekst} — ${item.tekst}`,
          dimensie: item.dimensie,
          side: { n: item.stats.n, mean: item.stats.mean, shareEens: item.stats.shareEens },
        });
      }
    }
  }
  return out;
}

/** `later` compared with `earlier`; items of the later round first, then those it dropped. */
export function compareRounds(
  earlier: RoundAnalysis,
  later: RoundAnalysis,
): { items: ComparedItem[]; dimensions: ComparedDimension[] } {
  const before = scoredSides(earlier);
  const after = scoredSides(later);
  const keys = [...after.keys(), ...[...before.keys()].filter((key) => !after.has(key))];
  const items = keys.map((key) => {
    const [questionId, itemId] = key.split('.') as [string, string | undefined];
    const a = before.get(key);
    const b = after.get(key);
    const meta = (b ?? a)!;
    return {
      questionId,
      itemId: itemId ?? null,
      tekst: meta.tekst,
      dimensie: meta.dimensie,
      earlier: a?.side ?? null,
      later: b?.side ?? null,
      ...direction(a?.side ?? null, b?.side ?? null),
    };
  });
  const dimBefore = new Map(earlier.dimensions.map((d) => [d.code, d]));
  const dimAfter = new Map(later.dimensions.map((d) => [d.code, d]));
  const codes = [...dimAfter.keys(), ...[...dimBefore.keys()].filter((code) => !dimAfter.has(code))];
  const side = (d: RoundAnalysis['dimensions'][number] | undefined): Side | null =>
    d ? { n: d.respondents, mean: d.score, shareEens: d.shareEens } : null;
  const dimensions = codes.map((code) => {
    const a = dimBefore.get(code);
    const b = dimAfter.get(code);
    return { code, naam: (b ?? a)!.naam, earlier: side(a), later: side(b), ...direction(side(a), side(b)) };
  });
  return { items, dimensions };
}
