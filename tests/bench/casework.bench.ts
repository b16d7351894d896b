// On 100,000 persons and 150,000 signals (loaded once):
// - issue 4: search through the service layer (router, access scope, audit entry, FTS query) next
//   to the same SQL run raw on the same file, and on an unencrypted copy (the cost of SQLCipher);
// - issue 5: the dashboard's queries for all years, the XLSX export of the year figures, and the
//   destruction of 1,000 expired cases in one go;
// - issue 20 item 2: the case list's page 1 and page 50 (OFFSET and keyset), the duplicate check
//   (its scoring before and after the change of December 2026, interleaved, on the same file).
// CTER_BENCH_CASEWORK_PARTS=issue20 measures only the search mix through the service, the case list
// and the duplicate check (no raw or unencrypted runs, no figures, no destruction): a shorter run.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Driver from 'better-sqlite3-multiple-ciphers';
import { createCore } from '../../src-main/core/core';
import { insertAccount } from '../../src-main/core/accounts/account-service';
import { applyCipher } from '../../src-main/core/db/database';
import { generateDemoPersons } from '../../src-main/core/demo/dataset';
import { random } from '../../src-shared/domain/random';
import { memoryLogger } from '../../src-main/core/logger';
import { keyHead, personKeyRows, personKeys, sortKey } from '../../src-main/core/persons/names';
import { findMatches } from '../../src-main/core/persons/person-service';
import { COUNT_LIMIT, searchSql, sqliteCaseSearch, type SearchQuery } from '../../src-main/core/search/case-search';
import { searchSqlBefore } from './search-before';
import { destroyCases, dueCases } from '../../src-main/core/retention/retention-service';
import { SIGNAL_FACTS } from '../../src-main/core/db/signal-facts';
import { render } from '../../src-main/core/db/sql';
import { exportTables, tablesToXlsx } from '../../src-main/core/figures/export';
import { computeDashboard } from '../../src-main/core/figures/figures';
import { percentile, type BenchSuite, type Figure } from './bench';
import { findMatchesBefore } from './duplicate-check-before';
import { fillKeyPairs } from './duplicate-check-walk';

// CTER_BENCH_PERSONS for a quicker run (the figures in docs/benchmarks.md say which size).
const PERSONS = Number(process.env['CTER_BENCH_PERSONS'] ?? 100_000);
const ISSUE20_ONLY = process.env['CTER_BENCH_CASEWORK_PARTS'] === 'issue20';
const PASSWORD = 'meting van de zoekfunctie 2026';

/** Raw bulk load (one transaction): persons, name keys, cases, 150,000 signals, search rows. */
async function load(handle: Driver.Database, index: (caseIds: number[]) => Promise<void>) {
  const people = generateDemoPersons(PERSONS, 34, 4242);
  const now = new Date().toISOString();
  const person = handle.prepare(
    `INSERT INTO person (naam, sort_key, aliases, geboortedatum, geboortejaar, geslacht, gemeente_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const key = handle.prepare(
    'INSERT OR IGNORE INTO person_name_key (person_id, key, head, birth_year, solo) VALUES (?, ?, ?, ?, ?)',
  );
  const casus = handle.prepare(
    `INSERT INTO casus (number, person_id, region_id, state, partners, afgeschermd, opened_at, last_signal_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, '[]', ?, ?, ?, ?, ?)`,
  );
  const signal = handle.prepare(
    `INSERT INTO signal (casus_id, person_id, melder_partner, ontvangen, omschrijving, ideologie, ernst, bron, status, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'gewogen', ?)`,
  );
  const states = [
    'aangemeld',
    'in_weging',
    'casusoverleg',
    'plan_van_aanpak',
    'monitoring',
    'afgeschaald',
    'afgesloten',
  ];
  const rnd = random(99);
  const caseIds: number[] = [];
  handle.transaction(() => {
    people.forEach((p, i) => {
      const first = p.signals[0]!;
      const gemeente = p.gemeenteIndex + 1;
      const region = gemeente <= 11 ? 1 : gemeente <= 23 ? 2 : 3;
      const personId = Number(
        person.run(
          p.naam,
          sortKey(p.naam),
          JSON.stringify(p.aliases),
          p.geboortedatum,
          Number(p.geboortedatum.slice(0, 4)),
          p.geslacht,
          gemeente,
          now,
          now,
        ).lastInsertRowid,
      );
      for (const { key: k, solo } of personKeyRows([p.naam, ...p.aliases]))
        key.run(personId, k, keyHead(k), Number(p.geboortedatum.slice(0, 4)), solo ? 1 : 0);
      const number = `CTER-${first.ontvangen.slice(0, 4)}-${String(i + 1).padStart(6, '0')}`;
      const caseId = Number(
        casus.run(
          number,
          personId,
          region,
          states[Math.floor(rnd() * states.length)],
          rnd() < 0.03 ? 1 : 0,
          first.ontvangen,
          first.ontvangen,
          now,
          now,
        ).lastInsertRowid,
      );
      caseIds.push(caseId);
      // Exactly 1.5 signals per person on average: 150,000 in all.
      const count = i % 2 === 0 ? 2 : 1;
      for (let s = 0; s < count; s++) {
        const data = p.signals[s] ?? first;
        signal.run(
          caseId,
          personId,
          data.melderPartner,
          data.ontvangen,
          data.omschrijving,
          data.ideologie,
          data.ernst,
          data.bron,
          now,
        );
      }
    });
  })();
  handle.exec(`UPDATE signal SET ${SIGNAL_FACTS}`);
  // The duplicate check's pairs of key heads (migration 0032), from the keys written above.
  fillKeyPairs(handle);
  await index(caseIds);
  return people;
}

/** The kinds of query in `queries()`'s mix, in order: query i is of kind i % 8. */
export const QUERY_KINDS = [
  'first name, 3 letters',
  'full name',
  'surname, 4 letters',
  'name + year',
  'celik',
  'state',
  'surname + gemeente',
  'case number',
] as const;

export function queries(people: ReturnType<typeof generateDemoPersons>): Omit<SearchQuery, 'offset' | 'limit'>[] {
  const rnd = random(5);
  const base = {
    states: [],
    gemeenteId: null,
    regionId: null,
    ideologie: null,
    sort: 'relevantie' as const,
    descending: false,
  };
  const out: Omit<SearchQuery, 'offset' | 'limit'>[] = [];
  for (let i = 0; i < 200; i++) {
    const p = people[Math.floor(rnd() * people.length)]!;
    const [first, ...rest] = p.naam.split(' ');
    switch (i % QUERY_KINDS.length) {
      case 0:
        out.push({ ...base, text: first!.slice(0, 3) });
        break; // typing a first name
      case 1:
        out.push({ ...base, text: p.naam });
        break;
      case 2:
        out.push({ ...base, text: rest.join(' ').slice(0, 4) });
        break;
      case 3:
        out.push({ ...base, text: `${first} ${p.geboortedatum.slice(0, 4)}` });
        break;
      case 4:
        out.push({ ...base, text: 'celik' });
        break; // diacritics folded
      case 5:
        out.push({ ...base, text: '', states: ['monitoring'], sort: 'naam' });
        break;
      case 6:
        out.push({ ...base, text: rest.join(' '), sort: 'naam', gemeenteId: 1 + (i % 34) });
        break;
      default:
        out.push({ ...base, text: `CTER-${p.signals[0]!.ontvangen.slice(0, 4)}` });
        break;
    }
  }
  return out;
}

/**
 * The duplicate check's candidates, hand-written (migration 0022's way: a shared key head, born
 * within a year, in regions 1-3). Parameters: the heads as a JSON array, the year - 1, year, year + 1.
 * Also scale.bench.ts's raw comparison for `persons:matches`.
 */
export const CANDIDATES_BY_HEAD = `SELECT p.* FROM person p WHERE p.id IN (SELECT k.person_id FROM person_name_key k
   WHERE k.head IN (SELECT value FROM json_each(?)) AND k.birth_year IN (0, ?, ?, ?))
   AND EXISTS (SELECT 1 FROM casus c WHERE c.person_id = p.id AND c.region_id IN (1, 2, 3))`;

/**
 * A search's statements raw, as the service runs them: the page, and the count apart unless the
 * page carries it (a text) and has a row.
 */
function runRaw(
  handle: Driver.Database,
  statements: { rows: Parameters<typeof render>[0]; count: Parameters<typeof render>[0]; countInRows: boolean },
): { rows: Record<string, unknown>[]; total: number } {
  const page = render(statements.rows, 'sqlite');
  const rows = handle.prepare(page.text).all(...page.params) as Record<string, unknown>[];
  if (statements.countInRows && rows.length) return { rows, total: Number(rows[0]!['total']) };
  const count = render(statements.count, 'sqlite');
  return { rows, total: Number((handle.prepare(count.text).get(...count.params) as { n: number }).n) };
}

const time = async (fn: () => unknown) => {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/** Each function `runs` times in turns (A B C A B C …) after one warm-up round: one sample list each. */
async function interleaved<T extends (() => unknown)[]>(
  runs: number,
  fns: [...T],
): Promise<{ [K in keyof T]: number[] }> {
  for (const fn of fns) await fn();
  const samples = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) for (const [n, fn] of fns.entries()) samples[n]!.push(await time(fn));
  return samples as { [K in keyof T]: number[] };
}

/** The search mix raw on an unencrypted copy: VACUUM INTO (same key), then PRAGMA rekey to the empty key. */
async function measureUnencrypted(
  dir: string,
  key: Buffer,
  handle: Driver.Database,
  measure: (run: (q: SearchQuery) => Promise<unknown>) => Promise<number[]>,
  raw: (handle: Driver.Database) => (q: SearchQuery) => Promise<void>,
): Promise<number[]> {
  const plainPath = join(dir, 'onversleuteld.db');
  handle.exec(`VACUUM INTO '${plainPath}'`);
  const copy = new Driver(plainPath);
  applyCipher(copy, key);
  copy.pragma("rekey=''");
  copy.close();
  const plain = new Driver(plainPath, { readonly: true });
  // The same page cache as the application's connection, for a fair comparison.
  plain.pragma('cache_size=-131072');
  const samples = await measure(raw(plain));
  plain.close();
  return samples;
}

async function measureRuns(runs: number, fn: () => unknown): Promise<number[]> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await time(fn));
  return samples;
}

export const suite: BenchSuite = {
  name: 'casework',
  async run(): Promise<Figure[]> {
    // CTER_BENCH_KEEP=<empty folder>: keep the loaded database there, for looking at query plans.
    // A folder that already holds one (a copy of an earlier run's, same CTER_BENCH_PERSONS) is used
    // as it is: no set-up, no load (the persons are generated again from the same seed).
    const keep = process.env['CTER_BENCH_KEEP'];
    if (keep) mkdirSync(keep, { recursive: true });
    const dir = keep ?? mkdtempSync(join(tmpdir(), 'cter-bench-search-'));
    const path = join(dir, 'cter.db');
    const reuse = keep !== undefined && existsSync(path);
    const core = createCore({
      dataDir: dir,
      databasePath: path,
      resourcesDir: join(__dirname, '../../resources'),
      appVersion: 'bench',
      logger: memoryLogger(),
      idleCheckMs: 0,
    });
    try {
      const ws = core.workspace;
      let people: ReturnType<typeof generateDemoPersons>;
      if (reuse) {
        people = generateDemoPersons(PERSONS, 34, 4242);
        console.info(`   using the database kept in ${dir}`);
      } else {
        await core.setup.createDatabase(path, {
          demo: false,
          username: 'beheer',
          password: PASSWORD,
          displayName: 'Beheer',
        });
        const slot = await ws.vault().addPasswordSlot(ws.requireOpen().key, 'zoeker', PASSWORD);
        await ws.transaction((m) =>
          insertAccount(m, new Date(), {
            username: 'zoeker',
            displayName: 'Zoeker',
            roles: ['procesregisseur'],
            regionIds: [1, 2, 3],
            keySlotId: slot,
            mustChangePassword: false,
          }),
        );
        const start = Date.now();
        people = await ws.queue.run(() =>
          load(ws.requireOpen().database.handle!, (ids) =>
            ws.requireOpen().database.source.transaction(async (m) => {
              for (const id of ids) await sqliteCaseSearch.index(m, id);
            }),
          ),
        );
        console.info(
          `   loaded ${PERSONS} persons and ${PERSONS * 1.5} signals in ${((Date.now() - start) / 1000).toFixed(0)} s`,
        );
        await core.sessions.end('logout');
      }
      const login = await core.dispatch('session:login', { username: 'zoeker', password: PASSWORD });
      if (!login.ok) throw new Error(login.error.code);
      // The log-in starts the full check of the file in the background: let it finish first.
      await ws.integrity.settled();
      const account = await ws.queue.run(
        async () =>
          ws.requireOpen().database.handle!.prepare(`SELECT id FROM account WHERE username = 'zoeker'`).get() as {
            id: number;
          },
      );

      const scope = { accountId: account.id, regionIds: [1, 2, 3] };
      const mix = queries(people).map((q) => ({ ...q, offset: 0, limit: 100 }));
      const raw = (handle: Driver.Database) => async (q: SearchQuery) => {
        runRaw(handle, searchSql(q, scope));
      };
      const measure = async (run: (q: SearchQuery) => Promise<unknown>) => {
        for (const q of mix.slice(0, 20)) await run(q); // warm-up
        const samples: number[] = [];
        for (const q of mix) samples.push(await time(() => run(q)));
        return samples;
      };
      const service = await measure(async (q) => {
        const result = await core.dispatch('search:query', q);
        if (!result.ok) throw new Error(result.error.code);
      });
      // The mix by kind (queries() makes them in turns of eight): which kind costs what at this size.
      const kinds = ['first name, 3 letters', 'full name', 'surname, 4 letters', 'first name + year', 'celik'];
      kinds.push('monitoring, by name', 'surname in a gemeente, by name', 'case number year');
      const medianOfKind = (k: number) =>
        percentile(
          service.filter((_, i) => i % 8 === k),
          50,
        );
      const byKind = kinds.map((kind, k) => `${kind} ${medianOfKind(k).toFixed(1)}`);
      console.info(`   search mix by kind, median ms: ${byKind.join('; ')}`);
      if (process.env['CTER_BENCH_CASEWORK_EXPLAIN']) {
        // EXPLAIN QUERY PLAN of the list as it opens and of one query of each kind, rows and count.
        const handle = ws.requireOpen().database.handle!;
        const explain = (label: string, statement: Parameters<typeof render>[0]) => {
          const { text, params } = render(statement, 'sqlite');
          const plan = handle.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[];
          console.info(`   plan, ${label}: ${plan.map((row) => row.detail).join(' | ')}`);
        };
        const opening = { ...mix[0]!, text: '', offset: 0, limit: 100 };
        const statements = [opening, ...mix.slice(0, 8)].map((q) => ({ q, sql: searchSql(q, scope) }));
        statements.forEach(({ q, sql }, i) => {
          const label = i === 0 ? 'list as it opens' : `${kinds[i - 1]} (${JSON.stringify(q.text)})`;
          explain(`${label}, rows`, sql.rows);
          explain(`${label}, count`, sql.count);
        });
      }
      const encrypted = ISSUE20_ONLY ? [] : await ws.queue.run(() => measure(raw(ws.requireOpen().database.handle!)));
      const unencrypted = ISSUE20_ONLY
        ? []
        : await measureUnencrypted(dir, ws.requireOpen().key, ws.requireOpen().database.handle!, measure, raw);

      // Issue 20 item 2, interleaved (A B C A B C …) in one run so load on the machine hits each alike:
      // the case list as it opens (page 1), page 50 by OFFSET (how the list paged before 0022) and
      // page 50 by its keyset cursor; and the duplicate check's candidates, read the old way (a
      // shared name key or the birth year, at most 2,000) and the new way (a shared key head within
      // a year), next to the whole check through the service.
      const list = { text: '', limit: 100 };
      let cursor: string | null = null;
      for (let page = 1; page < 50; page++) {
        const result = await core.dispatch('search:query', { ...list, after: cursor });
        if (!result.ok) throw new Error(result.error.code);
        cursor = (result.value as { next: string | null }).next;
      }
      const listCall = (input: Record<string, unknown>) => async () => {
        const result = await core.dispatch('search:query', { ...list, ...input });
        if (!result.ok) throw new Error(result.error.code);
      };
      const [page1, page50Offset, page50Keyset] = await interleaved(60, [
        listCall({}),
        listCall({ offset: 4900 }),
        listCall({ after: cursor }),
      ]);
      const matchRnd = random(20);
      const typed = Array.from({ length: 60 }, () => people[Math.floor(matchRnd() * people.length)]!);
      const handle = ws.requireOpen().database.handle!;
      const newCandidates = handle.prepare(CANDIDATES_BY_HEAD);
      // The check's scoring before and after the change (both straight in a transaction, without the
      // router and its audit entry), and the whole check through the service; each sample of the
      // four on the same typed person (before and after answered the same until 0028 narrowed it).
      let turn = 0;
      let differing = 0;
      const counts: number[] = [];
      const answers = { before: '', after: '' };
      const current = () => typed[(turn - 1) % typed.length]!;
      const matchQuery = () => ({
        naam: current().naam,
        aliases: [],
        geboortedatum: current().geboortedatum,
        geboortejaar: null,
      });
      const [candidatesNew, scoringBefore, scoringAfter, matches] = await interleaved(60, [
        () => {
          const p = typed[turn++ % typed.length]!;
          const year = Number(p.geboortedatum.slice(0, 4));
          const heads = [...new Set(personKeys([p.naam]).map(keyHead))];
          counts.push(newCandidates.all(JSON.stringify(heads), year - 1, year, year + 1).length);
        },
        async () => {
          answers.before = JSON.stringify(await ws.transaction((m) => findMatchesBefore(m, scope, matchQuery())));
        },
        async () => {
          answers.after = JSON.stringify(await ws.transaction((m) => findMatches(m, scope, matchQuery())));
          // Migration 0028 narrowed the candidates on purpose (fewer weak matches of one shared
          // name), so the answers may differ now: counted, not refused (this stopped the suite at 100k).
          if (answers.after !== answers.before) differing++;
        },
        async () => {
          const result = await core.dispatch('persons:matches', {
            naam: current().naam,
            geboortedatum: current().geboortedatum,
          });
          if (!result.ok) throw new Error(result.error.code);
        },
      ]);
      console.info(
        `   duplicate check candidates: median ${percentile(counts, 50)} (max ${Math.max(...counts)}); ${differing} of ${counts.length} answers differ from before (0028's narrowing)`,
      );

      // Issue 20, the text search on SQLite: the mix's statements as they were (search-before.ts)
      // and as they are, raw on the same file, and the whole call through the service, interleaved
      // per query (A B C A B C …, one warm-up round), the mix twice: 50 samples of each kind each.
      // Before and after must give the same (capped) count for every query, and the same page
      // where the count is not capped (beyond it, now, the page is of the 1,000 newest matches).
      let widened = 0;
      const prepared = mix.map((q) => {
        const before = { ...searchSqlBefore(q, scope), countInRows: false };
        const after = searchSql(q, scope);
        const answer = (statements: Parameters<typeof runRaw>[1]) => {
          const { rows, total } = runRaw(handle, statements);
          const page = rows.map(({ rank: _rank, total: _total, ...row }) => row);
          return { page: JSON.stringify(page), total: Math.min(total, COUNT_LIMIT + 1) };
        };
        const [a, b] = [answer(before), answer(after)];
        if (a.total > COUNT_LIMIT) widened++;
        if (a.total !== b.total || (a.total <= COUNT_LIMIT && a.page !== b.page)) {
          throw new Error(`search differs for ${JSON.stringify(q)}`);
        }
        return { q, before, after };
      });
      console.info(`   search mix: ${widened} of ${mix.length} queries match more than ${COUNT_LIMIT} cases`);
      const loadBefore = loadavg()[0]!;
      const used: number[] = [];
      let next = 0;
      const [mixBefore, mixAfter, mixService] = await interleaved(2 * mix.length, [
        () => runRaw(handle, prepared[next % mix.length]!.before),
        () => runRaw(handle, prepared[next % mix.length]!.after),
        async () => {
          const result = await core.dispatch('search:query', prepared[next % mix.length]!.q);
          if (!result.ok) throw new Error(result.error.code);
          used.push(next++ % mix.length);
        },
      ]);
      const loads = `load average ${loadBefore.toFixed(1)}-${loadavg()[0]!.toFixed(1)}`;
      const kindOf = used.slice(1).map((i) => i % QUERY_KINDS.length);
      const ofKind = (samples: number[], k: number) => samples.filter((_, i) => kindOf[i] === k);
      const show = (samples: number[]) =>
        `${percentile(samples, 50).toFixed(1)} / ${percentile(samples, 95).toFixed(1)}`;
      console.info(`   search mix by kind, before / now (raw) / now through the service, median / p95 ms (${loads}):`);
      QUERY_KINDS.forEach((kind, k) => {
        const parts = [mixBefore, mixAfter, mixService].map((samples) => show(ofKind(samples, k)));
        console.info(`     ${kind} (${ofKind(mixAfter, k).length}): ${parts.join('; ')}`);
      });

      const issue20: Figure[] = [
        { name: 'search mix raw, before (issue 20)', unit: 'ms', samples: mixBefore, target: { max: 20 } },
        { name: 'search mix raw, now', unit: 'ms', samples: mixAfter, target: { max: 20 } },
        { name: 'search mix through the service (interleaved)', unit: 'ms', samples: mixService, target: { max: 20 } },
        { name: 'case list: page 1 as it opens (issue 20)', unit: 'ms', samples: page1, target: { max: 20 } },
        { name: 'case list: page 50 by OFFSET (before 0022)', unit: 'ms', samples: page50Offset, target: { max: 20 } },
        { name: 'case list: page 50 by keyset', unit: 'ms', samples: page50Keyset, target: { max: 20 } },
        {
          name: 'duplicate check: candidates, SQL (key head, year ±1)',
          unit: 'ms',
          samples: candidatesNew,
          target: { max: 30 },
        },
        {
          name: 'duplicate check: findMatches before the scoring change (no router)',
          unit: 'ms',
          samples: scoringBefore,
          target: { max: 30 },
        },
        {
          name: 'duplicate check: findMatches now (no router)',
          unit: 'ms',
          samples: scoringAfter,
          target: { max: 30 },
        },
        {
          name: 'duplicate check: persons:matches through the service',
          unit: 'ms',
          samples: matches,
          target: { max: 30 },
        },
      ];
      const searchService: Figure = {
        name: 'search: 200 mixed queries through the service layer',
        unit: 'ms',
        samples: service,
        target: { max: 20 },
      };
      if (ISSUE20_ONLY) return [searchService, ...issue20];

      // Issue 5: the dashboard over all years, its XLSX export, and destroying 1,000 expired cases.
      const dashboard = await measureRuns(10, async () => {
        const result = await core.dispatch('figures:dashboard', { fromYear: 2016, toYear: 2026 });
        if (!result.ok) throw new Error(result.error.code);
      });
      const xlsx = await measureRuns(5, () =>
        ws.transaction(async (manager) => {
          const figures = await computeDashboard(manager, { fromYear: 2016, toYear: 2026, regionId: null });
          const labels = { ideologie: new Map<string, string>(), ernst: new Map<string, string>() };
          await tablesToXlsx(exportTables(figures, labels), 'bench');
        }),
      );
      ws.requireOpen().database.handle!.exec(
        `UPDATE casus SET state = 'afgesloten', outcome = 'overig', closed_at = '2018-01-01T10:00:00.000Z',
           retention_until = '2023-01-01' WHERE id IN (SELECT id FROM casus ORDER BY id LIMIT 1000)`,
      );
      const destruction = [
        await time(async () => {
          const ids = (await ws.transaction((m) => dueCases(m, new Date()))).map((d) => d.id);
          if (ids.length !== 1000) throw new Error(`expected 1,000 due cases, found ${ids.length}`);
          await ws.transaction((m) => destroyCases(m, sqliteCaseSearch, ids, new Date()));
          await ws.queue.run(async () => {
            ws.requireOpen().database.handle!.pragma('incremental_vacuum');
            ws.requireOpen().database.handle!.pragma('wal_checkpoint(TRUNCATE)');
          });
        }),
      ];

      const ratio = (a: number[], b: number[]) => [percentile(a, 50) / percentile(b, 50)];
      return [
        searchService,
        {
          name: 'search: the same SQL raw on the same (encrypted) file',
          unit: 'ms',
          samples: encrypted,
          target: { max: 20 },
        },
        {
          name: 'search: the same SQL raw on an unencrypted copy',
          unit: 'ms',
          samples: unencrypted,
          target: { max: 20 },
        },
        { name: 'search: service / raw (median)', unit: '×', samples: ratio(service, encrypted), target: { max: 2 } },
        {
          name: 'search: SQLCipher cost, encrypted / unencrypted (median)',
          unit: '×',
          samples: ratio(encrypted, unencrypted),
          target: { max: 1.3 },
        },
        ...issue20,
        {
          name: 'figures: dashboard queries, all years 2016-2026',
          unit: 'ms',
          samples: dashboard,
          target: { max: 150 },
        },
        { name: 'figures: XLSX export of the year figures', unit: 'ms', samples: xlsx, target: { max: 1000 } },
        {
          name: 'retention: destroy 1,000 expired cases in one go',
          unit: 'ms',
          samples: destruction,
          target: { max: 10_000 },
        },
      ];
    } finally {
      await core.close();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    }
  },
};
