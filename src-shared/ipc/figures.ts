// Year figures (cijfers): from the live data plus the anonymous records that remain after
// destruction, so that history is never lost. The dashboard's counts are exact and only about the
// caller's own ZVH regions (their house); the published figures are the same tables through
// disclosure control (src-shared/domain/disclosure), for the whole installation or one region:
// what the export writes, what the province view and the coordinator see (issue 18 point 7).
import { z } from 'zod';
import type { AgeBand } from '../domain/age';
import type { PublishedCell } from '../domain/disclosure';
import { channel } from './channel';
import { reasonSchema } from './audit';
import { recordId } from './record-id';

export interface YearFigures {
  year: number;
  signals: number;
  /** Median age at signal; estimated from the age bands when destroyed records take part. */
  ageMedian: number | null;
  ageMedianEstimated: boolean;
  ageBands: Record<AgeBand, number>;
  /** Share of signals about minors (under 18), 0..1, of those with a known age. */
  minorsShare: number | null;
  ideologie: Record<string, number>;
  ernst: Record<string, number>;
  /** Cases closed this year, by outcome. */
  outcomes: Record<string, number>;
}

export interface PlaceCount {
  id: number;
  name: string;
  count: number;
}

export interface Dashboard {
  years: YearFigures[];
  perGemeente: PlaceCount[];
  perRegion: PlaceCount[];
  /** How many signals in the period are known only from anonymous records. */
  anonymousSignals: number;
}

/**
 * A count table as published: the original rows (years as text, or municipality names) and
 * columns (codes: list codes, age bands, outcomes) and how they were merged, so that each side words
 * them in its own language (src-shared/ipc/figure-tables.ts). Merged rows and columns hold
 * several originals; the notes are i18n keys (`figures.disclosure.*`).
 */
export interface PublishedCounts {
  rows: string[];
  columns: string[];
  rowGroups: number[][];
  columnGroups: number[][];
  cells: PublishedCell[][];
  rowTotals: PublishedCell[] | null;
  columnTotals: PublishedCell[];
  grandTotal: PublishedCell | null;
  notes: string[];
}

/** Municipalities, protected per region (disclosure/places): by name, merged ones joined " / ". */
export interface PublishedPlaces {
  rows: string[];
  cells: PublishedCell[];
  total: PublishedCell;
  notes: string[];
}

/** A year's median age and share of minors, null where it may not be published. */
export interface PublishedMedian {
  year: number;
  median: number | null;
  estimated: boolean;
  minorsShare: number | null;
}

export interface PublishedFigures {
  fromYear: number;
  toYear: number;
  /** Null: the whole installation (every house: the province). */
  regionId: number | null;
  /** Signals per year by ideology, age band and severity: published together (disclosure/linked). */
  ideologie: PublishedCounts;
  age: PublishedCounts;
  ernst: PublishedCounts;
  outcomes: PublishedCounts;
  gemeenten: PublishedPlaces;
  medians: PublishedMedian[];
  /** The caller's own regions (their house): the exact dashboard is about these; empty: none. */
  houseRegionIds: number[];
}

/** A published table worded for a reader (export sheet, screen, print). */
export interface ExportTable {
  /** The worksheet name (Excel allows 31 characters). */
  sheet: string;
  title: string;
  header: string[];
  rows: (string | PublishedCell)[][];
  /** Whether the last row is the totals row. */
  totals: boolean;
  /** Footnotes under the table (what its marks mean, what was hidden or merged). */
  notes: string[];
}

export const statsFilter = z
  .object({
    fromYear: z.number().int().min(2000).max(2100),
    toYear: z.number().int().min(2000).max(2100),
    regionId: recordId.nullable().default(null),
  })
  .strict()
  .refine((f) => f.fromYear <= f.toYear, { path: ['toYear'], error: 'validation.yearOrder' });

export const figureChannels = {
  /** Exact counts of the caller's own regions; `regionId` null: all of them, else one of them. */
  'figures:dashboard': channel<Dashboard>()({ input: statsFilter, audit: 'view' }),
  /** The same figures through disclosure control; `regionId` null: the whole installation. */
  'figures:published': channel<PublishedFigures>()({ input: statsFilter, audit: 'view' }),
  'figures:export': channel<{ saved: boolean; fileName: string | null }>()({
    input: z
      .object({
        fromYear: z.number().int().min(2000).max(2100),
        toYear: z.number().int().min(2000).max(2100),
        regionId: recordId.nullable().default(null),
        format: z.enum(['csv', 'xlsx']),
        reason: reasonSchema,
      })
      .strict(),
    audit: 'export',
  }),
};
