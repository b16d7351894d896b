// The year figures: signals per year, age at signal (median, bands, share of minors), ideology,
// severity, outcomes, and counts per municipality and region. Built from the live signals plus the
// anonymous records of destroyed cases. Live signals give exact ages; destroyed ones only a band,
// so a year that includes them gets a median estimated from the grouped distribution (and says so).
import type { EntityManager } from 'typeorm';
import { AGE_BANDS, ageBand, type AgeBand } from '../../../src-shared/domain/age';
import type { Dashboard, PlaceCount, YearFigures } from '../../../src-shared/ipc/figures';
import type { AccessScope } from '../access/access';
import { asSystem } from '../access/row-security';
import { sql, type Sql } from '../db/sql';
import { readTogether, type Read } from '../db/kept';
import * as q from './queries';

export interface FigureFilter {
  fromYear: number;
  toYear: number;
  regionId: number | null;
  /**
   * A house's figures: only these regions' signals, cases, municipalities and regions (the
   * caller's scope, access.ts `scopeFor`); absent or null: the whole installation.
   */
  house?: AccessScope | null;
}

/** Bounds of each band for the grouped median (the last band is open; 30-60 is assumed). */
const BAND_BOUNDS: Record<(typeof AGE_BANDS)[number], [number, number]> = {
  '<18': [12, 18],
  '18-22': [18, 23],
  '23-29': [23, 30],
  '30+': [30, 60],
};

/** The median of the exact ages, given as how many signals had each age. */
function exactMedian(ages: Map<number, number>): number | null {
  const total = [...ages.values()].reduce((sum, n) => sum + n, 0);
  if (!total) return null;
  // The ages at (0-based) positions mid - 1 and mid of the sorted list, without making the list.
  const mid = Math.floor(total / 2);
  let seen = 0;
  let before: number | null = null;
  for (const [age, n] of [...ages].sort(([a], [b]) => a - b)) {
    if (before === null && seen + n > mid - 1) before = age;
    seen += n;
    if (seen > mid) return total % 2 ? age : (before! + age) / 2;
  }
  return null;
}

/** The median of a grouped distribution, interpolated within the band that holds it. */
function groupedMedian(bands: Record<AgeBand, number>): number | null {
  const total = AGE_BANDS.reduce((sum, band) => sum + bands[band], 0);
  if (!total) return null;
  let below = 0;
  for (const band of AGE_BANDS) {
    const count = bands[band];
    if (below + count >= total / 2 && count > 0) {
      const [low, high] = BAND_BOUNDS[band];
      return Math.round((low + ((total / 2 - below) / count) * (high - low)) * 10) / 10;
    }
    below += count;
  }
  return null;
}

interface YearAcc {
  signals: number;
  /** How many signals had each exact age. */
  ages: Map<number, number>;
  anonymousBands: Record<AgeBand, number>;
  bands: Record<AgeBand, number>;
  ideologie: Record<string, number>;
  ernst: Record<string, number>;
  outcomes: Record<string, number>;
  anonymous: number;
}

const emptyBands = (): Record<AgeBand, number> => ({ '<18': 0, '18-22': 0, '23-29': 0, '30+': 0, onbekend: 0 });
const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by;
};

/** The queries that count signals and closed cases (each answers as its namesake in queries.ts). */
export interface CountQueries {
  signalAges: (range: q.FigureRange) => Sql;
  signalKinds: (range: q.FigureRange) => Sql;
  signalPlaces: (range: q.FigureRange) => Sql;
  closedOutcomes: (range: q.FigureRange) => Sql;
}

/** The kept counts of migration 0020 (queries.ts): tables outside row security. */
export const KEPT_COUNTS: CountQueries = {
  signalAges: q.signalAges,
  signalKinds: q.signalKinds,
  signalPlaces: q.signalPlaces,
  closedOutcomes: q.closedOutcomes,
};

/**
 * The figures of the whole ZVH (anonymous counts): every signal and casus, seen or not. `counts`
 * is what signals and closed cases are counted with: the kept counts of migration 0020
 * (queries.ts); the test that compares them with the scans of `signal` and `casus` they replaced,
 * and the benchmark, pass those. The kept counts, the anonymous records and the places are outside
 * row security (access/row-security.ts, COVERED_TABLES), so they read the same for every
 * transaction's scope; other counts (the scans of `signal` and `casus`) run as the system path.
 */
export async function computeDashboard(
  manager: EntityManager,
  filter: FigureFilter,
  counts: CountQueries = KEPT_COUNTS,
): Promise<Dashboard> {
  if (counts === KEPT_COUNTS) return dashboardOfZvh(manager, filter, counts);
  return asSystem(manager, 'figures', () => dashboardOfZvh(manager, filter, counts));
}

/** The rows of each read (a type, not an interface: readTogether wants its keys indexable). Counts
 * come back as text from PostgreSQL; Number() converts them. */
type Rows = {
  ages: { year: string; age: number | null; n: number }[];
  kinds: { year: string; ideologie: string; ernst: string; n: number }[];
  placeCounts: { gemeenteId: number | null; regionId: number | null; n: number }[];
  anonymous: {
    month: string;
    band: AgeBand;
    ideologie: string;
    ernst: string;
    gemeenteId: number | null;
    regionId: number | null;
  }[];
  closed: { year: string; outcome: string; n: number }[];
  gemeenten: { id: number; name: string; regionId: number | null }[];
  regions: { id: number; name: string }[];
};

/** The dashboard's reads (exported for tests/bench/engines-prepared.ts). */
export function dashboardReads(filter: FigureFilter, counts: CountQueries = KEPT_COUNTS): { [K in keyof Rows]: Read } {
  return {
    ages: { rows: counts.signalAges(filter) },
    kinds: { rows: counts.signalKinds(filter) },
    placeCounts: { rows: counts.signalPlaces(filter) },
    anonymous: { rows: q.anonymousRecords(filter) },
    closed: { rows: counts.closedOutcomes(filter) },
    gemeenten: { rows: sql`SELECT id AS "id", name AS "name", region_id AS "regionId" FROM gemeente` },
    regions: { rows: sql`SELECT id AS "id", name AS "name" FROM zvh_region` },
  };
}

async function dashboardOfZvh(manager: EntityManager, filter: FigureFilter, counts: CountQueries): Promise<Dashboard> {
  const years = new Map<number, YearAcc>();
  const acc = (year: number) => {
    let found = years.get(year);
    if (!found) {
      found = {
        signals: 0,
        ages: new Map(),
        anonymousBands: emptyBands(),
        bands: emptyBands(),
        ideologie: {},
        ernst: {},
        outcomes: {},
        anonymous: 0,
      };
      years.set(year, found);
    }
    return found;
  };
  const inRange = (year: number) => year >= filter.fromYear && year <= filter.toYear;
  const perGemeente = new Map<number, number>();
  const perRegion = new Map<number, number>();

  // The counts per year and region the database keeps (migration 0020): a few thousand rows, not
  // every signal. The age, municipality and region are kept on each signal (db/signal-facts.ts).
  // All reads in one round trip on PostgreSQL (readTogether).
  const { ages, kinds, placeCounts, anonymous, closed, gemeenten, regions } = await readTogether<Rows>(
    manager,
    dashboardReads(filter, counts),
  );
  for (const row of ages) {
    const year = acc(Number(row.year));
    const n = Number(row.n);
    year.signals += n;
    if (row.age !== null) year.ages.set(Number(row.age), (year.ages.get(Number(row.age)) ?? 0) + n);
    bump(year.bands, ageBand(row.age === null ? null : Number(row.age)), n);
  }
  for (const row of kinds) {
    const year = acc(Number(row.year));
    bump(year.ideologie, row.ideologie, Number(row.n));
    bump(year.ernst, row.ernst, Number(row.n));
  }
  for (const row of placeCounts) {
    if (row.gemeenteId) perGemeente.set(row.gemeenteId, (perGemeente.get(row.gemeenteId) ?? 0) + Number(row.n));
    if (row.regionId) perRegion.set(row.regionId, (perRegion.get(row.regionId) ?? 0) + Number(row.n));
  }

  for (const row of anonymous) {
    const year = acc(Number(row.month.slice(0, 4)));
    year.signals++;
    year.anonymous++;
    bump(year.bands, row.band);
    bump(year.anonymousBands, row.band);
    bump(year.ideologie, row.ideologie);
    bump(year.ernst, row.ernst);
    if (row.gemeenteId) perGemeente.set(row.gemeenteId, (perGemeente.get(row.gemeenteId) ?? 0) + 1);
    if (row.regionId) perRegion.set(row.regionId, (perRegion.get(row.regionId) ?? 0) + 1);
  }

  // Outcomes count cases by the year they were closed.
  for (const row of closed) {
    const year = Number(row.year);
    if (inRange(year)) bump(acc(year).outcomes, row.outcome, Number(row.n));
  }

  const figures: YearFigures[] = [];
  for (let year = filter.fromYear; year <= filter.toYear; year++) {
    const y = years.get(year) ?? acc(year);
    const estimated = y.anonymous > 0;
    const known = AGE_BANDS.reduce((sum, band) => sum + y.bands[band], 0);
    figures.push({
      year,
      signals: y.signals,
      ageMedian: estimated ? groupedMedian(y.bands) : exactMedian(y.ages),
      ageMedianEstimated: estimated,
      ageBands: y.bands,
      minorsShare: known ? Math.round((y.bands['<18'] / known) * 1000) / 1000 : null,
      ideologie: y.ideologie,
      ernst: y.ernst,
      outcomes: y.outcomes,
    });
  }

  // A house lists its own municipalities and regions only.
  const house = filter.house ? new Set(filter.house.regionIds) : null;
  const inHouse = (regionId: number | null) => !house || (regionId !== null && house.has(Number(regionId)));
  const places = (rows: { id: number; name: string }[], counts: Map<number, number>): PlaceCount[] =>
    rows
      .map((row) => ({ id: row.id, name: row.name, count: counts.get(row.id) ?? 0 }))
      .filter((row) => !filter.regionId || row.count > 0)
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'nl'));
  return {
    years: figures,
    perGemeente: places(
      gemeenten.filter((g) => inHouse(g.regionId)),
      perGemeente,
    ),
    perRegion: places(
      regions.filter((r) => inHouse(r.id)),
      perRegion,
    ),
    anonymousSignals: anonymous.length,
  };
}
