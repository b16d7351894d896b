// Counts per municipality, published beside the counts per region: a reader who knows which
// municipality lies in which region (public knowledge) gets, for every region, the sum of its
// municipalities. So each region's municipalities are protected as one block whose total is that
// region's count (never hidden: the region table prints it); municipalities that cannot be
// protected are merged with a neighbour in the same region ("Aldervoort / Berkenstein").
import { intervals, isProtected } from './audit';
import { publishTable, type PublishedTable } from './coarsen';
import { isHiddenCell, PRIMARY, SMALL_CELL, type PublishedCell } from './marks';
import { disclosureNotes } from './notes';

export interface Place {
  name: string;
  regionId: number;
  count: number;
}

export interface PublishedPlaces {
  /** By name (never by count); merged municipalities joined with " / ". */
  rows: string[];
  cells: PublishedCell[];
  /** The blocks as published, for their notes. */
  blocks: PublishedTable[];
}

export function publishPlaces(places: readonly Place[]): PublishedPlaces {
  const regions = [...new Set(places.map((p) => p.regionId))].sort((a, b) => a - b);
  const rows: string[] = [];
  const cells: PublishedCell[] = [];
  const blocks: PublishedTable[] = [];
  for (const region of regions) {
    const inRegion = places.filter((p) => p.regionId === region).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const block = publishTable(
      {
        rows: inRegion.map((p) => p.name),
        columns: ['n'],
        counts: inRegion.map((p) => [p.count]),
        rowTotals: false,
        fixedTotals: true,
      },
      { rows: (first, last) => `${first} / ${last}`, columns: (first, last) => `${first} / ${last}` },
    );
    blocks.push(block);
    block.rows.forEach((label, r) => {
      // A merged row joins first and last: name every municipality in it.
      rows.push(block.rowGroups[r]!.length > 2 ? block.rowGroups[r]!.map((i) => inRegion[i]!.name).join(' / ') : label);
      cells.push(block.cells[r]![0]!);
    });
  }
  const order = rows.map((_, i) => i).sort((a, b) => rows[a]!.localeCompare(rows[b]!, 'nl'));
  return { rows: order.map((i) => rows[i]!), cells: order.map((i) => cells[i]!), blocks };
}

/** Municipalities with their printed total (publishPlacesWithTotal). */
export interface PlacesWithTotal {
  rows: string[];
  cells: PublishedCell[];
  total: PublishedCell;
  /** The footnotes' keys (disclosureNotes). */
  notes: string[];
}

/**
 * Municipalities, protected per region as publishPlaces does, with their total printed under them.
 * That total is the period's number of signals, which the year tables print or hide (`yearTotal`,
 * null when they print it): hidden there, it is hidden here too. Printed, it must not give a hidden
 * municipality away either (the total minus the shown ones: found on the province of three houses,
 * 8 − 7 = 1, where one region held a single small municipality): where the audit finds such a hidden
 * count, the municipalities are protected again as one table with that total fixed. Used by the
 * published figures (core) and the printed year report (renderer) alike.
 */
export function publishPlacesWithTotal(places: readonly Place[], yearTotal: PublishedCell | null): PlacesWithTotal {
  const total = places.reduce((sum, p) => sum + p.count, 0);
  const own: PublishedCell = total > 0 && total < SMALL_CELL ? PRIMARY : total;
  const printedTotal: PublishedCell = yearTotal !== null && isHiddenCell(yearTotal) ? yearTotal : own;
  const perRegion = publishPlaces(places);
  const safe = [
    ...intervals({ grid: [...perRegion.cells.map((c) => [c]), [printedTotal]], rowTotals: false }).values(),
  ].every(isProtected);
  if (safe)
    return {
      rows: perRegion.rows,
      cells: perRegion.cells,
      total: printedTotal,
      notes: [...new Set(perRegion.blocks.flatMap(disclosureNotes))],
    };
  const sorted = [...places].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const whole = publishTable(
    {
      rows: sorted.map((p) => p.name),
      columns: ['n'],
      counts: sorted.map((p) => [p.count]),
      rowTotals: false,
      fixedTotals: !isHiddenCell(printedTotal),
    },
    { rows: (first, last) => `${first} / ${last}`, columns: (first, last) => `${first} / ${last}` },
  );
  return {
    rows: whole.rows,
    cells: whole.cells.map((row) => row[0]!),
    total: isHiddenCell(printedTotal) ? printedTotal : whole.columnTotals[0]!,
    notes: disclosureNotes(whole),
  };
}
