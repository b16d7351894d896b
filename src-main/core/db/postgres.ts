// Opening a PostgreSQL database (team mode; store.ts checks the connection settings). The same
// entities as on SQLCipher, and the same schema version: an empty database starts from the
// baseline (migrations/postgres, the schema of version 9 in one migration), then runs the later
// migrations, which are written for both engines. The version lives in the one-row table
// `schema_version`; a database from a newer version is refused (DATABASE_TOO_NEW).
//
// Several cores may start at once against one database: migrations run under a session-level
// advisory lock, and each core reads the version only once it holds the lock, so the database is
// migrated once and the others find it done.
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import { ENTITIES } from './entities';
import { runPendingMigrations } from './migrate';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { BASELINE_VERSION, PostgresBaseline1765094400009 } from './migrations/postgres';
import { postgresConnection, type OpenStore, type PostgresStore } from './store';

/** A PostgreSQL database: no file and no handle of its own (vacuum, keys and backups are the DBA's). */
export interface PostgresDatabase extends OpenStore {
  readonly engine: 'postgres';
  readonly path?: undefined;
  readonly handle?: undefined;
  /**
   * Whether the connected role is subject to row-level security (migration 0012): a superuser or a
   * role with BYPASSRLS skips every policy, FORCE or not. A workspace opens its store with
   * `requireRowSecurity`, which refuses 'bypassed' (docs/beheer.md, "Rijbeveiliging (RLS)").
   */
  readonly rowSecurity: 'enforced' | 'bypassed';
}

/** Whether the role this source logs in as is subject to row-level security. */
async function rowSecurityOf(source: DataSource): Promise<'enforced' | 'bypassed'> {
  const [role] = (await source.query(
    'SELECT rolsuper OR rolbypassrls AS "bypass" FROM pg_catalog.pg_roles WHERE rolname = current_user',
  )) as { bypass: boolean }[];
  return role && !role.bypass ? 'enforced' : 'bypassed';
}

/** The migrations on PostgreSQL: the baseline stands for 0001..0009, then the shared ones. */
export const POSTGRES_MIGRATIONS = [PostgresBaseline1765094400009, ...MIGRATIONS.slice(BASELINE_VERSION)];

/** pg_advisory_lock(MIGRATION_LOCK): the two 32-bit keys 'CTER' and 'migr' (a restore holds it too). */
export const MIGRATION_LOCK = [0x43544552, 0x6d696772] as const;

/**
 * SQLSTATE classes and driver codes that mean: the server could not be reached or refused us, or
 * went away under a connection (shut down, restarted, the connection ended by an administrator:
 * 57P01-57P03; the driver's "Connection terminated" when the socket closed without a word).
 */
export function unreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof code !== 'string') return typeof message === 'string' && message.startsWith('Connection terminated');
  return (
    /^(08|28|3D|57P0[123])/.test(code) ||
    ['ECONNREFUSED', 'ENOENT', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET'].includes(code) ||
    code.startsWith('ERR_TLS') ||
    code.includes('CERT')
  );
}

/**
 * Deadlock detected (40P01) or a serialization failure (40001): PostgreSQL ended this transaction
 * so another could go on; it was rolled back whole, and running it again may succeed.
 */
export function conflicted(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

function classify(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (unreachable(error)) return new AppError('STORE_UNREACHABLE');
  return new AppError('DATABASE_DAMAGED');
}

/** The schema version of the database, or null when it has none (empty, or not ours). */
async function readVersion(source: DataSource): Promise<{ version: number | null; foreignTables: number }> {
  const [present] = (await source.query(`SELECT to_regclass('schema_version') IS NOT NULL AS present`)) as {
    present: boolean;
  }[];
  if (present?.present) {
    const rows = (await source.query('SELECT version FROM schema_version')) as { version: number }[];
    if (rows.length !== 1) throw new AppError('DATABASE_DAMAGED');
    return { version: rows[0]!.version, foreignTables: 0 };
  }
  // TypeORM creates `migrations` before the first migration's transaction: that alone is empty.
  const [count] = (await source.query(
    `SELECT count(*)::int AS n FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename <> 'migrations'`,
  )) as { n: number }[];
  return { version: null, foreignTables: count?.n ?? 0 };
}

export async function openPostgres(store: PostgresStore): Promise<PostgresDatabase> {
  const connection = postgresConnection(store);
  const target = store.upTo ?? SCHEMA_VERSION;
  if (target < BASELINE_VERSION || target > SCHEMA_VERSION)
    throw new AppError('STORE_CONFIG_INVALID', { field: 'upTo' });
  const source = new DataSource({
    type: 'postgres',
    driver: pg,
    host: connection.host,
    port: connection.port,
    database: connection.database,
    username: connection.username,
    password: connection.password,
    ssl: connection.ssl,
    applicationName: 'cter-werkplaats',
    entities: ENTITIES,
    migrations: POSTGRES_MIGRATIONS.slice(0, target - BASELINE_VERSION + 1),
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logging: false,
    connectTimeoutMS: 10_000,
    // Each transaction holds one for its length (DatabaseHolder.transaction): store.ts.
    poolSize: connection.poolSize,
    // No JIT compilation for the application's sessions: the server compiles a query's expressions
    // once its estimated cost passes jit_above_cost, and behind row security the policies' subplans
    // push ordinary reads past it. The dashboard's read of every signal took ~400 ms on a
    // 150k-signal table, ~300 of them compiling, 117 ms without (docs/benchmarks.md). The queries
    // here are short; compiling never pays.
    extra: { options: '-c jit=off' },
  });

  try {
    await source.initialize();
  } catch (error) {
    if (source.isInitialized) await source.destroy().catch(() => undefined);
    throw classify(error);
  }

  let rowSecurity: 'enforced' | 'bypassed';
  try {
    rowSecurity = await rowSecurityOf(source);
  } catch (error) {
    await source.destroy().catch(() => undefined);
    throw classify(error);
  }
  // Before any migration: tables made by a role that skips the wall would belong to it.
  if (store.requireRowSecurity && rowSecurity === 'bypassed') {
    await source.destroy().catch(() => undefined);
    throw new AppError('STORE_ROLE_BYPASSES_RLS');
  }

  const runner = source.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK]);
    try {
      const { version, foreignTables } = await readVersion(source);
      if (version !== null && version > SCHEMA_VERSION) throw new AppError('DATABASE_TOO_NEW');
      // Tables but no version: this database holds something else; it is not ours to migrate.
      if (version === null && foreignTables > 0) throw new AppError('DATABASE_DAMAGED');
      if (!store.readonly && (version ?? 0) < target) {
        await runPendingMigrations(source, unreachable);
        await source.query('UPDATE schema_version SET version = $1', [target]);
      }
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1, $2)', [...MIGRATION_LOCK]);
    }
  } catch (error) {
    await runner.release().catch(() => undefined);
    await source.destroy().catch(() => undefined);
    throw classify(error);
  }
  await runner.release();

  const { version } = await readVersion(source);
  return {
    engine: 'postgres',
    source,
    schemaVersion: version ?? 0,
    rowSecurity,
    async close() {
      if (source.isInitialized) await source.destroy();
    },
  };
}
