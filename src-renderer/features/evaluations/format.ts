// Number forms for the evaluation figures: Dutch decimal comma in every language of the UI, like
// the Cijfers pages. Scores and means with two decimals, shares as whole-ish percentages.
import { formatNumber, formatShare, NO_FIGURE } from '../figures';

const twoDecimals = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signed = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});

/** Shown instead of a group's figures when it has fewer than MIN_GROUP respondents. */
export const SUPPRESSED = '<3';

export { formatNumber, formatShare, NO_FIGURE };

/** 3.5 -> "3,50"; null -> "–". */
export function formatScore(value: number | null): string {
  return value === null ? NO_FIGURE : twoDecimals.format(value);
}

const upToTwo = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A value on a number question's own scale: 7 -> "7", 6.5 -> "6,5". */
export function formatValue(value: number): string {
  return upToTwo.format(value);
}

/** 0.25 -> "+0,25"; null -> "–". */
export function formatDifference(value: number | null): string {
  return value === null ? NO_FIGURE : signed.format(value);
}

/** The width (0..100) of a bar for a score on the five-point scale. */
export function scoreWidth(score: number | null): number {
  if (score === null) return 0;
  return Math.max(0, Math.min(100, ((score - 1) / 4) * 100));
}
