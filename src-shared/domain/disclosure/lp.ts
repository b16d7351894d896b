// A small linear-programming solver for the disclosure audit: minimise a linear objective over
// variables with lower (and optional upper) bounds and linear equalities. Dense two-phase simplex
// (Dantzig's rule, then Bland's against cycling). The audit's problems are tiny (a table's hidden cells, a few
// dozen variables) and their equalities are the sums of a two-way table, a totally unimodular
// system, so every optimum is an integer and rounding at the end is exact.

export interface LinearProgram {
  /** Number of variables. */
  size: number;
  lower: number[];
  /** Upper bounds; Infinity for none. */
  upper: number[];
  /** Each equality: sum of coef[j] * x[j] over the listed variables = rhs. */
  equalities: { vars: number[]; coefs: number[]; rhs: number }[];
}

export type LpResult = { status: 'optimal'; value: number } | { status: 'infeasible' } | { status: 'unbounded' };

const EPS = 1e-9;

interface Tableau {
  t: Float64Array[];
  basis: number[];
  width: number;
  /** Columns from here on are artificial and may not re-enter. */
  artBase: number;
}

function pivot(tab: Tableau, r: number, c: number, extra?: Float64Array) {
  const { t, width } = tab;
  const row = t[r]!;
  const p = row[c]!;
  for (let j = 0; j < width; j++) row[j]! /= p;
  const eliminate = (other: Float64Array) => {
    const f = other[c]!;
    if (Math.abs(f) < EPS) return;
    for (let j = 0; j < width; j++) other[j]! -= f * row[j]!;
  };
  t.forEach((other, i) => i !== r && eliminate(other));
  if (extra) eliminate(extra);
  tab.basis[r] = c;
}

/**
 * Simplex with Bland's rule on `tab` for the cost vector `cost` (columns below `limit` may
 * enter); false when unbounded. Keeps a row of reduced costs up to date through the pivots.
 */
function run(tab: Tableau, cost: Float64Array, limit: number): boolean {
  const { t, basis, width } = tab;
  const rhsCol = width - 1;
  const reduced = Float64Array.from(cost);
  t.forEach((row, i) => {
    const cb = cost[basis[i]!]!;
    if (cb !== 0) for (let j = 0; j < width; j++) reduced[j]! -= cb * row[j]!;
  });
  for (let step = 0; ; step++) {
    // Dantzig's rule (most negative reduced cost) is fast; after many steps, Bland's rule (first
    // negative) guarantees no cycling on the degenerate vertices these tables are full of.
    const bland = step > 50;
    let entering = -1;
    let most = -EPS;
    for (let j = 0; j < limit; j++) {
      if (reduced[j]! < most) {
        entering = j;
        if (bland) break;
        most = reduced[j]!;
      }
    }
    if (entering < 0) return true;
    let leave = -1;
    let best = Infinity;
    for (let i = 0; i < t.length; i++) {
      const a = t[i]![entering]!;
      if (a <= EPS) continue;
      const ratio = t[i]![rhsCol]! / a;
      if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[leave]!)) {
        best = ratio;
        leave = i;
      }
    }
    if (leave < 0) return false;
    pivot(tab, leave, entering, reduced);
  }
}

/** Phase 1: a feasible basis for the program, or null when nothing fits. */
function feasible(program: LinearProgram): Tableau | null {
  const n = program.size;
  // Shift x = lower + y, y >= 0. Upper bounds become rows y_j + s_j = upper - lower.
  const rows: { coefs: Map<number, number>; rhs: number; slack: boolean }[] = [];
  for (const eq of program.equalities) {
    const coefs = new Map<number, number>();
    let rhs = eq.rhs;
    eq.vars.forEach((v, i) => {
      const a = eq.coefs[i]!;
      coefs.set(v, (coefs.get(v) ?? 0) + a);
      rhs -= a * program.lower[v]!;
    });
    rows.push({ coefs, rhs, slack: false });
  }
  const bounded = [...Array(n).keys()].filter((j) => Number.isFinite(program.upper[j]!));
  for (const j of bounded) {
    const room = program.upper[j]! - program.lower[j]!;
    if (room < -EPS) return null;
    rows.push({ coefs: new Map([[j, 1]]), rhs: room, slack: true });
  }
  // Columns: n structural, then one slack per bounded variable, then one artificial per equality.
  const slackBase = n;
  const artBase = n + bounded.length;
  const equalityCount = program.equalities.length;
  const width = artBase + equalityCount + 1; // last column: right-hand side
  const rhsCol = width - 1;
  const tab: Tableau = { t: [], basis: [], width, artBase };
  rows.forEach((row, i) => {
    const line = new Float64Array(width);
    const sign = row.rhs < 0 ? -1 : 1;
    for (const [j, a] of row.coefs) line[j] = sign * a;
    line[rhsCol] = sign * row.rhs;
    if (row.slack) {
      const k = i - equalityCount;
      line[slackBase + k] = 1; // rhs >= 0 here, sign is 1
      tab.basis.push(slackBase + k);
    } else {
      line[artBase + i] = 1;
      tab.basis.push(artBase + i);
    }
    tab.t.push(line);
  });
  const phase1 = new Float64Array(width);
  for (let k = 0; k < equalityCount; k++) phase1[artBase + k] = 1;
  run(tab, phase1, rhsCol);
  let infeasibility = 0;
  tab.t.forEach((row, i) => {
    if (tab.basis[i]! >= artBase) infeasibility += row[rhsCol]!;
  });
  if (infeasibility > 1e-7) return null;
  // Drive artificials (at zero) out of the basis; a row where that is impossible is redundant.
  const inBasis = new Set(tab.basis);
  for (let i = tab.t.length - 1; i >= 0; i--) {
    if (tab.basis[i]! < artBase) continue;
    const row = tab.t[i]!;
    let j = 0;
    while (j < artBase && (Math.abs(row[j]!) <= EPS || inBasis.has(j))) j++;
    if (j < artBase) {
      inBasis.delete(tab.basis[i]!);
      pivot(tab, i, j);
      inBasis.add(j);
    } else {
      tab.t.splice(i, 1);
      tab.basis.splice(i, 1);
    }
  }
  return tab;
}

/** Phase 2 from a feasible basis (left untouched): the minimum of the objective. */
function optimise(start: Tableau, program: LinearProgram, objective: Map<number, number>): LpResult {
  const tab: Tableau = { ...start, t: start.t.map((row) => Float64Array.from(row)), basis: [...start.basis] };
  const cost = new Float64Array(tab.width);
  let constant = 0;
  for (const [j, c] of objective) {
    cost[j] = c;
    constant += c * program.lower[j]!;
  }
  if (!run(tab, cost, tab.artBase)) return { status: 'unbounded' };
  let value = constant;
  tab.t.forEach((row, i) => {
    value += cost[tab.basis[i]!]! * row[tab.width - 1]!;
  });
  return { status: 'optimal', value };
}

/** Minimises sum(objective[j] * x[j]) for the program (`objective`: variable -> coefficient). */
export function minimise(program: LinearProgram, objective: Map<number, number>): LpResult {
  const tab = feasible(program);
  return tab ? optimise(tab, program, objective) : { status: 'infeasible' };
}

export interface Interval {
  min: number;
  max: number;
}

/**
 * The least and greatest value of each listed variable (Infinity when unbounded above); null
 * when the program has no solution. Phase 1 runs once for all of them.
 */
export function ranges(program: LinearProgram, variables: number[]): (Interval | null)[] {
  return variables.map(ranger(program));
}

/** A function giving the range of one variable at a time; phase 1 runs once, on the first call. */
export function ranger(program: LinearProgram): (j: number) => Interval | null {
  let tab: Tableau | null | undefined;
  return (j) => {
    if (tab === undefined) tab = feasible(program);
    if (!tab) return null;
    const low = optimise(tab, program, new Map([[j, 1]]));
    const high = optimise(tab, program, new Map([[j, -1]]));
    return {
      min: low.status === 'optimal' ? Math.round(low.value) : -Infinity,
      max: high.status === 'optimal' ? Math.round(-high.value) : Infinity,
    };
  };
}

/** The least and greatest value variable `j` can take; Infinity when unbounded above. */
export function range(program: LinearProgram, j: number): Interval | null {
  return ranges(program, [j])[0]!;
}
