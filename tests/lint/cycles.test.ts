// No import cycles, at two scales:
// - modules: files of src-main, src-shared and src-renderer that import each other, however
//   indirectly (what madge reports);
// - features: feature folders that use each other (src-main/core/<feature> apart from core's shared
//   layers, src-renderer/features/<feature>), counted without the tests beside the code.
// Type-only imports (`import type`) count: they couple the files all the same. They show as
// `-(type)->` in the cycles printed, and a knot that only closes through them as "only through types".
// The KNOWN lists hold the cycles that existed when this test came in and are being untangled; the
// test fails on any cycle not listed, and on a listed one that is gone, so the lists only shrink.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { violation } from '../../eslint/boundaries.mjs';
import { boundaryOptions } from './boundary-options';
import { importGraph, knots, shortestCycleThrough, type Edge } from './import-graph';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const KNOWN_MODULE_CYCLES: string[][] = [];

const KNOWN_FEATURE_CYCLES: string[][] = [];

let modules: Edge[];
let features: Edge[];

beforeAll(async () => {
  const started = performance.now();
  modules = importGraph(ROOT, ['src-main', 'src-shared', 'src-renderer']).edges;
  const { layers } = await boundaryOptions(new ESLint({ cwd: ROOT }), 'src-main/core/cases/case-service.ts');
  // Core's shared layers are what a feature may import without a seam; they are no feature.
  const sharedCore = (file: string) =>
    violation(layers, 'src-main/core/_any_feature/x', withoutExtension(file)) === null;
  const featureOf = (file: string) =>
    sharedCore(file) ? null : (/^src-main\/core\/[^/]+(?=\/)|^src-renderer\/features\/[^/]+/.exec(file)?.[0] ?? null);
  features = modules
    .filter((edge) => !/\.test\.tsx?$/.test(edge.from))
    .map((edge) => ({ from: featureOf(edge.from), to: featureOf(edge.to), typeOnly: edge.typeOnly }))
    .filter((edge): edge is Edge => edge.from !== null && edge.to !== null && edge.from !== edge.to);
  console.info(`import graph: ${modules.length} imports, read in ${Math.round(performance.now() - started)} ms`);
});

const withoutExtension = (file: string) => file.replace(/\.(ts|tsx|mts)$/, '');

/** The knots in `edges`, each with one cycle through it and whether it only closes through types. */
function describeKnots(edges: Edge[]) {
  const runtime = knots(edges.filter((edge) => !edge.typeOnly));
  return knots(edges).map((members) => {
    const cycle = shortestCycleThrough(members[0]!, edges, new Set(members));
    const arrow = (from: string, to: string) =>
      edges.some((e) => e.from === from && e.to === to && !e.typeOnly) ? ' -> ' : ' -(type)-> ';
    const path = cycle.map((file, i) => `${file}${arrow(file, cycle[(i + 1) % cycle.length]!)}`).join('');
    const typesOnly = !runtime.some((knot) => knot.every((member) => members.includes(member)));
    return { members, text: `${path}${cycle[0]}${typesOnly ? ' (only through types)' : ''}` };
  });
}

function compare(found: ReturnType<typeof describeKnots>, known: string[][]) {
  const key = (members: string[]) => [...members].sort().join(' + ');
  const knownKeys = new Set(known.map(key));
  const foundKeys = new Set(found.map((knot) => key(knot.members)));
  return {
    new: found.filter((knot) => !knownKeys.has(key(knot.members))).map((knot) => knot.text),
    gone: known.filter((members) => !foundKeys.has(key(members))).map(key),
  };
}

describe('import cycles', () => {
  it('between modules: none but the known ones, and every known one still there', () => {
    const found = describeKnots(modules);
    for (const knot of found) console.info(`module cycle: ${knot.text}`);
    expect(compare(found, KNOWN_MODULE_CYCLES)).toEqual({ new: [], gone: [] });
  });

  it('between features: none but the known ones, and every known one still there', () => {
    const found = describeKnots(features);
    for (const knot of found) console.info(`feature cycle: ${knot.text}`);
    expect(compare(found, KNOWN_FEATURE_CYCLES)).toEqual({ new: [], gone: [] });
  });
});

describe('the cycle finder', () => {
  const edge = (from: string, to: string, typeOnly = false): Edge => ({ from, to, typeOnly });

  it('finds a knot and its shortest cycle, and tells a types-only one', () => {
    const edges = [edge('a', 'b'), edge('b', 'c'), edge('c', 'a', true), edge('b', 'a'), edge('c', 'd')];
    expect(knots(edges)).toEqual([['a', 'b', 'c']]);
    expect(describeKnots(edges).map((knot) => knot.text)).toEqual(['a -> b -> a']);
    expect(describeKnots([edge('a', 'b'), edge('b', 'a', true)]).map((knot) => knot.text)).toEqual([
      'a -> b -(type)-> a (only through types)',
    ]);
  });

  it('finds a file importing itself, and nothing in a tree', () => {
    expect(knots([edge('a', 'a')])).toEqual([['a']]);
    expect(knots([edge('a', 'b'), edge('a', 'c'), edge('b', 'c')])).toEqual([]);
  });

  it('reports new and vanished cycles against the known list', () => {
    const found = describeKnots([edge('a', 'b'), edge('b', 'a')]);
    expect(compare(found, [['b', 'a']])).toEqual({ new: [], gone: [] });
    expect(compare(found, [['x', 'y']])).toEqual({ new: ['a -> b -> a'], gone: ['x + y'] });
  });
});
