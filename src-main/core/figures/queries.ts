// The raw SQL of the year figures (figures.ts), written once for SQLite and PostgreSQL (see
// db/sql.ts). The signals are counted from the tables the database keeps per year and region
// and closed cases per outcome (figure_age, figure_kind, figure_place, figure_outcome: migration
// 0020, triggers on signal and casus), not from signal and casus.
// Dates are stored as ISO text (yyyy-mm-dd), so a year is its first four characters on both
// engines. Counts come back as strings from PostgreSQL; the caller converts them with Number().
// A house's figures (issue 18 point 7) count only its regions: `house` is the caller's scope
// (access.ts `scopeFor`), its region half written by `inRegionsSql` on the alias `f`.
import { inRegionsSql, type AccessScope } from '../access/access';
import { sql, type Sql } from '../db/sql';

export interface FigureRange {
  fromYear: number;
  toYear: number;
  regionId: number | null;
  /** Only the rows of these regions (a house's exact figures); null: every region. */
  house?: AccessScope | null;
}

/** The region the range is limited to, on the table under `f`: one region, the house's, or none. */
const regionOf = (range: FigureRange): Sql =>
  range.regionId
    ? sql` AND f.region_id = ${range.regionId}`
    : range.house
      ? sql` AND ${inRegionsSql(range.house, 'f')}`
      : sql``;

/** The counts of the years in the range (and region): a few thousand rows at most. */
function countsIn(range: FigureRange): Sql {
  return sql`signal_year >= ${range.fromYear} AND signal_year <= ${range.toYear}${regionOf(range)}`;
}

/** Signals per year and age at signal (`year`, `age`, `n`). */
export const signalAges = (range: FigureRange): Sql =>
  sql`SELECT signal_year AS "year", leeftijd AS "age", sum(n) AS "n" FROM figure_age f
       WHERE ${countsIn(range)} GROUP BY 1, 2`;

/** Signals per year, ideology and severity (`year`, `ideologie`, `ernst`, `n`). */
export const signalKinds = (range: FigureRange): Sql =>
  sql`SELECT signal_year AS "year", ideologie AS "ideologie", ernst AS "ernst", sum(n) AS "n" FROM figure_kind f
       WHERE ${countsIn(range)} GROUP BY 1, 2, 3`;

/** Signals per municipality and region (`gemeenteId`, `regionId`, `n`). */
export const signalPlaces = (range: FigureRange): Sql =>
  sql`SELECT gemeente_id AS "gemeenteId", region_id AS "regionId", sum(n) AS "n" FROM figure_place f
       WHERE ${countsIn(range)} GROUP BY 1, 2`;

/** The anonymous records of destroyed cases whose signal fell in the range. */
export const anonymousRecords = (range: FigureRange): Sql =>
  sql`SELECT signal_month AS "month", age_band AS "band", ideologie AS "ideologie", ernst AS "ernst",
             gemeente_id AS "gemeenteId", region_id AS "regionId", outcome AS "outcome",
             closed_month AS "closedMonth", case_record AS "caseRecord"
        FROM stat_record f
       WHERE signal_month >= ${`${range.fromYear}-01`} AND signal_month < ${`${range.toYear + 1}-01`}${regionOf(range)}`;

/** Outcomes per year of closure, of live cases and of destroyed ones (`year`, `outcome`, `n`). */
export const closedOutcomes = (range: FigureRange): Sql => {
  return sql`SELECT closed_year AS "year", outcome AS "outcome", sum(n) AS "n" FROM figure_outcome f
              WHERE 1 = 1${regionOf(range)} GROUP BY 1, 2
             UNION ALL
             SELECT CAST(substr(closed_month, 1, 4) AS INTEGER) AS "year", outcome AS "outcome", count(*) AS "n" FROM stat_record f
              WHERE case_record = ${true} AND outcome IS NOT NULL${regionOf(range)} GROUP BY 1, 2`;
};
