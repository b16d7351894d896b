// The reference for the kept figure counts (migration 0020): the three grouped scans of `signal`
// and the one of `casus` that computeDashboard ran before 0020, as they were
// (src-main/core/figures/queries.ts until then). figure-counts.test.ts computes the dashboard with both and wants the same answer; the
// dashboard benchmark (tests/bench/dashboard.bench.ts) times both. Not for the application.
import { sql, type Sql } from '../../src-main/core/db/sql';
import type { CountQueries } from '../../src-main/core/figures/figures';
import type { FigureRange } from '../../src-main/core/figures/queries';

/** Signals received in the years of the range (and region): one scan of the covering index. */
function signalsIn(range: FigureRange): Sql {
  const region = range.regionId ? sql` AND region_id = ${range.regionId}` : sql``;
  return sql`ontvangen >= ${`${range.fromYear}-01-01`} AND ontvangen < ${`${range.toYear + 1}-01-01`}${region}`;
}

export const SCANS: CountQueries = {
  signalAges: (range) =>
    sql`SELECT substr(ontvangen, 1, 4) AS "year", leeftijd AS "age", count(*) AS "n" FROM signal
         WHERE ${signalsIn(range)} GROUP BY 1, 2`,
  signalKinds: (range) =>
    sql`SELECT substr(ontvangen, 1, 4) AS "year", ideologie AS "ideologie", ernst AS "ernst", count(*) AS "n" FROM signal
         WHERE ${signalsIn(range)} GROUP BY 1, 2, 3`,
  signalPlaces: (range) =>
    sql`SELECT gemeente_id AS "gemeenteId", region_id AS "regionId", count(*) AS "n" FROM signal
         WHERE ${signalsIn(range)} GROUP BY 1, 2`,
  closedOutcomes: (range) => {
    const caseRegion = range.regionId ? sql` AND c.region_id = ${range.regionId}` : sql``;
    const recordRegion = range.regionId ? sql` AND region_id = ${range.regionId}` : sql``;
    return sql`SELECT substr(c.closed_at, 1, 4) AS "year", c.outcome AS "outcome", count(*) AS "n" FROM casus c
                WHERE c.closed_at IS NOT NULL AND c.outcome IS NOT NULL${caseRegion} GROUP BY 1, 2
               UNION ALL
               SELECT substr(closed_month, 1, 4) AS "year", outcome AS "outcome", count(*) AS "n" FROM stat_record
                WHERE case_record = ${true} AND outcome IS NOT NULL${recordRegion} GROUP BY 1, 2`;
  },
};
