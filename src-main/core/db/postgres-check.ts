// What `cter server check` asks a PostgreSQL store, read-only: whether it answers, its server
// version, the schema version against this application's, the extensions the search needs, the
// role the application logs in as (it must not skip row security), row security on the covered
// tables, and whether JIT is off on a connection made as the application makes it. Facts only:
// the CLI (src-main/cli/server-check.ts) judges them and says them in Dutch. One connection, with
// the store's own settings (store.ts: TLS rules, the password file) and the application's startup
// option (`-c jit=off`, postgres.ts), so a pooler that drops it shows here as JIT on. Also, for
// `cter server init`, only whether the role gets in (probePostgres), before anything is written.
import pg from 'pg';
import { COVERED_TABLES } from '../access/row-security';
import { SCHEMA_VERSION } from './migrations';
import { postgresConnection, type PostgresStore } from './store';

/** The extensions the schema uses (migrations/postgres/0009-baseline.search.ts): `postgresql-contrib`. */
export const REQUIRED_EXTENSIONS = ['unaccent', 'pg_trgm'] as const;

/** The oldest PostgreSQL the application is tested with (docs/beheer.md). */
export const MIN_SERVER_VERSION = 150000;

/** Why a store did not answer, for a message IT can act on (never the driver's own text). */
export type UnreachableReason = 'login' | 'database' | 'connection' | 'tls' | 'other';

export class StoreUnreachable extends Error {
  constructor(readonly reason: UnreachableReason) {
    super(`store unreachable: ${reason}`);
  }
}

export interface StoreInspection {
  /** server_version_num, e.g. 150012. */
  serverVersion: number;
  role: { name: string; superuser: boolean; bypassRls: boolean; createRole: boolean; createDb: boolean };
  /** The version in `schema_version`, or null when the database has no schema of ours yet. */
  schemaVersion: number | null;
  /** The version this application writes and expects. */
  expectedVersion: number;
  extensions: { name: string; installed: boolean; available: boolean }[];
  /** Each covered table (access/row-security.ts): whether it exists, has RLS on and forced, and its policies. */
  rowSecurity: { table: string; present: boolean; enabled: boolean; forced: boolean; policies: number }[];
  /** `SHOW jit` on a connection with the application's startup options. */
  jit: string;
}

function reasonOf(error: unknown): UnreachableReason {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return 'other';
  if (code.startsWith('28')) return 'login';
  if (code === '3D000') return 'database';
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL')) return 'tls';
  if (code.startsWith('08') || ['ECONNREFUSED', 'ENOENT', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT'].includes(code)) {
    return 'connection';
  }
  return 'other';
}

/**
 * A connection to `store` as its role, as the application makes it; StoreUnreachable when none
 * comes. `password`, when given, instead of the store's password file (which need not exist yet).
 */
async function connect(store: PostgresStore, password?: string): Promise<pg.Client> {
  const connection = postgresConnection(password === undefined ? store : { ...store, passwordFile: undefined });
  const client = new pg.Client({
    host: connection.host,
    port: connection.port,
    database: connection.database,
    user: connection.username,
    password: password ?? connection.password,
    ssl: connection.ssl,
    application_name: 'cter-server-check',
    connectionTimeoutMillis: 10_000,
    // As the application connects (postgres.ts).
    options: '-c jit=off',
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new StoreUnreachable(reasonOf(error));
  }
}

/**
 * Whether `store` lets its role in: resolves when it does, StoreUnreachable when not. `cter server
 * init` asks this with a typed `password` before it writes anything, so a wrong one is not kept.
 */
export async function probePostgres(store: PostgresStore, password?: string): Promise<void> {
  const client = await connect(store, password);
  await client.end().catch(() => undefined);
}

/**
 * Connects to `store` as its `user` and reads the facts above; StoreUnreachable when it cannot
 * connect. Throws the store's AppError (STORE_CONFIG_INVALID, STORE_PASSWORD_FILE_*) for settings
 * that break the connection rules, before connecting.
 */
export async function inspectPostgres(store: PostgresStore): Promise<StoreInspection> {
  const client = await connect(store);
  try {
    const rows = async <T>(text: string, values: unknown[] = []): Promise<T[]> =>
      (await client.query(text, values)).rows as T[];
    const [version] = await rows<{ v: number }>(`SELECT current_setting('server_version_num')::int AS "v"`);
    const [role] = await rows<StoreInspection['role']>(
      `SELECT rolname AS "name", rolsuper AS "superuser", rolbypassrls AS "bypassRls",
              rolcreaterole AS "createRole", rolcreatedb AS "createDb"
         FROM pg_catalog.pg_roles WHERE rolname = current_user`,
    );
    const [present] = await rows<{ present: boolean }>(`SELECT to_regclass('schema_version') IS NOT NULL AS "present"`);
    let schemaVersion: number | null = null;
    if (present?.present) {
      const [row] = await rows<{ version: number }>('SELECT version FROM schema_version');
      schemaVersion = row?.version ?? null;
    }
    const extensions = await rows<{ name: string; installed: boolean; available: boolean }>(
      `SELECT n.name,
              EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = n.name) AS "installed",
              EXISTS (SELECT 1 FROM pg_catalog.pg_available_extensions a WHERE a.name = n.name) AS "available"
         FROM unnest($1::text[]) AS n(name)`,
      [[...REQUIRED_EXTENSIONS]],
    );
    const tables = COVERED_TABLES.map((covered) => covered.table);
    const found = await rows<{ table: string; enabled: boolean; forced: boolean; policies: number }>(
      `SELECT c.relname AS "table", c.relrowsecurity AS "enabled", c.relforcerowsecurity AS "forced",
              (SELECT count(*)::int FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid) AS "policies"
         FROM pg_catalog.pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname = ANY ($1)`,
      [tables],
    );
    const [jit] = await rows<{ jit: string }>(`SELECT current_setting('jit') AS "jit"`);
    return {
      serverVersion: version?.v ?? 0,
      role: role ?? { name: store.user, superuser: false, bypassRls: false, createRole: false, createDb: false },
      schemaVersion,
      expectedVersion: SCHEMA_VERSION,
      extensions: REQUIRED_EXTENSIONS.map(
        (name) => extensions.find((row) => row.name === name) ?? { name, installed: false, available: false },
      ),
      rowSecurity: tables.map((table) => {
        const row = found.find((candidate) => candidate.table === table);
        return row ? { ...row, present: true } : { table, present: false, enabled: false, forced: false, policies: 0 };
      }),
      jit: jit?.jit ?? '',
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}
