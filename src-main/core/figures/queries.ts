// The raw SQL of the year figures (figures.ts), written once for SQLite and PostgreSQL (see
// db/sql.ts). Dates are stored as ISO text (yyyy-mm-dd), so a year is its first four characters on
// both engines. Counts come back as strings from PostgreSQL; the caller converts them with Number().
import { sql, type Sql } from '../db/sql';

export interface FigureRange {
  fromYear: number;
  toYear: number;
  regionId: number | null;
}

/** Signals received in the years of the range (and region): one scan of the covering index. */
function signalsIn(range: FigureRange): Sql {
  const region = range.regionId ? sql` AND region_id = ${range.regionId}` : sql``;
  return sql`ontvangen >= ${`${range.fromYear}-01-01`} AND ontvangen < ${`${range.toYear + 1}-01-01`}${region}`;
}

const regionOfRecord = (range: FigureRange): Sql => (range.regionId ? sql` AND region_id = ${range.regionId}` : sql``);

/** Signals per year and age at signal (`year`, `age`, `n`). */
export const signalAges = (range: FigureRange): Sql =>
  sql`SELECT substr(ontvangen, 1, 4) AS "year", leeftijd AS "age", count(*) AS "n" FROM signal
       WHERE ${signalsIn(range)} GROUP BY 1, 2`;

/** Signals per year, ideology and severity (`year`, `ideologie`, `ernst`, `n`). */
export const signalKinds = (range: FigureRange): Sql =>
  sql`SELECT substr(ontvangen, 1, 4) AS "year", ideologie AS "ideologie", ernst AS "ernst", count(*) AS "n" FROM signal
       WHERE ${signalsIn(range)} GROUP BY 1, 2, 3`;

/** Signals per municipality and region (`gemeenteId`, `regionId`, `n`). */
export const signalPlaces = (range: FigureRange): Sql =>
  sql`SELECT gemeente_id AS "gemeenteId", region_id AS "regionId", count(*) AS "n" FROM signal
       WHERE ${signalsIn(range)} GROUP BY 1, 2`;

/** The anonymous records of destroyed cases whose signal fell in the range. */
export const anonymousRecords = (range: FigureRange): Sql =>
  sql`SELECT signal_month AS "month", age_band AS "band", ideologie AS "ideologie", ernst AS "ernst",
             gemeente_id AS "gemeenteId", region_id AS "regionId", outcome AS "outcome",
             closed_month AS "closedMonth", case_record AS "caseRecord"
        FROM stat_record
       WHERE signal_month >= ${`${range.fromYear}-01`} AND signal_month < ${`${range.toYear + 1}-01`}${regionOfRecord(range)}`;

/** Outcomes per year of closure, of live cases and of destroyed ones (`year`, `outcome`, `n`). */
export const closedOutcomes = (range: FigureRange): Sql => {
  const caseRegion = range.regionId ? sql` AND c.region_id = ${range.regionId}` : sql``;
  return sql`SELECT substr(c.closed_at, 1, 4) AS "year", c.outcome AS "outcome", count(*) AS "n" FROM casus c
              WHERE c.closed_at IS NOT NULL AND c.outcome IS NOT NULL${caseRegion} GROUP BY 1, 2
             UNION ALL
             SELECT substr(closed_month, 1, 4) AS "year", outcome AS "outcome", count(*) AS "n" FROM stat_record
              WHERE case_record = ${true} AND outcome IS NOT NULL${regionOfRecord(range)} GROUP BY 1, 2`;
};
