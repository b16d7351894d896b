// The CTER server under load (issue 18): USERS simulated users (accounts of three roles in three
// regions, one server session each) against one `cter server` process on loopback, for SECONDS,
// each doing a realistic mix with a think time between actions: case search (names, years, case
// numbers from casework.bench.ts's mix), open a dossier found by the search, Mijn werk, register a
// signal (the roles that may), autosave the minutes of an agenda item of their own. Measured in the
// client: per operation the time from sending the request to the whole answer (HTTPS with a
// keep-alive connection per user, as the desktop keeps one), p50/p95/p99; every failed call (an
// error Result, another status, a broken connection) counts as an error (aim 0). Afterwards the
// audit chain must verify and every acknowledged write must be in the database (each signal by its
// id; each item's minutes at the version of its last acknowledged save). Aim: p95 < 150 ms.
//
// The data: the engines bench's generator (generate() in engines.bench.ts: persons, casus, signals,
// actions, monitoring) at PERSONS persons, loaded as the superuser into a private PostgreSQL cluster
// started here with fsync and synchronous commit on; the application and the server connect as the
// ordinary role `cter_app` (row security on), as in production. The server is a child process
// (`cter server --data`, as deploy/cter-server.service starts it), so its event loop is not the
// clients'; the clients and the server share the machine's cores.
//
// Overridable for a quick run: CTER_BENCH_LOAD_PERSONS (default 50,000: at 100,000 a year holds more than the 9,999 case numbers CTER-yyyy-nnnn has room for), CTER_BENCH_USERS (50),
// CTER_BENCH_SECONDS (60), CTER_BENCH_THINK_MS (mean think time between a user's actions, 1,000:
// a real user acts every few seconds at most, so this is a heavy hour's load).
// `CTER_BENCH_LOAD_PERSONS=2000 CTER_BENCH_SECONDS=10 npm run bench -- --only server-load`.
// CTER_BENCH_SERVER_NODE_ARGS passes Node options to the server processes, e.g.
// `--cpu-prof --cpu-prof-dir=/tmp/prof` (written when the bench stops them with SIGTERM).
//
// Growing by processes (issue 18, item 5: sessions in PostgreSQL, no state in the process):
// CTER_BENCH_SERVERS=2 starts two `cter server` processes on the same database and compares, in one
// run, one process (every call to the first) with two (each user's calls alternating between them,
// as a load balancer without sticky sessions sends them), in phases of PHASE_SECONDS taking turns
// (A B A B …) so the machine's load falls on both alike; SECONDS is then each variant's total.
//
// Comparing two versions of the server (e.g. before and after a change): CTER_BENCH_COMPARE_ROOT=DIR
// names another checkout of the repository (with node_modules; the same schema version, as both
// serve one database). One server process runs from DIR, one from this checkout, and the phases
// take turns between them (every call of a phase to the one process), as with CTER_BENCH_SERVERS.
// With more than one process each answers one call per user before the measured run (the log-ins
// go to the first alone). Per variant the bench also reports the CPU time per call of the server
// processes, PostgreSQL, its own clients and the rest of the machine (server-load-cpu.ts), the
// case search per kind of query, and how many connections the clients opened.
//
// When the slow calls happen (server-load-timeline.ts): each call's start, operation and time,
// printed per 5 s window beside PostgreSQL's application backends (sampled: most at once, busy,
// newly opened), its checkpoints and autovacuum runs (its log), and each server process's GC and
// event-loop delay (server-load-probe.ts, loaded into the servers with --import); each operation's
// p95 also without the first 5 s. The log-ins before the run go one at a time (each timed: a
// team's log-ins come over the morning), and after the run every user logs in again at once: the
// log-in burst, its own figure, so it neither warms nor loads the measured run.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { systemClock } from '../../src-main/core/clock';
import { readPasswordFile } from '../../src-main/core/db/store';
import type { AuditVerification } from '../../src-shared/ipc/audit';
import type { Role } from '../../src-shared/domain/roles';
import { random } from '../../src-shared/domain/random';
import { addAccount, call, makeCore, withDatabase, writeStoreFile } from '../integration/helpers';
import { HOST, makeCertificate } from '../integration/server-client';
import { startCluster, type Cluster } from '../support/postgres';
import { createStoreDatabase } from '../support/postgres-admin';
import { percentile, type BenchSuite, type Figure } from './bench';
import { queries, QUERY_KINDS } from './casework.bench';
import { generate, loadPostgres } from './engines.bench';
import { SAMPLE_MINUTES } from './meetings-seed';
import { CpuLedger, readCpu } from './server-load-cpu';
import {
  ActivitySampler,
  afterFirst,
  logCheckpointsAndAutovacuum,
  readPostgresLog,
  readProbe,
  STEADY_AFTER_S,
  timelineReport,
  type CallRecord,
} from './server-load-timeline';

const PERSONS = Number(process.env['CTER_BENCH_LOAD_PERSONS'] ?? 50_000);
const USERS = Number(process.env['CTER_BENCH_USERS'] ?? 50);
const SECONDS = Number(process.env['CTER_BENCH_SECONDS'] ?? 60);
const THINK_MS = Number(process.env['CTER_BENCH_THINK_MS'] ?? 1_000);
const COMPARE_ROOT = process.env['CTER_BENCH_COMPARE_ROOT'] ? resolve(process.env['CTER_BENCH_COMPARE_ROOT']) : null;
const SERVERS = COMPARE_ROOT ? 2 : Number(process.env['CTER_BENCH_SERVERS'] ?? 1);
const PHASE_SECONDS = 10;
const SIZE = `${PERSONS / 1000}k persons/${(PERSONS * 1.5) / 1000}k signals, ${USERS} users, ${SECONDS} s`;
const ROOT = resolve(__dirname, '../..');
/** The checkout each server process runs from: with COMPARE_ROOT the first is that one. */
const ROOTS = Array.from({ length: SERVERS }, (_, n) => (COMPARE_ROOT && n === 0 ? COMPARE_ROOT : ROOT));
/** A variant compared: the server processes (their index) that take its phase's calls, and its name. */
interface Variant {
  processes: number[];
  label: string;
}
const VARIANTS: Variant[] = COMPARE_ROOT
  ? [
      { processes: [0], label: `the server from ${COMPARE_ROOT}` },
      { processes: [1], label: 'the server from this checkout' },
    ]
  : SERVERS > 1
    ? [
        { processes: [0], label: '1 server process' },
        { processes: Array.from({ length: SERVERS }, (_, n) => n), label: `${SERVERS} server processes` },
      ]
    : [{ processes: [0], label: '' }];
const variantName = (variant: Variant) => (VARIANTS.length === 1 ? SIZE : `${SIZE}, ${variant.label}`);
const P95_MS = 150;

type Operation = 'case search' | 'open dossier' | 'Mijn werk' | 'register signal' | 'autosave minutes';
const OPERATIONS: Operation[] = ['case search', 'open dossier', 'Mijn werk', 'register signal', 'autosave minutes'];

/** The mix per action (out of 100); a role that may not register a signal searches instead. */
const MIX: [Operation, number][] = [
  ['case search', 35],
  ['open dossier', 25],
  ['Mijn werk', 10],
  ['register signal', 10],
  ['autosave minutes', 20],
];

interface User {
  index: number;
  username: string;
  password: string;
  role: Role;
  regionId: number;
  gemeenteId: number;
  agent: Agent;
  token: string;
  itemId: number;
  itemVersion: number;
  caseIds: number[];
  /** Calls made, to spread them over the processes in turn. */
  calls: number;
}

interface Reply {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string } };
}

const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** The clients' connections: how many were opened, and how many of those resumed a TLS session. */
const connections = { opened: 0, resumed: 0, seen: new WeakSet<object>() };

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((done) => probe.listen(0, HOST, done));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

function post(port: number, ca: Buffer, agent: Agent, path: string, body: unknown, headers: Record<string, string>) {
  const text = JSON.stringify(body);
  return new Promise<Reply>((resolvePromise, reject) => {
    const req = request(
      {
        host: HOST,
        port,
        path,
        method: 'POST',
        ca,
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply['body'];
            resolvePromise({ status: response.statusCode ?? 0, body: parsed });
          } catch (error) {
            reject(error as Error);
          }
        });
      },
    );
    req.on('error', reject);
    req.on('socket', (socket) => {
      if (connections.seen.has(socket)) return;
      connections.seen.add(socket);
      connections.opened += 1;
      socket.once('secureConnect', () => {
        if ((socket as TLSSocket).isSessionReused()) connections.resumed += 1;
      });
    });
    req.end(text);
  });
}

/** Where the servers' probes write (server-load-probe.ts): their collections and event-loop delay. */
const PROBE = resolve(__dirname, 'server-load-probe.ts');

async function startServer(dir: string, root: string, probeFile: string): Promise<ChildProcess> {
  const nodeArguments = process.env['CTER_BENCH_SERVER_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
  const child = spawn(
    process.execPath,
    [...nodeArguments, '--import', 'tsx', '--import', PROBE, 'src-main/cli/main.ts', 'server', '--data', dir],
    {
      cwd: root,
      env: { ...process.env, LANG: 'nl_NL.UTF-8', CTER_BENCH_PROBE_FILE: probeFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(chunk.toString());
  child.stderr!.on('data', collect);
  let watch = (_chunk: Buffer) => {};
  await new Promise<void>((ready, fail) => {
    watch = (chunk: Buffer) => {
      collect(chunk);
      if (output.join('').includes('luistert op')) ready();
    };
    child.stdout!.on('data', watch);
    child.once('exit', (code) => fail(new Error(`cter server ended (${code}): ${output.join('')}`)));
  });
  child.removeAllListeners('exit');
  // From here on the server's output (a line per request) is read and dropped: kept and joined at
  // every chunk, as before, it cost the clients' process CPU growing with the run.
  child.stdout!.off('data', watch);
  child.stderr!.off('data', collect);
  child.stdout!.resume();
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  return child;
}

export const suite: BenchSuite = {
  name: 'server-load',
  async run(): Promise<Figure[]> {
    const dir = mkdtempSync(join(tmpdir(), 'cter-bench-load-'));
    let cluster: Cluster | undefined;
    let superuser: pg.Client | undefined;
    const servers: ChildProcess[] = [];
    let admin: ReturnType<typeof makeCore>['core'] | undefined;
    const users: User[] = [];
    try {
      cluster = await startCluster({ durable: true });
      const store = await createStoreDatabase(cluster, 'cter_load');
      admin = makeCore(mkdtempSync(join(dir, 'admin-')), { store, clock: systemClock }).core;
      await withDatabase(admin);
      superuser = new pg.Client({
        host: cluster.socketDir,
        port: cluster.port,
        user: cluster.user,
        password: readPasswordFile(cluster.passwordFile),
        database: 'cter_load',
      });
      await superuser.connect();

      // The accounts: two in five procesregisseur, two in five gemeentelijk expert, one notulist;
      // regions in turn, every fifth account all three.
      const roles: Role[] = [
        'procesregisseur',
        'gemeentelijk_expert',
        'procesregisseur',
        'gemeentelijk_expert',
        'notulist',
      ];
      const gemeenten = new Map(
        (
          await superuser.query<{ id: number; name: string; region_id: number }>(
            'SELECT id, name, region_id FROM gemeente',
          )
        ).rows.map((row) => [row.id, row] as const),
      );
      const started = process.hrtime.bigint();
      for (let index = 0; index < USERS; index++) {
        const role = roles[index % roles.length]!;
        const regionId = (index % 3) + 1;
        const regionIds = index % 5 === 4 ? [1, 2, 3] : [regionId];
        const account = await addAccount(admin, { username: `gebruiker${index}`, roles: [role], regionIds });
        const gemeente = [...gemeenten.values()].find((g) => g.region_id === regionId)!;
        users.push({
          index,
          username: account.username,
          password: account.password,
          role,
          regionId,
          gemeenteId: gemeente.id,
          agent: new Agent({ keepAlive: true, maxSockets: 1 }),
          token: '',
          itemId: 0,
          itemVersion: 0,
          caseIds: [],
          calls: 0,
        });
      }
      const ids = new Map(
        (await superuser.query<{ id: number; username: string }>('SELECT id, username FROM account')).rows.map(
          (row) => [row.username, row.id] as const,
        ),
      );
      const regisseurs = users.filter((u) => u.role === 'procesregisseur').map((u) => ids.get(u.username)!);

      // The data, as the engines bench generates it, without its account; the bench account's
      // cases and actions (Mijn werk) go to the procesregisseurs in turn.
      const { people, postgres: tables } = generate(
        new Map([...gemeenten.values()].map((g) => [g.id, g.name] as const)),
        PERSONS,
      );
      let turn = 0;
      const owner = new Map<number, number>();
      for (const table of tables) {
        if (table.name === 'casus') {
          for (const row of table.rows) {
            if (row[6] === null) continue;
            const id = regisseurs[turn++ % regisseurs.length]!;
            row[6] = id;
            owner.set(row[0] as number, id);
          }
        }
        if (table.name === 'casus_action') for (const row of table.rows) row[6] = owner.get(row[1] as number) ?? null;
        if (table.name === 'casus_monitoring')
          for (const row of table.rows) row[4] = owner.get(row[1] as number) ?? null;
      }
      await loadPostgres(
        superuser,
        tables.filter((t) => t.name !== 'account'),
      );
      // The generator writes six-digit case numbers; the application's are CTER-yyyy-nnnn and it
      // takes the year's highest as text (cases/queries.ts), so a registration would collide with
      // the loaded ones. Renumbered per year as the application numbers (the search index keeps the
      // generated number in its text: a case-number query finds by the old form).
      await superuser.query(
        `UPDATE casus c SET number = n.renumbered FROM (
           SELECT id, 'CTER-' || substr(number, 6, 4) || '-' ||
             lpad((row_number() OVER (PARTITION BY substr(number, 6, 4) ORDER BY id))::text, 4, '0') AS renumbered
           FROM casus) n
         WHERE n.id = c.id`,
      );
      const { rows: overflow } = await superuser.query<{ n: string }>(
        `SELECT count(*) AS n FROM casus WHERE length(number) > 14`,
      );
      if (Number(overflow[0]!.n) > 0) throw new Error('a year holds more than 9,999 loaded cases');
      // One meeting per region in concept, an agenda item per user who takes minutes.
      const minutes = JSON.stringify(SAMPLE_MINUTES);
      const meetings = new Map<number, number>();
      for (const regionId of [1, 2, 3]) {
        const { rows } = await superuser.query<{ id: number }>(
          `INSERT INTO meeting (type, title, datum, starttijd, region_id, status, created_at, updated_at)
           VALUES ('i2o', $1, '2026-12-10', '09:30', $2, 'concept', 'x', 'x') RETURNING id`,
          [`Casusoverleg regio ${regionId} (fictief)`, regionId],
        );
        meetings.set(regionId, rows[0]!.id);
      }
      for (const user of users) {
        const { rows } = await superuser.query<{ id: number; version: number }>(
          `INSERT INTO agenda_item (meeting_id, position, kind, title, minutes, updated_at)
           VALUES ($1, $2, 'overig', $3, $4, 'x') RETURNING id, version`,
          [meetings.get(user.regionId), user.index, `Punt van ${user.username} (fictief)`, minutes],
        );
        user.itemId = rows[0]!.id;
        user.itemVersion = Number(rows[0]!.version);
      }
      // VACUUM as well as ANALYZE: freshly loaded rows are not yet marked visible to all, so without
      // it the run's first readers set their hint bits and autovacuum starts on every loaded table
      // during the run (seen in the timeline: a wave of automatic vacuums 4 s in at 2k persons,
      // 56 s in at 20k) — a state a database in use is not in.
      await superuser.query('VACUUM (ANALYZE)');
      console.info(`   set-up: ${(elapsed(started) / 1000).toFixed(1)} s`);

      // The server: a process of its own on loopback.
      const tls = makeCertificate(mkdtempSync(join(dir, 'tls-')));
      const ca = readFileSync(tls.certificateFile);
      const ports: number[] = [];
      const probeFile = join(dir, 'probe.jsonl');
      await logCheckpointsAndAutovacuum(superuser);
      for (let n = 0; n < SERVERS; n++) {
        const port = await freePort();
        const data = mkdtempSync(join(dir, 'server-'));
        writeStoreFile(data, store);
        writeFileSync(join(data, 'server.json'), JSON.stringify({ host: HOST, port, ...tls }), { mode: 0o600 });
        servers.push(await startServer(data, ROOTS[n]!, probeFile));
        ports.push(port);
      }
      const port = ports[0]!;

      const logIn = async (user: User) => {
        const reply = await post(
          port,
          ca,
          user.agent,
          '/login',
          {
            username: user.username,
            password: user.password,
            workstation: `Werkplek ${user.index}`,
          },
          {},
        );
        if (!reply.body.ok) throw new Error(`log-in ${user.username}: ${reply.body.error?.code}`);
        return (reply.body.value as { token: string }).token;
      };
      // One after the other, as a team's log-ins come over the morning; a burst of them all at once
      // is measured on its own after the run (so it does not warm the server for the run).
      const oneByOne: number[] = [];
      for (const user of users) {
        const begin = process.hrtime.bigint();
        user.token = await logIn(user);
        oneByOne.push(elapsed(begin));
      }
      // The first calls after a process started, every user's at once (Mijn werk), timed as their own
      // figure before the measured run: a server answers its first calls with cold code (V8 has not
      // compiled TypeORM's, zod's, the router's paths yet) and a heap still growing, and 50 of them
      // in the first second queued for seconds (docs/benchmarks.md). A team's server has run for
      // weeks when its users act; the start is measured, not hidden, but not mixed into the run. With
      // more than one process each answers them, so none starts the comparison cold.
      const firstCalls: number[] = [];
      for (const target of ports)
        firstCalls.push(
          ...(await Promise.all(
            users.map(async (user) => {
              const begin = process.hrtime.bigint();
              // A broken connection here (the log-in's idle one closed by the server) is not the run's.
              const reply = await post(
                target,
                ca,
                user.agent,
                '/rpc',
                { channel: 'work:mine', input: {} },
                {
                  Authorization: `Bearer ${user.token}`,
                },
              ).catch(() => null);
              return reply?.body.ok ? elapsed(begin) : Number.NaN;
            }),
          )),
        );

      console.info(
        `   first calls after start: ${firstCalls.filter((ms) => !Number.isNaN(ms)).length} of ${firstCalls.length} answered, ` +
          `slowest ${percentile(
            firstCalls.filter((ms) => !Number.isNaN(ms)),
            100,
          ).toFixed(0)} ms`,
      );
      const mix = queries(people);
      const samples = new Map(VARIANTS.map((v) => [v, new Map(OPERATIONS.map((op) => [op, [] as number[]]))]));
      // The case search's times by the kind of query (casework.bench.ts's mix), per variant.
      const searchKinds = new Map(VARIANTS.map((v) => [v, new Map(QUERY_KINDS.map((kind) => [kind, [] as number[]]))]));
      // The variant whose phase it is: the processes a call may go to.
      let phase = VARIANTS[0]!;
      const errors = new Map<string, number>();
      const signalIds: number[] = [];
      const lastSaved = new Map<number, number>();
      const fail = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);
      const loadStart = loadavg()[0]!;
      const cpu = new CpuLedger<Variant>(() =>
        readCpu(
          servers.map((server) => server.pid!),
          cluster!.pid,
        ),
      );
      connections.opened = 0;
      connections.resumed = 0;
      const until = Date.now() + SECONDS * 1000 * VARIANTS.length;
      const phases =
        VARIANTS.length > 1
          ? setInterval(() => {
              cpu.close(phase);
              phase = VARIANTS[(VARIANTS.indexOf(phase) + 1) % VARIANTS.length]!;
            }, PHASE_SECONDS * 1000)
          : undefined;
      let registered = 0;

      const timeline: CallRecord[] = [];
      const act = async (user: User, op: Operation, rnd: () => number) => {
        const variant = phase;
        const target = ports[variant.processes[user.calls++ % variant.processes.length]!]!;
        const rpc = (channel: string, input: unknown, key?: string) =>
          post(
            target,
            ca,
            user.agent,
            '/rpc',
            { channel, input },
            {
              Authorization: `Bearer ${user.token}`,
              ...(key ? { 'Idempotency-Key': key } : {}),
            },
          );
        const begin = process.hrtime.bigint();
        const sentAt = Date.now();
        let reply: Reply;
        let searchKind: (typeof QUERY_KINDS)[number] | undefined;
        try {
          if (op === 'case search') {
            const pick = Math.floor(rnd() * mix.length);
            searchKind = QUERY_KINDS[pick % QUERY_KINDS.length]!;
            reply = await rpc('search:query', { ...mix[pick]!, offset: 0, limit: 50 });
          } else if (op === 'open dossier') {
            reply = await rpc('cases:get', { id: user.caseIds[Math.floor(rnd() * user.caseIds.length)]! });
          } else if (op === 'Mijn werk') {
            reply = await rpc('work:mine', {});
          } else if (op === 'register signal') {
            registered += 1;
            reply = await rpc(
              'signals:register',
              {
                person: {
                  nieuw: {
                    naam: `Belasting Persoon ${user.index}-${registered} (fictief)`,
                    geboortedatum: '2008-03-01',
                    gemeenteId: user.gemeenteId,
                  },
                },
                signal: {
                  melderPartner: 'onderwijs',
                  ontvangen: '2026-11-30',
                  omschrijving: 'Voorbeeld — fictief signaal uit de belastingtest.',
                  ideologie: 'rechts_extremistisch',
                  ernst: 'matig',
                  bron: 'omgeving',
                },
              },
              randomUUID(),
            );
          } else {
            const tekst = `Voorbeeld — fictieve duiding, versie ${user.itemVersion}. `.repeat(20);
            reply = await rpc(
              'meetings:save-item',
              {
                itemId: user.itemId,
                minutes: { ...SAMPLE_MINUTES, duiding: tekst },
                spentSeconds: 60,
                version: user.itemVersion,
              },
              randomUUID(),
            );
          }
        } catch (error) {
          fail(`${op}: ${(error as NodeJS.ErrnoException).code ?? 'connection'}`);
          return;
        }
        const ms = elapsed(begin);
        if (reply.status !== 200 || !reply.body.ok) {
          fail(`${op}: ${reply.status} ${reply.body.error?.code ?? ''}`);
          return;
        }
        samples.get(variant)!.get(op)!.push(ms);
        timeline.push({ at: sentAt, op, ms, variant: variant.label });
        if (searchKind) searchKinds.get(variant)!.get(searchKind)!.push(ms);
        const value = reply.body.value;
        if (op === 'case search') {
          const rows = (value as { rows: { caseId: number }[] }).rows;
          if (rows.length > 0) user.caseIds = rows.slice(0, 10).map((row) => row.caseId);
        } else if (op === 'register signal') {
          signalIds.push((value as { signalId: number }).signalId);
        } else if (op === 'autosave minutes') {
          user.itemVersion = (value as { item: { version: number } }).item.version;
          lastSaved.set(user.itemId, user.itemVersion);
        }
      };

      const runUser = async (user: User) => {
        const rnd = random(1000 + user.index);
        // Spread the starts over one think time.
        await new Promise((done) => setTimeout(done, rnd() * THINK_MS));
        // A search first: the dossiers to open come from it.
        await act(user, 'case search', rnd);
        while (Date.now() < until) {
          let pick = rnd() * 100;
          let op: Operation = 'case search';
          for (const [candidate, weight] of MIX) {
            if (pick < weight) {
              op = candidate;
              break;
            }
            pick -= weight;
          }
          if (op === 'register signal' && user.role === 'notulist') op = 'case search';
          if (op === 'open dossier' && user.caseIds.length === 0) op = 'case search';
          await act(user, op, rnd);
          // Think time: uniform between 0.5 and 1.5 times the mean.
          await new Promise((done) => setTimeout(done, THINK_MS * (0.5 + rnd())));
        }
      };
      const sampler = new ActivitySampler(superuser, () =>
        readCpu(
          servers.map((server) => server.pid!),
          cluster!.pid,
        ),
      );
      await sampler.start();
      const runStart = process.hrtime.bigint();
      const runStartedAt = Date.now();
      await Promise.all(users.map(runUser));
      clearInterval(phases);
      cpu.close(phase);
      sampler.stop();
      const runSeconds = elapsed(runStart) / 1000;
      const loadEnd = loadavg()[0]!;
      for (const line of timelineReport(
        runStartedAt,
        timeline,
        sampler.samples,
        readProbe(probeFile),
        readPostgresLog(join(cluster.socketDir, 'server.log'), runStartedAt),
      ))
        console.info(line);

      // A burst of log-ins: every user logs in again at once (a second session each), timed per log-in.
      // A refused log-in counts as an error of the burst (its code printed), not of the run.
      const burstErrors = new Map<string, number>();
      const burst = (
        await Promise.all(
          users.map(async (user) => {
            const begin = process.hrtime.bigint();
            try {
              await logIn(user);
              return elapsed(begin);
            } catch (error) {
              const what = (error as Error).message.replace(/^log-in \S+: /, '');
              burstErrors.set(what, (burstErrors.get(what) ?? 0) + 1);
              return null;
            }
          }),
        )
      ).filter((ms): ms is number => ms !== null);
      console.info(
        `   log-in burst: ${burst.length} of ${USERS} at once answered, slowest ${percentile(burst, 100).toFixed(0)} ms` +
          `${burstErrors.size ? `; refused: ${JSON.stringify(Object.fromEntries(burstErrors))}` : ''}`,
      );
      for (const user of users) user.agent.destroy();

      // Afterwards: the chain verifies, and every acknowledged write is there.
      const verified = await call<AuditVerification>(admin, 'audit:verify');
      const { rows: found } = await superuser.query<{ n: string }>(
        'SELECT count(*) AS n FROM signal WHERE id = ANY($1::int[])',
        [signalIds],
      );
      const missingSignals = signalIds.length - Number(found[0]!.n);
      const { rows: items } = await superuser.query<{ id: number; version: number }>(
        'SELECT id, version FROM agenda_item WHERE id = ANY($1::int[])',
        [[...lastSaved.keys()]],
      );
      const staleItems = items.filter((item) => Number(item.version) !== lastSaved.get(item.id)).length;
      const total = [...samples.values()].reduce(
        (sum, byOp) => sum + [...byOp.values()].reduce((n, list) => n + list.length, 0),
        0,
      );
      const errorCount = [...errors.values()].reduce((sum, n) => sum + n, 0);
      console.info(
        `   ${total} calls in ${runSeconds.toFixed(1)} s (${(total / runSeconds).toFixed(1)}/s), ${errorCount} errors` +
          `${errorCount ? `: ${JSON.stringify(Object.fromEntries(errors))}` : ''}; load ${loadStart.toFixed(1)} → ${loadEnd.toFixed(1)}`,
      );
      console.info(
        `   audit chain: ${verified.ok ? `verifies (${verified.checked} entries)` : 'BROKEN'}; ` +
          `${signalIds.length} signals acknowledged, ${missingSignals} missing; ${lastSaved.size} items saved, ${staleItems} not at their last acknowledged version`,
      );
      const figures: Figure[] = [];
      for (const variant of VARIANTS)
        for (const op of OPERATIONS) {
          const list = samples.get(variant)!.get(op)!;
          const name = variantName(variant);
          figures.push(
            { name: `${name}: ${op}`, unit: 'ms', samples: list, target: { max: P95_MS } },
            { name: `${name}: ${op}, p99`, unit: 'ms', samples: [percentile(list, 99)], target: {} },
            {
              name: `${name}: ${op}, after the first ${STEADY_AFTER_S} s`,
              unit: 'ms',
              samples: afterFirst(timeline, runStartedAt, STEADY_AFTER_S, op, variant.label),
              target: {},
            },
          );
        }
      // Per variant: the case search by kind of query, and the CPU time per call of each side
      // (server-load-cpu.ts): what a call costs, less dependent on the machine's load than a time.
      for (const variant of VARIANTS) {
        const name = variantName(variant);
        for (const [kind, list] of searchKinds.get(variant)!)
          figures.push({ name: `${name}: case search, ${kind}`, unit: 'ms', samples: list, target: {} });
        const calls = [...samples.get(variant)!.values()].reduce((n, list) => n + list.length, 0);
        const per = cpu.perCall(variant, calls);
        console.info(
          `   ${name}: CPU per call (ms) server ${per.server.toFixed(1)}, PostgreSQL ${per.postgres.toFixed(1)}, ` +
            `clients ${per.client.toFixed(1)}, the rest of the machine ${per.others.toFixed(1)}; ` +
            `${cpu.coresBusy(variant, runSeconds / VARIANTS.length).toFixed(2)} cores busy`,
        );
        for (const side of ['server', 'postgres', 'client', 'others'] as const)
          figures.push({ name: `${name}: CPU per call, ${side}`, unit: 'ms', samples: [per[side]], target: {} });
      }
      console.info(
        `   connections: ${connections.opened} opened by ${USERS} users (${connections.resumed} resumed a TLS session)`,
      );
      // Each variant had its phases, an equal share of the run.
      if (VARIANTS.length > 1)
        for (const variant of VARIANTS) {
          const calls = [...samples.get(variant)!.values()].reduce((n, list) => n + list.length, 0);
          figures.push({
            name: `${variantName(variant)}: calls per second`,
            unit: '/s',
            samples: [calls / (runSeconds / VARIANTS.length)],
            target: {},
          });
        }
      figures.push(
        { name: `${SIZE}: log-in, one at a time`, unit: 'ms', samples: oneByOne, target: {} },
        {
          name: `${SIZE}: first call after start, ${USERS} at once (per process)`,
          unit: 'ms',
          samples: firstCalls.filter((ms) => !Number.isNaN(ms)),
          target: {},
        },
        { name: `${SIZE}: log-in, ${USERS} at once`, unit: 'ms', samples: burst, target: {} },
        {
          name: `${SIZE}: log-in, ${USERS} at once, refused`,
          unit: 'calls',
          samples: [[...burstErrors.values()].reduce((sum, n) => sum + n, 0)],
          target: {},
        },
        { name: `${SIZE}: calls per second`, unit: '/s', samples: [total / runSeconds], target: {} },
        { name: `${SIZE}: errors`, unit: 'calls', samples: [errorCount], target: { max: 0 } },
        { name: `${SIZE}: audit chain broken`, unit: '', samples: [verified.ok ? 0 : 1], target: { max: 0 } },
        {
          name: `${SIZE}: acknowledged writes missing`,
          unit: '',
          samples: [missingSignals + staleItems],
          target: { max: 0 },
        },
        { name: `${SIZE}: machine load (1 min) at the start`, unit: '', samples: [loadStart], target: {} },
        { name: `${SIZE}: machine load (1 min) at the end`, unit: '', samples: [loadEnd], target: {} },
      );
      return figures;
    } finally {
      for (const user of users) user.agent.destroy();
      for (const server of servers) {
        if (server.exitCode !== null) continue;
        const exited = new Promise((done) => server.once('exit', done));
        server.kill('SIGTERM');
        await exited;
      }
      await superuser?.end().catch(() => undefined);
      await admin?.close().catch(() => undefined);
      cluster?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
