// Running PostgreSQL's own client programs (pg_dump, pg_restore) against a store: where to find
// them and how to hand them the store's connection without a secret on the command line.
//
// - The programs: `binDir` when given, else the newest Debian install (/usr/lib/postgresql/<n>/bin,
//   package `postgresql-client`), else the PATH. None found: PG_TOOLS_MISSING.
// - The connection goes in the environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE,
//   PGSSLROOTCERT), after every inherited PG* variable is removed, so nothing from the shell
//   (PGPASSWORD, PGSERVICE, PGOPTIONS …) changes where or how it connects.
// - The password is written to a password file of its own (PGPASSFILE, mode 0600, in a folder
//   only we may read) for the length of one run and removed afterwards: never an argument (which
//   every user of the machine can see with `ps`), never PGPASSWORD.
import { spawn as nodeSpawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { AppError } from '../../../src-shared/ipc/errors';
import { postgresConnection, type PostgresStore } from '../db/store';

export type PgTool = 'pg_dump' | 'pg_restore';

/** A spawn with node's signature (tests pass one that records what it was given). */
export type Spawn = (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;

export interface PgToolOptions {
  /** Folder of pg_dump and pg_restore; default: the newest /usr/lib/postgresql/<n>/bin, then PATH. */
  binDir?: string | undefined;
  spawn?: Spawn | undefined;
}

const DEBIAN_ROOT = '/usr/lib/postgresql';
const exe = (tool: PgTool) => (process.platform === 'win32' ? `${tool}.exe` : tool);

/** The full path of a PostgreSQL client program, or PG_TOOLS_MISSING. */
export function findTool(tool: PgTool, binDir?: string): string {
  const candidates: string[] = [];
  if (binDir !== undefined) candidates.push(join(binDir, exe(tool)));
  else {
    if (existsSync(DEBIAN_ROOT)) {
      const versions = readdirSync(DEBIAN_ROOT)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a));
      candidates.push(...versions.map((version) => join(DEBIAN_ROOT, version, 'bin', exe(tool))));
    }
    const path = process.env['PATH'] ?? '';
    candidates.push(
      ...path
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, exe(tool))),
    );
  }
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new AppError('PG_TOOLS_MISSING');
  return found;
}

/** A line of a libpq password file: `:` and `\` escaped. */
function passFileField(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll(':', '\\:');
}

/** The environment a client program connects with, and how to clean up after it. */
export interface PgEnvironment {
  env: NodeJS.ProcessEnv;
  /** The connection string for `--dbname` (names the database only; the rest is in `env`). */
  dbname: string;
  dispose(): void;
}

/** This process's environment without any PG* variable (for a run that makes no connection too). */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('PG')) env[key] = value;
  return env;
}

/** Checks the store (store.ts's rules) and builds the environment for one run of a client program. */
export function pgEnvironment(store: PostgresStore): PgEnvironment {
  const connection = postgresConnection(store);
  const env = cleanEnvironment();
  env['PGHOST'] = connection.host;
  env['PGPORT'] = String(connection.port);
  env['PGUSER'] = connection.username;
  env['PGDATABASE'] = connection.database;
  env['PGAPPNAME'] = 'cter-werkplaats-backup';
  env['PGCONNECT_TIMEOUT'] = '10';
  if (connection.ssl) {
    env['PGSSLMODE'] = 'verify-full';
    env['PGSSLROOTCERT'] = store.sslRootCertFile!;
  } else {
    env['PGSSLMODE'] = 'disable';
  }
  let folder: string | null = null;
  if (connection.password !== undefined) {
    folder = mkdtempSync(join(tmpdir(), 'cter-pgpass-'));
    const file = join(folder, 'pgpass');
    writeFileSync(file, `*:*:*:*:${passFileField(connection.password)}\n`, { mode: 0o600 });
    env['PGPASSFILE'] = file;
  } else {
    // No password: make sure libpq does not pick up ~/.pgpass either.
    env['PGPASSFILE'] = process.platform === 'win32' ? 'NUL' : '/dev/null';
  }
  const quoted = connection.database.replaceAll('\\', '\\\\').replaceAll("'", "\\'");
  return {
    env,
    dbname: `dbname='${quoted}'`,
    dispose() {
      if (folder) rmSync(folder, { recursive: true, force: true });
      folder = null;
    },
  };
}

export interface ToolRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a client program. `stdout`: a file descriptor to write to, or 'capture' (kept in memory; only
 * for small outputs). Resolves with the exit code and what it said; rejects only when it could not
 * be started (PG_TOOLS_MISSING).
 */
export function runTool(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdout: number | 'capture',
  spawn: Spawn = nodeSpawn,
): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawn(command, args, {
        env,
        stdio: ['ignore', stdout === 'capture' ? 'pipe' : stdout, 'pipe'],
        shell: false,
        windowsHide: true,
      });
    } catch {
      reject(new AppError('PG_TOOLS_MISSING'));
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', () => reject(new AppError('PG_TOOLS_MISSING')));
    child.once('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

/** What libpq says when it cannot reach the server or is refused (also over TLS). */
export function connectionFailed(stderr: string): boolean {
  return /connection to server|could not connect|password authentication failed|no password supplied|no pg_hba\.conf entry|database ".*" does not exist|SSL|certificate|could not translate host name|timeout expired/i.test(
    stderr,
  );
}
