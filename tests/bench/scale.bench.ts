// Issue 20: every aim at three sizes in one run (`npm run bench -- --only scale`; sizes from
// CTER_BENCH_SCALE_PERSONS, comma-separated, default 10000,100000,300000).
//
// Per size ONE database, made as mijn-werk.bench.ts makes it (prepare(): core's own set-up of a
// SQLCipher file, then the engines bench's generate()/loadSqlite: the demo generator's persons,
// each with a casus, 1.5 signals, one casus in 50 the bench account's with an action, one in 100
// with monitoring), the beheerder (account 1) procesregisseur in all three regions. Core logs in
// on it as the app does; the background check of the file that the log-in starts is awaited first.
//
// Then, interleaved (A B C … / … C B A), SAMPLES each after WARMUP rounds (the dashboard 4 per round,
// spread among the others: `roundOrder`; how many of its calls a GC pause fell in is printed, and
// their times apart: `gcSplit`), through core's dispatch
// as the window calls them, each next to the best hand-written SQL for it where a bench has one
// (run straight on better-sqlite3, on the same file):
//  - the case list as it first opens (`search:query`, no text, default sort, page of 100) and its
//    SQL (searchSql's statements for that page, as engines.bench.ts runs them raw), and the same
//    as before migration 0029 (list-before.ts);
//  - case search: casework.bench.ts's mix of 200 queries drawn from the data, one per sample in
//    turn, and the same statements raw, and raw as before migration 0031 (scale-search.ts; per
//    kind of the mix with CTER_BENCH_SCALE_SEARCH_KINDS=1);
//  - `work:mine` (Mijn werk) and mijn-werk.bench.ts's hand-written statements (hand());
//  - the duplicate check (`persons:matches`: names drawn from the data, one in three with a typo)
//    and casework.bench.ts's hand-written candidate read (CANDIDATES_BY_HEAD: a shared key head, as
//    before issue 20's narrowing) and the narrowed read (matchCandidatesSql) raw;
//  - `figures:dashboard`, all years 2016-2026 (no hand-written SQL: it reads the kept counts).
// The database open at unlock in a loop of its own after those (a reopen empties SQLite's page
// cache, which would slow whichever call came next): the workspace's database closed (not timed)
// and opened again with the key it had (timed: openDatabase with its checks, the audit head, the
// after-open work; the key derivation is not in it, as in unlock.bench.ts) — in this process
// (`open`, the aim) and, interleaved, in a fresh process that logged in and holds none of the
// bench's generated data (`open-app`; scale-open-loop.ts).
// RSS after login: a fresh child process (scale-login.ts) that logs in on the file, RSS taken
// right after `session:login` and again after the background check and the start page (Mijn
// werk); three children per size. Node, not Electron: the window's process is not in it.
//
// CTER_BENCH_SCALE_KEEP=1 keeps each size's folder (its path printed) for scale-explain.ts.
// CTER_BENCH_SCALE_ANALYZE=1: after the run at each size, the hot statements' plans and times
// without and with statistics (ANALYZE) on two copies of the file (scale-analyze.ts).
// CTER_BENCH_SCALE_PARTS=1 adds the parts of `work:mine` to the interleaved loop (issue 20's
// "dispatch costs 2× its SQL"): Mijn werk's own four statements raw, myWork in a transaction,
// the transaction with only the audit entry (and the same committed with synchronous=NORMAL, not
// waiting for the disk), the scope read, an empty transaction.
//
// CTER_BENCH_SCALE_ONLY=search runs only the case search's figures (with
// CTER_BENCH_SCALE_SEARCH_KINDS=1 each kind too), =open only the database open; neither runs RSS
// or statistics.
// CTER_BENCH_SCALE_ONLY=dup runs only the duplicate check's figures: through dispatch; findMatches
// before the narrowing (duplicate-check-by-head.ts), after it (duplicate-check-narrowed.ts) and now
// (birth year first), each in a transaction (no router, no audit); the candidate read of migration
// 0022 and the narrowed read, raw; with candidate counts, and a check that now and after 0028 answer
// the same for every typed name. With it, the check with no birth data typed (as the form asks
// while only the name is typed): through dispatch and findMatches, and its candidates; findMatches
// and the raw read also as before its own-head rule (duplicate-check-near-both.ts), with how many
// answers that rule changed, the scores it no longer shows and whether the drawn name still shows.
// And the check before its access test moved after the scoring (duplicate-check-exists.ts: an
// EXISTS per candidate in the read) against now, for the bench account and an account of one
// region, both kinds, in the loop; their answers compared and their work counted once per size
// (duplicate-check-access.ts). And the check before migration 0034 (duplicate-check-solo-scan.ts)
// against now, both kinds, its answers compared for both accounts (duplicate-check-solo-work.ts).
// CTER_BENCH_DUP_NAMES=before: the same on the demo names of before issue 20's realistic names
// (48 first names × 40 surnames; names-before.ts rewrites them on the file after loading).
//
// Prints a table per size, then the sizes side by side and the growth from the smallest to the
// largest size per figure (p95 ÷ p95, aim ≤ 2×); each figure's record carries its size (--json).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';
import { join } from 'node:path';
import type { SearchQuery } from '../../src-main/core/search/case-search';
import { searchSql } from '../../src-main/core/search/case-search';
import { createCore, type Core } from '../../src-main/core/core';
import { scopeFor } from '../../src-main/core/access/access';
import { render, type Sql } from '../../src-main/core/db/sql';
import { keyHead, personKeys, typedTokens, type TypedToken } from '../../src-main/core/persons/names';
import { findMatches, matchCandidatesSql, yearBand } from '../../src-main/core/persons/person-service';
import { findMatchesByHead } from './duplicate-check-by-head';
import { findMatchesNarrowed } from './duplicate-check-narrowed';
import { fillKeyPairs, matchCandidatesSqlWalk, pairMeasures, pairWork, scoredFrom } from './duplicate-check-walk';
import { matchCandidatesSqlNearBoth } from './duplicate-check-near-both';
import { matchCandidatesSqlExists } from './duplicate-check-exists';
import { accessMeasures, accessWork } from './duplicate-check-access';
import { soloScanMeasures, soloWork } from './duplicate-check-solo-work';
import { useNamesBefore } from './names-before';
import { myWork, workQueries } from '../../src-main/core/work/my-work';
import { random } from '../../src-shared/domain/random';
import { percentile, roundOrder, type BenchSuite, type Figure } from './bench';
import { compareStatistics, hot, type HotStatement } from './scale-analyze';
import { CANDIDATES_BY_HEAD, QUERY_KINDS, queries } from './casework.bench';
import { opening } from './engines.bench';
import { ADMIN, ok, options } from './bench-core';
import { hand, NOW, prepare, prepared, SCOPE } from './mijn-werk.bench';
import { LIST_INDEX_BEFORE, listBefore } from './list-before';
import { searchMeasures } from './scale-search';
import { gcSummary, openLoop } from './scale-open-loop';

const SIZES = (process.env['CTER_BENCH_SCALE_PERSONS'] ?? '10000,100000,300000').split(',').map(Number);
const PARTS = process.env['CTER_BENCH_SCALE_PARTS'] === '1';
const ANALYZE = process.env['CTER_BENCH_SCALE_ANALYZE'] === '1';
const KEEP = process.env['CTER_BENCH_SCALE_KEEP'] === '1';
/** CTER_BENCH_SCALE_ONLY=dup: only the duplicate check's figures (no open, RSS or statistics). */
const ONLY_DUP = process.env['CTER_BENCH_SCALE_ONLY'] === 'dup';
/**
 * CTER_BENCH_SCALE_ONLY=search: only the case search's figures (the mix and, with
 * CTER_BENCH_SCALE_SEARCH_KINDS=1, each kind); =open: only the database open. Neither runs RSS or
 * statistics.
 */
const ONLY = process.env['CTER_BENCH_SCALE_ONLY'] ?? null;
const NAMES_BEFORE = process.env['CTER_BENCH_DUP_NAMES'] === 'before';
const SAMPLES = 50;
const WARMUP = 3;
const LOGINS = 3;
const DASHBOARD = { fromYear: 2016, toYear: 2026, regionId: null };
const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

interface Measure {
  key: string;
  label: string;
  /** Issue 20's aim at 300k (p95, ms), for the figures through dispatch. */
  aim?: number;
  /**
   * Calls timed per round (default 1): a cheap call's p95 of 50 samples is a few slow ones, so the
   * dashboard (~3 ms) takes 4 per round, 200 in all, each after a different figure (`roundOrder`).
   */
  perRound?: number;
  run: (i: number) => unknown;
}

/**
 * The GC pauses (start, duration; performance.now()'s clock) from now until `stop()`. Node makes a
 * pause's entry in a later turn of the event loop, and the loop of calls only awaits promises
 * (better-sqlite3 is synchronous), so `stop` lets the event loop turn before it takes them.
 */
function gcPauses(): { stop: () => Promise<{ start: number; duration: number }[]> } {
  const pauses: { start: number; duration: number }[] = [];
  const take = (entries: PerformanceEntry[]) =>
    entries.forEach((entry) => pauses.push({ start: entry.startTime, duration: entry.duration }));
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop: async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      take(observer.takeRecords());
      observer.disconnect();
      return pauses;
    },
  };
}

/**
 * Whether a cheap call's slow samples are the collector's: its samples split by whether a GC pause
 * began inside the call, "200 calls: 9 with one of the loop's 310 GC pauses inside (1.2–6.0 ms),
 * median / p95 4.1 / 7.9 ms; 191 without, 2.8 / 3.9 ms".
 */
function gcSplit(samples: number[], spans: [number, number][], pauses: { start: number; duration: number }[]): string {
  const hit = spans.map(([from, to]) => pauses.filter((p) => p.start >= from && p.start <= to));
  const withGc = samples.filter((_, at) => hit[at]!.length);
  const without = samples.filter((_, at) => !hit[at]!.length);
  const show = (xs: number[]) =>
    xs.length ? `${percentile(xs, 50).toFixed(1)} / ${percentile(xs, 95).toFixed(1)} ms` : '—';
  const durations = hit.flat().map((p) => p.duration);
  const range = durations.length
    ? ` (${Math.min(...durations).toFixed(1)}–${Math.max(...durations).toFixed(1)} ms)`
    : '';
  return `${samples.length} calls: ${withGc.length} with one of the loop's ${pauses.length} GC pauses inside${range}, median / p95 ${show(withGc)}; ${without.length} without, ${show(without)}`;
}

/** A name as typed with a slip: two letters of the last word swapped, or one left out. */
function typo(naam: string, rnd: () => number): string {
  const words = naam.split(' ');
  const last = words.at(-1)!;
  if (last.length < 4) return naam;
  const at = 1 + Math.floor(rnd() * (last.length - 2));
  const slipped =
    rnd() < 0.5
      ? last.slice(0, at) + last[at + 1] + last[at] + last.slice(at + 2)
      : last.slice(0, at) + last.slice(at + 1);
  return [...words.slice(0, -1), slipped].join(' ');
}

/** The RSS of a fresh process that logs in on `dataDir` (scale-login.ts), in MB. */
function loginRss(dataDir: string): { afterLogin: number; afterStart: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'scale-login.ts'), dataDir], {
    encoding: 'utf8',
    env: { ...process.env, CTER_BENCH_LOGIN: JSON.stringify({ username: ADMIN.username, password: ADMIN.password }) },
  });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`login child failed: ${child.stderr}`);
  const { afterLogin, afterStart } = JSON.parse(line) as { afterLogin: number; afterStart: number };
  return { afterLogin: afterLogin / 1024 / 1024, afterStart: afterStart / 1024 / 1024 };
}

const format = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));

export const suite: BenchSuite = {
  name: 'scale',
  async run(): Promise<Figure[]> {
    const figures: Figure[] = [];
    /** Per measure key: its label, aim and per size its samples. */
    const bySize = new Map<string, { label: string; aim?: number; unit: string; samples: Map<number, number[]> }>();
    const keep = (persons: number, key: string, label: string, unit: string, samples: number[], aim?: number) => {
      const entry = bySize.get(key) ?? { label, unit, samples: new Map(), ...(aim === undefined ? {} : { aim }) };
      entry.samples.set(persons, samples);
      bySize.set(key, entry);
      const size = `${persons / 1000}k persons`;
      figures.push({
        name: `${size}: ${label}`,
        unit,
        samples,
        target: aim === undefined ? {} : { max: aim },
        persons,
      });
    };

    for (const persons of SIZES) {
      const root = mkdtempSync(join(tmpdir(), 'cter-bench-scale-'));
      let core: Core | undefined;
      try {
        let start = process.hrtime.bigint();
        let people = await prepare(root, persons);
        console.info(`   ${persons / 1000}k persons: loaded in ${(elapsed(start) / 1000).toFixed(1)} s`);
        core = createCore(options(root));
        const c = core;
        start = process.hrtime.bigint();
        await ok(c, 'session:login', { username: ADMIN.username, password: ADMIN.password });
        const loggedIn = elapsed(start);
        await c.workspace.integrity.settled();
        console.info(
          `   login ${loggedIn.toFixed(0)} ms (key derivation included); background check done after ${(elapsed(start) / 1000).toFixed(1)} s`,
        );
        const ws = c.workspace;
        const { database } = ws.requireOpen();
        if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
        const handle = database.handle;
        if (NAMES_BEFORE) {
          people = useNamesBefore(handle, persons);
          console.info(`   ${persons / 1000}k: the names of before issue 20's realistic names`);
        }
        // The duplicate check's pairs of key heads (migration 0032), from the keys loaded raw.
        fillKeyPairs(handle);

        // The statements of a search, raw on the handle, as the service runs them: the page, and the
        // count apart unless the page carries it (a text) and has a row.
        const rawSearch = (q: SearchQuery) => {
          const { rows, count, countInRows } = searchSql(q, SCOPE);
          const [page, total] = [render(rows, 'sqlite'), render(count, 'sqlite')].map(({ text, params }) => ({
            statement: handle.prepare(text),
            params,
          }));
          return () => {
            const found = page!.statement.all(...page!.params);
            if (!countInRows || !found.length) total!.statement.all(...total!.params);
          };
        };
        const mix = queries(people).map((q) => ({ ...q, offset: 0, limit: 100 }));
        const mixRaw = mix.map(rawSearch);
        const listRaw = rawSearch(opening);
        // The list's rows as before migration 0029 (list-before.ts: its date index made again on
        // this file), with the same count, for the comparison in the same loop.
        handle.exec(LIST_INDEX_BEFORE);
        const listBeforeRows = listBefore(searchSql(opening, SCOPE).rows);
        const listCount = render(searchSql(opening, SCOPE).count, 'sqlite');
        const [beforeRows, beforeCount] = [listBeforeRows, listCount].map(({ text }) => handle.prepare(text));
        const listRawBefore = () => {
          beforeRows!.all(...listBeforeRows.params);
          beforeCount!.all(...listCount.params);
        };
        const handWork = prepared(database, hand());

        const rnd = random(20);
        // The names of the persons drawn, as registered (a typed name may carry a typo).
        const drawn: string[] = [];
        const typed = Array.from({ length: 200 }, (_, i) => {
          const p = people[Math.floor(rnd() * people.length)]!;
          drawn.push(p.naam);
          return { naam: i % 3 === 0 ? typo(p.naam, rnd) : p.naam, geboortedatum: p.geboortedatum };
        });
        const candidates = handle.prepare(CANDIDATES_BY_HEAD);
        const candidateCounts: number[] = [];
        // The read since issue 20's narrowing (persons/person-service.ts), raw on the same file: now
        // (no access test) and as before the access test moved after the scoring (an EXISTS each).
        const bandRead = (read: (tokens: TypedToken[], years: number[]) => Sql) =>
          typed.map((p) => {
            const years = yearBand(Number(p.geboortedatum.slice(0, 4)));
            const { text, params } = render(read(typedTokens(p.naam), years), 'sqlite');
            return { statement: handle.prepare(text), params };
          });
        const narrowed = bandRead((tokens, years) => matchCandidatesSql([tokens], years));
        const narrowedExists = bandRead((tokens, years) => matchCandidatesSqlExists(SCOPE, [tokens], years));
        const narrowedCounts: number[] = [];
        const matchQuery = (i: number) => {
          const p = typed[i % typed.length]!;
          return { naam: p.naam, aliases: [], geboortedatum: p.geboortedatum, geboortejaar: null };
        };
        // As the form asks while only the name is typed (usePersonMatches: no birth data).
        const noYear = (i: number) => ({
          naam: typed[i % typed.length]!.naam,
          aliases: [],
          geboortedatum: null,
          geboortejaar: null,
        });

        const measures: Measure[] = [
          {
            key: 'list',
            label: 'case list as it opens (search:query, page 1), through dispatch',
            aim: 20,
            run: () => ok(c, 'search:query', { text: '', limit: 100 }),
          },
          { key: 'list-sql', label: 'case list as it opens, its SQL raw', run: listRaw },
          {
            key: 'list-sql-before',
            label: 'case list as it opens, its SQL raw as before migration 0029',
            run: listRawBefore,
          },
          {
            key: 'search',
            label: 'case search, casework mix, through dispatch',
            aim: 20,
            run: (i) => ok(c, 'search:query', mix[i % mix.length]),
          },
          { key: 'search-sql', label: 'case search, casework mix, its SQL raw', run: (i) => mixRaw[i % mix.length]!() },
          ...searchMeasures(handle, mix, SCOPE, (q) => ok(c, 'search:query', q)),
          { key: 'work', label: 'Mijn werk (work:mine), through dispatch', aim: 50, run: () => ok(c, 'work:mine', {}) },
          { key: 'work-sql', label: "Mijn werk's rows, best hand-written SQL", run: () => handWork() },
          {
            key: 'dup',
            label: 'duplicate check (persons:matches, 1 in 3 with a typo), through dispatch',
            aim: 30,
            run: (i) => ok(c, 'persons:matches', typed[i % typed.length]),
          },
          {
            key: 'dup-sql',
            label: 'duplicate check, candidate read, hand-written SQL',
            run: (i) => {
              const p = typed[i % typed.length]!;
              const year = Number(p.geboortedatum.slice(0, 4));
              const heads = [...new Set(personKeys([p.naam]).map(keyHead))];
              candidateCounts.push(candidates.all(JSON.stringify(heads), year - 1, year, year + 1).length);
            },
          },
          {
            key: 'dup-tx-by-head',
            label: 'duplicate check, findMatches before the narrowing (by key head), in a transaction',
            run: (i) => ws.transaction((m) => findMatchesByHead(m, SCOPE, matchQuery(i))),
          },
          {
            key: 'dup-tx-narrowed',
            label: 'duplicate check, findMatches after 0028 (narrowed, whole band at once), in a transaction',
            run: (i) => ws.transaction((m) => findMatchesNarrowed(m, SCOPE, matchQuery(i))),
          },
          {
            key: 'dup-tx-now',
            label: 'duplicate check, findMatches now (birth year first), in a transaction',
            run: (i) => ws.transaction((m) => findMatches(m, SCOPE, matchQuery(i))),
          },
          {
            key: 'dup-noyear',
            label: 'duplicate check with no birth data typed (persons:matches), through dispatch',
            aim: 30,
            run: (i) => ok(c, 'persons:matches', noYear(i)),
          },
          {
            key: 'dup-tx-noyear',
            label: 'duplicate check with no birth data typed, findMatches now, in a transaction',
            run: (i) => ws.transaction((m) => findMatches(m, SCOPE, noYear(i))),
          },
          {
            key: 'dup-tx-walk',
            label: 'duplicate check, findMatches as before 0032 (key rows near either token), in a transaction',
            run: (i) => ws.transaction((m) => findMatches(m, SCOPE, matchQuery(i), scoredFrom(matchCandidatesSqlWalk))),
          },
          {
            key: 'dup-tx-noyear-before',
            label: 'duplicate check with no birth data typed, findMatches before the own-head rule, in a transaction',
            run: (i) => ws.transaction((m) => findMatches(m, SCOPE, noYear(i), scoredFrom(matchCandidatesSqlNearBoth))),
          },
          ...pairMeasures(handle, typed),
          ...accessMeasures(ws, typed),
          ...soloScanMeasures(ws, typed),
          {
            key: 'dup-sql-narrowed',
            label: 'duplicate check, candidate read now (the pairs of 0032, no access test), whole band, raw',
            run: (i) => {
              const { statement, params } = narrowed[i % narrowed.length]!;
              narrowedCounts.push(statement.all(...params).length);
            },
          },
          {
            key: 'dup-sql-exists',
            label: 'duplicate check, candidate read as before (an EXISTS on a visible casus each), whole band, raw',
            run: (i) => {
              const { statement, params } = narrowedExists[i % narrowedExists.length]!;
              statement.all(...params);
            },
          },
          {
            key: 'dashboard',
            label: 'dashboard (figures:dashboard, 2016-2026), through dispatch',
            aim: 50,
            perRound: 4,
            run: () => ok(c, 'figures:dashboard', DASHBOARD),
          },
        ];
        if (PARTS) {
          const session = ws.current();
          const entry = {
            actorId: SCOPE.accountId,
            actorName: ADMIN.username,
            action: 'work:mine',
            kind: 'view',
            objectType: 'mijn-werk',
            result: 'ok',
          } as const;
          measures.push(
            {
              key: 'work-now',
              label: "work:mine's part: its four statements raw",
              run: prepared(database, workQueries(SCOPE, NOW, 'sqlite')),
            },
            {
              key: 'work-tx',
              label: "work:mine's part: myWork in a transaction",
              run: () => ws.transaction((m) => myWork(m, SCOPE, NOW)),
            },
            {
              key: 'work-audit',
              label: "work:mine's part: a transaction with its audit entry only",
              run: () => ws.transaction((m, audit) => audit.append(m, entry)),
            },
            {
              // The same without the commit's wait for the disk: how much of the entry is that wait.
              key: 'work-audit-normal',
              label: "work:mine's part: the same audit entry, committed with synchronous=NORMAL",
              run: async () => {
                handle.pragma('synchronous=NORMAL');
                try {
                  await ws.transaction((m, audit) => audit.append(m, entry));
                } finally {
                  handle.pragma('synchronous=FULL');
                }
              },
            },
            {
              key: 'work-scope',
              label: "work:mine's part: the scope read in a transaction",
              run: () => ws.transaction((m) => scopeFor(m, session)),
            },
            {
              key: 'work-empty',
              label: "work:mine's part: an empty transaction",
              run: () => ws.transaction(async () => null),
            },
          );
        }

        console.info(
          `   ${persons / 1000}k: work:mine answers ${(JSON.stringify(await ok(c, 'work:mine', {})).length / 1024).toFixed(0)} KiB as JSON`,
        );
        if (ONLY_DUP) measures.splice(0, measures.length, ...measures.filter((m) => m.key.startsWith('dup')));
        if (ONLY === 'search')
          measures.splice(0, measures.length, ...measures.filter((m) => m.key.startsWith('search')));
        if (ONLY === 'open') measures.splice(0, measures.length);
        for (let i = 0; i < WARMUP; i++) for (const m of measures) await m.run(i);
        candidateCounts.length = 0;
        narrowedCounts.length = 0;
        const samples = measures.map(() => [] as number[]);
        const loads = [os.loadavg()[0]!];
        // When each call ran (performance.now()), to tell the calls a GC pause fell in (`gcSplit`).
        const spans = measures.map(() => [] as [number, number][]);
        const gc = gcPauses();
        for (let i = 0; i < SAMPLES; i++) {
          for (const v of roundOrder(measures, i)) {
            const from = performance.now();
            const begin = process.hrtime.bigint();
            await measures[v]!.run(WARMUP + i);
            samples[v]!.push(elapsed(begin));
            spans[v]!.push([from, performance.now()]);
          }
        }
        const pauses = await gc.stop();
        loads.push(os.loadavg()[0]!);
        measures.forEach((m, v) => {
          if ((m.perRound ?? 1) > 1) console.info(`   ${m.key}: ${gcSplit(samples[v]!, spans[v]!, pauses)}`);
        });
        if (candidateCounts.length && narrowedCounts.length) {
          console.info(
            `   duplicate check: candidates per check median ${percentile(candidateCounts, 50)} (max ${Math.max(...candidateCounts)}); narrowed median ${percentile(narrowedCounts, 50)} (max ${Math.max(...narrowedCounts)})`,
          );
        }
        if (ONLY_DUP) {
          // The birth-year-first read answers as the whole band does; how often its first read sufficed.
          let sufficed = 0;
          let gained = 0;
          const yearCounts: number[] = [];
          const noYearCounts: number[] = [];
          // No birth data typed: answers as before the own-head rule, and the best score it leaves out.
          let noYearSame = 0;
          const noYearLost: number[] = [];
          // A person of the drawn name shown with no birth data: before the rule, and of those now.
          let drawnBefore = 0;
          let drawnKept = 0;
          for (let i = 0; i < typed.length; i++) {
            const p = typed[i]!;
            const { text, params } = render(
              matchCandidatesSqlExists(SCOPE, [typedTokens(p.naam)], [Number(p.geboortedatum.slice(0, 4))]),
              'sqlite',
            );
            yearCounts.push(handle.prepare(text).all(...params).length);
            const all = render(matchCandidatesSqlExists(SCOPE, [typedTokens(p.naam)], null), 'sqlite');
            noYearCounts.push(handle.prepare(all.text).all(...all.params).length);
            // The whole band in one read, by the rule of now (two keys, not two heads), and by 0028's.
            const [now, band, heads] = await ws.transaction(async (m) => [
              await findMatches(m, SCOPE, matchQuery(i)),
              await findMatchesNarrowed(m, SCOPE, matchQuery(i), 'keys'),
              await findMatchesNarrowed(m, SCOPE, matchQuery(i)),
            ]);
            if (JSON.stringify(now) !== JSON.stringify(band)) throw new Error(`answers differ for ${typed[i]!.naam}`);
            // The pairs' read (0032) against the key rows' walk (before it), with and without birth data.
            const [walk, noYearNow, noYearBefore, noYearWalk] = await ws.transaction(async (m) => [
              await findMatches(m, SCOPE, matchQuery(i), scoredFrom(matchCandidatesSqlWalk)),
              await findMatches(m, SCOPE, noYear(i)),
              await findMatches(m, SCOPE, noYear(i), scoredFrom(matchCandidatesSqlNearBoth)),
              await findMatches(m, SCOPE, noYear(i), scoredFrom(matchCandidatesSqlWalk)),
            ]);
            if (
              JSON.stringify(now) !== JSON.stringify(walk) ||
              JSON.stringify(noYearBefore) !== JSON.stringify(noYearWalk)
            )
              throw new Error(`answers differ from before 0032 for ${typed[i]!.naam}`);
            if (JSON.stringify(noYearNow) === JSON.stringify(noYearBefore)) noYearSame++;
            if (noYearBefore.some((match) => match.naam === drawn[i])) {
              drawnBefore++;
              if (noYearNow.some((match) => match.naam === drawn[i])) drawnKept++;
            }
            const shownNow = new Set(noYearNow.map((match) => match.id));
            noYearLost.push(...noYearBefore.filter((match) => !shownNow.has(match.id)).map((match) => match.score));
            if (JSON.stringify(now) !== JSON.stringify(heads)) gained++;
            if (now.length === 10 && now.every((match) => match.score > 0.8)) sufficed++;
          }
          console.info(
            `   duplicate check: ${typed.length} answers the same (also as before 0032, with and without birth data); the birth year's read sufficed for ${sufficed}; its candidates median ${percentile(yearCounts, 50)} (max ${Math.max(...yearCounts)})`,
          );
          console.info(
            `   duplicate check: answers that 0028's two heads gave otherwise: ${gained}; with no birth data typed, candidates median ${percentile(noYearCounts, 50)} (p95 ${percentile(noYearCounts, 95)}, max ${Math.max(...noYearCounts)})`,
          );
          console.info(
            `   duplicate check, no birth data typed: answers as before the own-head rule for ${noYearSame} of ${typed.length}; persons no longer shown ${noYearLost.length}, scores ${noYearLost.length ? `${Math.min(...noYearLost)}-${Math.max(...noYearLost)}` : '-'}; the drawn name shown before ${drawnBefore}, still shown ${drawnKept}`,
          );
          pairWork(handle, typed);
          await accessWork(ws, typed);
          await soloWork(ws, handle, typed);
          loads.push(os.loadavg()[0]!);
          console.info(
            `   ${persons / 1000}k persons, load ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`,
          );
          measures.forEach((m, v) => keep(persons, m.key, m.label, 'ms', samples[v]!, m.aim));
          await core.close();
          core = undefined;
          continue;
        }

        // The database open at unlock (key derivation apart): closed untimed, opened timed, in this
        // process (the figure with the aim, as before) and, interleaved, in a fresh process that
        // logged in and holds none of the bench's generated data (scale-open-loop.ts).
        const { key: heldKey } = ws.requireOpen();
        const key = Buffer.from(heldKey);
        const path = database.path;
        const opens = ONLY === 'search' ? null : await openLoop(ws, root, ADMIN, WARMUP, SAMPLES);
        if (opens) {
          console.info(`   database open, a fresh process that logged in (open-app): ${gcSummary(opens.appGc)}`);
          console.info(`   database open, the bench's own process (open): ${gcSummary(opens.benchGc)}`);
        }
        loads.push(os.loadavg()[0]!);
        await core.close();
        core = undefined;
        if (ANALYZE && !ONLY) {
          const p = typed[0]!;
          const year = Number(p.geboortedatum.slice(0, 4));
          const statements: HotStatement[] = [
            hot('case list as it opens, rows', searchSql(opening, SCOPE).rows),
            hot('case list as it opens, count', searchSql(opening, SCOPE).count),
            ...mix
              .slice(0, 8)
              .flatMap((q, kind) => [
                hot(`search (${QUERY_KINDS[kind]}), rows`, searchSql(q, SCOPE).rows),
                hot(`search (${QUERY_KINDS[kind]}), count`, searchSql(q, SCOPE).count),
              ]),
            ...Object.entries(workQueries(SCOPE, NOW, 'sqlite')).map(([name, statement]) =>
              hot(`Mijn werk, ${name}`, statement),
            ),
            {
              name: 'duplicate check, candidates',
              text: CANDIDATES_BY_HEAD,
              params: [JSON.stringify([...new Set(personKeys([p.naam]).map(keyHead))]), year - 1, year, year + 1],
            },
          ];
          figures.push(...compareStatistics(path, key, statements, `${persons / 1000}k persons`));
        }

        const rss = ONLY ? [] : Array.from({ length: LOGINS }, () => loginRss(root));
        loads.push(os.loadavg()[0]!);
        const load = `load ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`;
        console.info(`   ${persons / 1000}k persons, ${load} (1-minute load average during the size's run)`);

        measures.forEach((m, v) => keep(persons, m.key, m.label, 'ms', samples[v]!, m.aim));
        if (opens) {
          keep(persons, 'open', 'database open at unlock (key derivation apart)', 'ms', opens.bench, 100);
          keep(
            persons,
            'open-app',
            "database open at unlock, in a fresh process that logged in (not the bench's generated data)",
            'ms',
            opens.app,
          );
        }
        keep(persons, 'login', 'login total, key derivation included (one sample)', 'ms', [loggedIn]);
        if (rss.length) {
          keep(
            persons,
            'rss',
            'RSS right after login (fresh Node process)',
            'MB',
            rss.map((r) => r.afterLogin),
            250,
          );
          keep(
            persons,
            'rss-start',
            'RSS after login, background check and start page (fresh Node process)',
            'MB',
            rss.map((r) => r.afterStart),
            250,
          );
        }
        figures.push({
          name: `${persons / 1000}k persons: machine load during the run (1-minute load average, highest)`,
          unit: '',
          samples: [Math.max(...loads)],
          target: {},
          persons,
        });
        console.info(`   ${persons / 1000}k persons (median / p95):`);
        for (const [key, entry] of bySize) {
          const own = entry.samples.get(persons);
          if (!own) continue;
          console.info(
            `     ${entry.label}: ${format(percentile(own, 50))} / ${format(percentile(own, 95))} ${entry.unit} (${key})`,
          );
        }
      } finally {
        await core?.close();
        // CTER_BENCH_SCALE_KEEP=1 leaves the size's folder for scale-explain.ts (which reuses it).
        if (KEEP) console.info(`   ${persons / 1000}k persons: the database is kept in ${root}`);
        else rmSync(root, { recursive: true, force: true });
      }
    }

    // The sizes side by side (median / p95) and the growth from the smallest to the largest.
    const [first, last] = [SIZES[0]!, SIZES.at(-1)!];
    const header = ['figure', ...SIZES.map((n) => `${n / 1000}k`), ...(SIZES.length > 1 ? ['growth (p95)'] : [])];
    const rows = [...bySize.values()].map((entry) => {
      const cells = SIZES.map((n) => {
        const s = entry.samples.get(n);
        return s ? `${format(percentile(s, 50))} / ${format(percentile(s, 95))} ${entry.unit}` : '—';
      });
      const [a, b] = [entry.samples.get(first), entry.samples.get(last)];
      const growth = a && b ? percentile(b, 95) / percentile(a, 95) : Number.NaN;
      if (SIZES.length > 1 && Number.isFinite(growth)) {
        figures.push({
          name: `growth ${first / 1000}k → ${last / 1000}k persons: ${entry.label} (p95 ÷ p95)`,
          unit: '×',
          samples: [growth],
          target: entry.aim === undefined ? {} : { max: 2 },
        });
      }
      return [entry.label, ...cells, ...(SIZES.length > 1 ? [`${growth.toFixed(2)}×`] : [])];
    });
    const widths = header.map((_, col) => Math.max(...[header, ...rows].map((row) => row[col]!.length)));
    for (const row of [header, ...rows])
      console.info(`   | ${row.map((cell, col) => cell.padEnd(widths[col]!)).join(' | ')} |`);
    return figures;
  },
};
