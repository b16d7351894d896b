// Year figures (cijfers): from the live data plus the anonymous records that remain after
// destruction, so that history is never lost. Counts are exact here; whatever leaves the
// workstation (exports, the printed report) goes through small-cell suppression first.
import { z } from 'zod';
import type { AgeBand } from '../domain/age';
import { channel } from './channel';
import { reasonSchema } from './audit';

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

export const statsFilter = z
  .object({
    fromYear: z.number().int().min(2000).max(2100),
    toYear: z.number().int().min(2000).max(2100),
    regionId: z.number().int().positive().nullable().default(null),
  })
  .strict()
  .refine((f) => f.fromYear <= f.toYear, { path: ['toYear'], error: 'validation.yearOrder' });

export const figureChannels = {
  'figures:dashboard': channel<Dashboard>()({ input: statsFilter, audit: 'view' }),
  'figures:export': channel<{ saved: boolean; fileName: string | null }>()({
    input: z
      .object({
        fromYear: z.number().int().min(2000).max(2100),
        toYear: z.number().int().min(2000).max(2100),
        regionId: z.number().int().positive().nullable().default(null),
        format: z.enum(['csv', 'xlsx']),
        reason: reasonSchema,
      })
      .strict(),
    audit: 'export',
  }),
};
