// Dutch number forms for the figures, in every language of the UI (the reports are Dutch
// government figures): 12.345, 18,5, 33,3% and the median marked ≈ when it is estimated.
import { formatNumber } from '../../../src-shared/domain/format';

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });

/** Shown where a figure does not exist (no signals, no known age) or may not be shown. */
export const NO_FIGURE = '–';

export { formatNumber };

/** 18,5 */
export function formatDecimal(value: number): string {
  return decimal.format(value);
}

/** 0.333 -> 33,3% */
export function formatShare(share: number | null): string {
  return share === null ? NO_FIGURE : percent.format(share);
}

/** 18,5 or, estimated from age bands, ≈18,5. */
export function formatMedian(median: number | null, estimated: boolean): string {
  if (median === null) return NO_FIGURE;
  return `${estimated ? '≈' : ''}${formatDecimal(median)}`;
}
