// The server-load bench's set-up (server-load.bench.ts describes the bench): its settings, the
// private PostgreSQL cluster with the generated data and the USERS accounts, and the `cter server`
// processes started on it (children, as deploy/cter-server.service starts one).
import { spawn, type ChildProcess } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { systemClock } from '../../src-main/core/clock';
import { readPasswordFile, type PostgresStore } from '../../src-main/core/db/store';
import { createTeamClient, fingerprintOf, type TeamClient } from '../../src-main/team/client';
import type { Role } from '../../src-shared/domain/roles';
import { addAccount, makeCore, withDatabase, writeStoreFile } from '../integration/helpers';
import { HOST, makeCertificate } from '../integration/server-client';
import { startCluster, type Cluster } from '../support/postgres';
import { createStoreDatabase } from '../support/postgres-admin';
import { generate, loadPostgres } from './engines.bench';
import { SAMPLE_MINUTES } from './meetings-seed';
import { SERVER_NODE_FLAGS } from '../../src-main/server/launch';

export const PERSONS = Number(process.env['CTER_BENCH_LOAD_PERSONS'] ?? 50_000);
export const USERS = Number(process.env['CTER_BENCH_USERS'] ?? 50);
export const SECONDS = Number(process.env['CTER_BENCH_SECONDS'] ?? 60);
export const THINK_MS = Number(process.env['CTER_BENCH_THINK_MS'] ?? 1_000);
const COMPARE_ROOT = process.env['CTER_BENCH_COMPARE_ROOT'] ? resolve(process.env['CTER_BENCH_COMPARE_ROOT']) : null;
export const SERVERS = COMPARE_ROOT ? 2 : Number(process.env['CTER_BENCH_SERVERS'] ?? 1);
export const PHASE_SECONDS = 10;
export const SIZE = `${PERSONS / 1000}k persons/${(PERSONS * 1.5) / 1000}k signals, ${USERS} users, ${SECONDS} s`;
const ROOT = resolve(__dirname, '../..');
/** The checkout each server process runs from: with COMPARE_ROOT the first is that one. */
export const ROOTS = Array.from({ length: SERVERS }, (_, n) => (COMPARE_ROOT && n === 0 ? COMPARE_ROOT : ROOT));

/** A variant compared: the server processes (their index) that take its phase's calls, and its name. */
export interface Variant {
  processes: number[];
  label: string;
}
export const VARIANTS: Variant[] = COMPARE_ROOT
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
export const variantName = (variant: Variant) => (VARIANTS.length === 1 ? SIZE : `${SIZE}, ${variant.label}`);

export interface User {
  index: number;
  username: string;
  password: string;
  role: Role;
  regionId: number;
  gemeenteId: number;
  token: string;
  itemId: number;
  itemVersion: number;
  caseIds: number[];
  /** Calls made, to spread them over the processes in turn. */
  calls: number;
}

export const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((done) => probe.listen(0, HOST, done));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

/** The loaded database: the cluster, its store, an admin core on it, a superuser connection, the users. */
export interface Seeded {
  cluster: Cluster;
  store: PostgresStore;
  admin: ReturnType<typeof makeCore>['core'];
  superuser: pg.Client;
  users: User[];
  people: ReturnType<typeof generate>['people'];
}

/** Everything the finally of the suite must close, filled as it is made. */
export interface Opened {
  cluster?: Cluster;
  admin?: ReturnType<typeof makeCore>['core'];
  superuser?: pg.Client;
}

/**
 * The cluster (fsync and synchronous commit on), the store, the USERS accounts (two in five
 * procesregisseur, two in five gemeentelijk expert, one notulist; regions in turn, every fifth all
 * three), the engines bench's data at PERSONS persons, one meeting per region with an agenda item
 * per user, then VACUUM (ANALYZE) as a database in use is.
 */
export async function seed(dir: string, opened: Opened): Promise<Seeded> {
  const cluster = await startCluster({ durable: true });
  opened.cluster = cluster;
  const store = await createStoreDatabase(cluster, 'cter_load');
  const admin = makeCore(mkdtempSync(join(dir, 'admin-')), { store, clock: systemClock }).core;
  opened.admin = admin;
  await withDatabase(admin);
  const superuser = new pg.Client({
    host: cluster.socketDir,
    port: cluster.port,
    user: cluster.user,
    password: readPasswordFile(cluster.passwordFile),
    database: 'cter_load',
  });
  opened.superuser = superuser;
  await superuser.connect();

  const roles: Role[] = [
    'procesregisseur',
    'gemeentelijk_expert',
    'procesregisseur',
    'gemeentelijk_expert',
    'notulist',
  ];
  const gemeenten = new Map(
    (
      await superuser.query<{ id: number; name: string; region_id: number }>('SELECT id, name, region_id FROM gemeente')
    ).rows.map((row) => [row.id, row] as const),
  );
  const users: User[] = [];
  for (let index = 0; index < USERS; index++) {
    const role = roles[index % roles.length]!;
    const regionId = (index % 3) + 1;
    const regionIds = index % 5 === 4 ? [1, 2, 3] : [regionId];
    const account = await addAccount(admin, { username: `gebruiker${index}`, roles: [role], regionIds });
    const gemeente = [...gemeenten.values()].find((g) => g.region_id === regionId)!;
    users.push({
      ...{ index, username: account.username, password: account.password, role, regionId },
      ...{ gemeenteId: gemeente.id, token: '', itemId: 0, itemVersion: 0, caseIds: [], calls: 0 },
    });
  }
  const ids = new Map(
    (await superuser.query<{ id: number; username: string }>('SELECT id, username FROM account')).rows.map(
      (row) => [row.username, row.id] as const,
    ),
  );
  const regisseurs = users.filter((u) => u.role === 'procesregisseur').map((u) => ids.get(u.username)!);

  // The data, as the engines bench generates it, without its account; the bench account's cases
  // and actions (Mijn werk) go to the procesregisseurs in turn.
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
    if (table.name === 'casus_monitoring') for (const row of table.rows) row[4] = owner.get(row[1] as number) ?? null;
  }
  await loadPostgres(
    superuser,
    tables.filter((t) => t.name !== 'account'),
  );
  // The generator writes six-digit case numbers; the application's are CTER-yyyy-nnnn and it takes
  // the year's highest as text (cases/queries.ts), so a registration would collide with the loaded
  // ones. Renumbered per year as the application numbers (the search index keeps the generated
  // number in its text: a case-number query finds by the old form).
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
  // VACUUM as well as ANALYZE: freshly loaded rows are not yet marked visible to all, so without it
  // the run's first readers set their hint bits and autovacuum starts on every loaded table during
  // the run (seen in the timeline: a wave of automatic vacuums 4 s in at 2k persons, 56 s in at
  // 20k) — a state a database in use is not in.
  await superuser.query('VACUUM (ANALYZE)');
  return { cluster, store, admin, superuser, users, people };
}

/** Where the servers' probes write (server-load-probe.ts): their collections and event-loop delay. */
const PROBE = resolve(__dirname, 'server-load-probe.ts');

/** The certificate the servers show, and the fingerprint a workstation pins. */
export function makeTls(dir: string) {
  const tls = makeCertificate(mkdtempSync(join(dir, 'tls-')));
  const fingerprint = fingerprintOf(new X509Certificate(readFileSync(tls.certificateFile)).raw);
  return { ...tls, fingerprint };
}

/** The workstation's own client (team/client.ts) for the server on `port`: a connection per call. */
export const workstationClient = (port: number, fingerprint: string): TeamClient =>
  createTeamClient({ host: HOST, port, fingerprint });

/**
 * A `cter server` process on its own port and data folder with `store`, from `root`; resolves once
 * it listens. `settings` go into server.json (passwordHashesAtOnce).
 */
export async function startServer(
  dir: string,
  root: string,
  store: PostgresStore,
  tls: { certificateFile: string; keyFile: string },
  probeFile: string,
  settings: Record<string, unknown> = {},
): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const data = mkdtempSync(join(dir, 'server-'));
  writeStoreFile(data, store);
  const config = { host: HOST, port, certificateFile: tls.certificateFile, keyFile: tls.keyFile, ...settings };
  writeFileSync(join(data, 'server.json'), JSON.stringify(config), { mode: 0o600 });
  const nodeArguments = process.env['CTER_BENCH_SERVER_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
  const child = spawn(
    process.execPath,
    [
      ...SERVER_NODE_FLAGS,
      ...nodeArguments,
      '--import',
      'tsx',
      '--import',
      PROBE,
      'src-main/cli/main.ts',
      'server',
      '--data',
      data,
    ],
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
  // every chunk, it cost the clients' process CPU growing with the run.
  child.stdout!.off('data', watch);
  child.stderr!.off('data', collect);
  child.stdout!.resume();
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  return { child, port };
}

/** Ends a server process with SIGTERM (a CPU profile, if asked for, is written then). */
export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((done) => server.once('exit', done));
  server.kill('SIGTERM');
  await exited;
}
