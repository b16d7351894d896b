// Counts per municipality, published beside the counts per region: a reader who knows which
// municipality lies in which region (public knowledge) gets, for every region, the sum of its
// municipalities. So each region's municipalities are protected as one block whose total is that
// region's count (never hidden: the region table prints it); municipalities that cannot be
// protected are merged with a neighbour in the same region ("Aldervoort / Berkenstein").
import { publishTable, type PublishedTable } from './coarsen';
import type { PublishedCell } from './marks';

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
