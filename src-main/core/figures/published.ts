// The year figures through disclosure control (src-shared/domain/disclosure), as data: what the
// export writes and what the province view shows (issue 18 point 7). Every count table is
// protected here, in core, so that exact counts of another house never reach a workstation: counts
// below 5 become "<5", enough others "x" that no hidden count can be narrowed down from the
// totals, with the notes that say so. Medians of years with fewer than 5 signals are left out, and
// the share of minors where the age table does not show that year whole. Labels stay codes (years,
// list codes, age bands, outcomes): each reader words them (src-shared/ipc/figure-tables.ts).
import { AGE_BANDS } from '../../../src-shared/domain/age';
import { CASE_OUTCOMES } from '../../../src-shared/domain/casus';
import {
  disclosureNotes,
  isHiddenCell,
  publishLinked,
  publishPlacesWithTotal,
  publishTable,
  SMALL_CELL,
  type LabelledTable,
  type PublishedTable,
} from '../../../src-shared/domain/disclosure';
import type { Dashboard, PublishedCounts, PublishedFigures } from '../../../src-shared/ipc/figures';

/** The order of the list codes (the lists' own order); codes not in it follow as they come. */
export interface CodeOrder {
  ideologie: string[];
  ernst: string[];
}

function countInput(rows: string[], columns: string[], count: (row: number, code: string) => number): LabelledTable {
  return {
    rows,
    columns,
    counts: rows.map((_, r) => columns.map((code) => count(r, code))),
    // A single column needs no row totals: they would repeat it.
    rowTotals: columns.length > 1,
  };
}

function asCounts(input: LabelledTable, table: PublishedTable): PublishedCounts {
  return {
    rows: input.rows,
    columns: input.columns,
    rowGroups: table.rowGroups,
    columnGroups: table.columnGroups,
    cells: table.cells,
    rowTotals: table.rowTotals,
    columnTotals: table.columnTotals,
    grandTotal: table.grandTotal,
    notes: disclosureNotes(table),
  };
}

export function publishFigures(
  dashboard: Dashboard,
  filter: { fromYear: number; toYear: number; regionId: number | null },
  order: CodeOrder,
  regionOf: Map<number, number>,
  houseRegionIds: number[],
): PublishedFigures {
  const years = dashboard.years.map((y) => String(y.year));
  const codes = (field: 'ideologie' | 'ernst') => {
    const seen = new Set(dashboard.years.flatMap((y) => Object.keys(y[field])));
    return [...order[field].filter((code) => seen.has(code)), ...[...seen].filter((c) => !order[field].includes(c))];
  };
  const bands = [...AGE_BANDS, 'onbekend' as const];
  // Ideology, age and severity per year share their row totals (every signal has one of each):
  // published together, so that none prints a yearly total another hides.
  const inputs = [
    countInput(years, codes('ideologie'), (r, c) => dashboard.years[r]!.ideologie[c] ?? 0),
    countInput(years, bands, (r, c) => dashboard.years[r]!.ageBands[c as (typeof bands)[number]]),
    countInput(years, codes('ernst'), (r, c) => dashboard.years[r]!.ernst[c] ?? 0),
  ];
  const [ideologie, age, ernst] = publishLinked(inputs);
  const outcomes = countInput(years, [...CASE_OUTCOMES], (r, c) => dashboard.years[r]!.outcomes[c] ?? 0);

  // The share of minors with the number of known ages gives the "<18" count: only where the age
  // table shows that year's row whole (not merged, nothing hidden).
  const ageRowShown = new Set<number>();
  age!.rowGroups.forEach((group, r) => {
    if (group.length === 1 && !age!.cells[r]!.some(isHiddenCell)) ageRowShown.add(group[0]!);
  });

  const places = dashboard.perGemeente
    .filter((g) => g.count > 0)
    .map((g) => ({ name: g.name, count: g.count, regionId: regionOf.get(g.id) ?? 0 }));

  return {
    fromYear: filter.fromYear,
    toYear: filter.toYear,
    regionId: filter.regionId,
    ideologie: asCounts(inputs[0]!, ideologie!),
    age: asCounts(inputs[1]!, age!),
    ernst: asCounts(inputs[2]!, ernst!),
    outcomes: asCounts(outcomes, publishTable(outcomes)),
    gemeenten: publishPlacesWithTotal(places, age!.grandTotal),
    medians: dashboard.years.map((y, r) => ({
      year: y.year,
      median: y.signals < SMALL_CELL ? null : y.ageMedian,
      estimated: y.ageMedianEstimated,
      minorsShare: y.signals < SMALL_CELL || !ageRowShown.has(r) ? null : y.minorsShare,
    })),
    houseRegionIds,
  };
}
