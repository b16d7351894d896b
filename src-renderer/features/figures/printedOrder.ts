// The order of the figures in the printed year report (YearReportPage, through FigureGroups).
import type { FigureGroup } from './figureModels';

/**
 * The printed report's order. Most figures (a table under its chart) fill about three quarters of
 * a page and share it with nothing; two are short (the median age and the signals per region, a
 * narrow table beside the chart) and would each leave a page half empty. In print they meet on one
 * page: the age group ends with its median, and the places group (regions first) follows it.
 * Figures and numbers are the same as on screen; only their order differs.
 */
const PRINTED_GROUPS = ['signalen', 'leeftijd', 'plaatsen', 'ideologie-ernst', 'uitkomsten'];
const PRINTED_LAST_IN_GROUP = new Set(['cijfers-mediaan']);

export function printedOrder(groups: readonly FigureGroup[]): FigureGroup[] {
  const rank = (id: string) => {
    const at = PRINTED_GROUPS.indexOf(id);
    return at === -1 ? PRINTED_GROUPS.length : at;
  };
  return [...groups]
    .sort((a, b) => rank(a.id) - rank(b.id))
    .map((group) => ({
      ...group,
      figures: [...group.figures].sort(
        (a, b) => Number(PRINTED_LAST_IN_GROUP.has(a.id)) - Number(PRINTED_LAST_IN_GROUP.has(b.id)),
      ),
    }));
}
