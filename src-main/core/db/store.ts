// Where the data lives: the embedded SQLCipher file (the default, one workstation) or a PostgreSQL
// database of the ZVH's own IT department (team mode). A store description says which and how to
// reach it; `openDatabase` (database.ts) opens either and returns the same `Database`.
//
// PostgreSQL connection rules, checked before any connection is made:
// - over TCP the connection is TLS with `sslmode: 'verify-full'` (the default): the server's
//   certificate must chain to the CA in `sslRootCertFile` and name the host;
// - `sslmode: 'disable'` is allowed only for a unix socket (a socket never leaves the machine);
// - the password is read from a file that only its owner may read (like ~/.pgpass): a file that
//   its group or others may read is refused, the password never sits in the configuration itself.
import { readFileSync, statSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';

/** What an open store has on either engine (database.ts: `Database`). */
export interface OpenStore {
  readonly source: DataSource;
  readonly schemaVersion: number;
  close(): Promise<void>;
}

/** The embedded encrypted file (today's options of `openDatabase`). */
export interface SqlCipherStore {
  engine?: 'sqlcipher';
  path: string;
  key: Buffer;
  mode: 'create' | 'open';
  /** Path of a better_sqlite3.node built for Electron's ABI (set by the launcher in development). */
  nativeBinding?: string | undefined;
  /** Open without running migrations (a backup being checked before restore). */
  readonly?: boolean;
  /** Run only the first N migrations: the migration tests seed data at the version before theirs. */
  upTo?: number;
}

export type SslMode = 'verify-full' | 'disable';

/** A PostgreSQL database, over TCP (`host`) or a unix socket (`socketDir`). */
export interface PostgresStore {
  engine: 'postgres';
  /** Host name for TCP; give this or `socketDir`. */
  host?: string | undefined;
  /** Folder of the server's unix socket (e.g. /var/run/postgresql); give this or `host`. */
  socketDir?: string | undefined;
  port: number;
  database: string;
  user: string;
  /** File holding the password (first line); only its owner may read it. None: no password. */
  passwordFile?: string | undefined;
  /** The role `cter backup` runs pg_dump as (it must read every row: BYPASSRLS); default `user`. */
  backupUser?: string | undefined;
  /** The password file of `backupUser` (only on the machine that makes backups). */
  backupPasswordFile?: string | undefined;
  /** Default: 'verify-full' over TCP, 'disable' on a unix socket. */
  sslmode?: SslMode | undefined;
  /** CA certificate(s) (PEM) the server's certificate must chain to; required for verify-full. */
  sslRootCertFile?: string | undefined;
  /**
   * Connections the process keeps to the database at most, so transactions that run at once
   * (2–100; default DEFAULT_POOL_SIZE, 10).
   */
  poolSize?: number | undefined;
  /** Do not run migrations (a check of the version only). */
  readonly?: boolean;
  /** Run only up to version N (at least the baseline's): the migration tests seed data before theirs. */
  upTo?: number;
  /**
   * Refuse a role that skips row-level security (superuser or BYPASSRLS) with
   * STORE_ROLE_BYPASSES_RLS, before anything is migrated: set by the workspace, whose need-to-know
   * relies on it (access/row-security.ts). Never read from store.json.
   */
  requireRowSecurity?: boolean;
}

export type StoreConfig = SqlCipherStore | PostgresStore;

/** The password in `file`, refused when the file is readable by its group or by others. */
export function readPasswordFile(file: string): string {
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch {
    throw new AppError('STORE_PASSWORD_FILE_MISSING');
  }
  if ((mode & 0o077) !== 0) throw new AppError('STORE_PASSWORD_FILE_UNSAFE');
  let password: string;
  try {
    password = readFileSync(file, 'utf8').split(/\r?\n/)[0] ?? '';
  } catch {
    throw new AppError('STORE_PASSWORD_FILE_MISSING');
  }
  if (password === '') throw new AppError('STORE_PASSWORD_FILE_MISSING');
  return password;
}

/**
 * Connections a process keeps to PostgreSQL at most (store.json `poolSize`): each transaction takes
 * one for its length (DatabaseHolder.transaction), so this many run at once and the rest wait for a
 * free one. Ten is pg's own default; with the server's max_connections (100 by default) it leaves
 * room for several server processes, `cter` commands and the DBA.
 */
export const DEFAULT_POOL_SIZE = 10;

/**
 * The bounds of `poolSize`: opening holds the migration lock on one connection while it reads and
 * migrates on another, so two at least; at most the server's default max_connections.
 */
export const POOL_SIZE_RANGE = { min: 2, max: 100 } as const;

/** What the `pg` driver needs: host (or socket folder), port, user, password, TLS and the pool's size. */
export interface PostgresConnection {
  host: string;
  port: number;
  database: string;
  username: string;
  password: string | undefined;
  ssl: false | { ca: string; rejectUnauthorized: true };
  poolSize: number;
}

/** Checks a PostgreSQL store description and turns it into connection settings. */
export function postgresConnection(store: PostgresStore): PostgresConnection {
  const viaSocket = store.socketDir !== undefined;
  if (viaSocket === (store.host !== undefined)) throw new AppError('STORE_CONFIG_INVALID', { field: 'host' });
  if (!Number.isInteger(store.port) || store.port < 1 || store.port > 65535) {
    throw new AppError('STORE_CONFIG_INVALID', { field: 'port' });
  }
  if (!store.database) throw new AppError('STORE_CONFIG_INVALID', { field: 'database' });
  if (!store.user) throw new AppError('STORE_CONFIG_INVALID', { field: 'user' });
  const poolSize = store.poolSize ?? DEFAULT_POOL_SIZE;
  if (!Number.isInteger(poolSize) || poolSize < POOL_SIZE_RANGE.min || poolSize > POOL_SIZE_RANGE.max) {
    throw new AppError('STORE_CONFIG_INVALID', { field: 'poolSize' });
  }
  const sslmode = store.sslmode ?? (viaSocket ? 'disable' : 'verify-full');
  if (sslmode === 'disable' && !viaSocket) throw new AppError('STORE_CONFIG_INVALID', { field: 'sslmode' });
  let ssl: PostgresConnection['ssl'] = false;
  if (sslmode === 'verify-full') {
    if (!store.sslRootCertFile) throw new AppError('STORE_CONFIG_INVALID', { field: 'sslRootCertFile' });
    let ca: string;
    try {
      ca = readFileSync(store.sslRootCertFile, 'utf8');
    } catch {
      throw new AppError('STORE_CONFIG_INVALID', { field: 'sslRootCertFile' });
    }
    // Node checks the chain (rejectUnauthorized) and the host name (checkServerIdentity, on by
    // default): libpq's verify-full.
    ssl = { ca, rejectUnauthorized: true };
  }
  return {
    host: viaSocket ? store.socketDir! : store.host!,
    port: store.port,
    database: store.database,
    username: store.user,
    password: store.passwordFile === undefined ? undefined : readPasswordFile(store.passwordFile),
    ssl,
    poolSize,
  };
}

/** The store as the backup role sees it: `backupUser` with its password file, else the store itself. */
export function backupStore(store: PostgresStore): PostgresStore {
  if (store.backupUser === undefined) return store;
  return { ...store, user: store.backupUser, passwordFile: store.backupPasswordFile };
}
