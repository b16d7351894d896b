// A private PostgreSQL cluster for the tests: no running service needed, nothing left behind.
// Debian's binaries (/usr/lib/postgresql/<version>/bin, package `postgresql`; .ci/run installs it)
// initialise a cluster in a temporary folder, which also holds the unix socket; the server listens
// on no TCP address (`listen_addresses=''`) and a free port number names the socket. initdb and
// postgres refuse to run as root: as root (CI) the folder is given to the user `postgres` and the
// binaries run through `runuser -u postgres --`. The superuser `cter_test` logs in with a random
// password (scram-sha-256 on the socket too), so the tests go through the password file like
// production. Beside it the two login roles of docs/beheer.md's step 2, each with a password file
// of its own: `cter_app`, the application's role (LOGIN, no SUPERUSER, no BYPASSRLS, so row
// security applies to it; postgres-admin.ts makes it the owner of each test database, as IT does in
// step 3) and `cter_backup` (BYPASSRLS and pg_read_all_data: what `cter backup` runs pg_dump as). `stop()` stops the server and removes the folder; a process exit does the same as a
// last resort. Durability is switched off (fsync, synchronous_commit): the data is thrown away.
//
// One cluster serves a whole vitest run (postgres-global.ts); each test file creates its own
// database in it (postgres-database.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface ClusterInfo {
  /** The folder of the unix socket (host for the `pg` driver). */
  socketDir: string;
  port: number;
  user: string;
  /** A file with the password, readable by its owner only. */
  passwordFile: string;
  /** The application's role as beheer.md sets it up: an ordinary login role, subject to row security. */
  app: LoginRole;
  /** The backup role as beheer.md sets it up: reads everything and bypasses row security. */
  backup: LoginRole;
}

/** A login role of the cluster and the file with its password. */
export interface LoginRole {
  user: string;
  passwordFile: string;
}

/** The roles of docs/beheer.md, step 2, with the same attributes. */
export const APP_ROLE = 'cter_app';
export const BACKUP_ROLE = 'cter_backup';
const ROLES: readonly { name: string; attributes: string; grant?: string }[] = [
  { name: APP_ROLE, attributes: 'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION' },
  {
    name: BACKUP_ROLE,
    attributes: 'LOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION',
    grant: 'pg_read_all_data',
  },
];

export interface Cluster extends ClusterInfo {
  /** The data folder and the postmaster's process id (to check it is gone after `stop`). */
  dataDir: string;
  pid: number;
  stop(): void;
}

const ROOT = '/usr/lib/postgresql';
export const MISSING_BINARIES = `PostgreSQL not found: no ${ROOT}/<version>/bin/initdb (install Debian's postgresql and postgresql-contrib; .ci/run does)`;

/** The bin folder of the newest PostgreSQL installed, or null. */
export function findBinaries(): string | null {
  if (!existsSync(ROOT)) return null;
  const versions = readdirSync(ROOT)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(ROOT, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(ROOT, versions[0]!, 'bin') : null;
}

/** A TCP port nobody listens on now (it names the socket file `.s.PGSQL.<port>`). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const asRoot = (): boolean => process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as `postgres` when we are root; throws with its output on failure. */
function run(bin: string, program: string, args: string[]): string {
  const [command, argv] = asRoot()
    ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]]
    : [join(bin, program), args];
  const result = spawnSync(command, argv, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(`${program} failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`);
  }
  return result.stdout;
}

/**
 * Initialises and starts a cluster; on any failure removes what it made and throws. `durable`
 * keeps fsync and synchronous commit on, as a production server has them (the benchmarks).
 */
export async function startCluster(settings: { durable?: boolean } = {}): Promise<Cluster> {
  const bin = findBinaries();
  if (!bin) throw new Error(MISSING_BINARIES);
  const root = mkdtempSync(join(tmpdir(), 'cter-pg-'));
  const dataDir = join(root, 'data');
  const user = 'cter_test';
  const password = randomBytes(18).toString('base64url');
  // The test process reads this one; it lives outside the cluster folder and only we may read it.
  const secrets = mkdtempSync(join(tmpdir(), 'cter-pg-secret-'));
  const passwordFile = join(secrets, 'password');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  let pid = 0;
  const stop = () => {
    if (pid) {
      try {
        run(bin, 'pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w', '-s']);
      } catch {
        // Already gone: nothing to stop.
      }
      // pg_ctl returns when the pid file is gone, a moment before the server process itself.
      waitForExit(pid);
      pid = 0;
    }
    rmSync(root, { recursive: true, force: true });
    rmSync(secrets, { recursive: true, force: true });
    process.off('exit', stop);
  };
  process.on('exit', stop);
  try {
    const initPassword = join(root, 'initdb-password');
    writeFileSync(initPassword, password, { mode: 0o600 });
    if (asRoot()) {
      const postgres = uidOf('postgres');
      if (!postgres) throw new Error('user postgres not found (the Debian package creates it)');
      chownSync(root, postgres.uid, postgres.gid);
      chownSync(initPassword, postgres.uid, postgres.gid);
    }
    chmodSync(root, 0o700);
    run(bin, 'initdb', [
      '-D',
      dataDir,
      '-U',
      user,
      `--pwfile=${initPassword}`,
      '--auth-local=scram-sha-256',
      '--auth-host=scram-sha-256',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]);
    rmSync(initPassword);
    const port = await freePort();
    const options = [
      `-k ${root}`,
      "-c listen_addresses=''",
      `-p ${port}`,
      ...(settings.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
      '-c max_connections=200',
    ].join(' ');
    run(bin, 'pg_ctl', ['start', '-D', dataDir, '-l', join(root, 'server.log'), '-w', '-s', '-o', options]);
    pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const [app, backup] = await createRoles({ socketDir: root, port, user, password }, secrets);
    return { socketDir: root, port, user, passwordFile, app: app!, backup: backup!, dataDir, pid, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Creates the roles of beheer.md's step 2 as the superuser, each with a random password in `secrets`. */
async function createRoles(
  server: { socketDir: string; port: number; user: string; password: string },
  secrets: string,
): Promise<LoginRole[]> {
  const client = new pg.Client({
    host: server.socketDir,
    port: server.port,
    user: server.user,
    password: server.password,
    database: 'postgres',
  });
  await client.connect();
  try {
    const roles: LoginRole[] = [];
    for (const { name, attributes, grant } of ROLES) {
      const password = randomBytes(18).toString('base64url');
      const passwordFile = join(secrets, name);
      writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
      await client.query(`CREATE ROLE ${name} ${attributes} PASSWORD '${password}'`);
      if (grant) await client.query(`GRANT ${grant} TO ${name}`);
      roles.push({ user: name, passwordFile });
    }
    return roles;
  } finally {
    await client.end();
  }
}

/** Whether a process with this id still exists. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Waits (synchronously: it also runs at process exit) up to 10 s for a process to end. */
function waitForExit(pid: number): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < 10_000 && processAlive(pid); waited += 20) Atomics.wait(pause, 0, 0, 20);
}

function uidOf(name: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}
