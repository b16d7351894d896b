// The store configuration the IT department places in the data folder: `<dataDir>/store.json`.
// Absent: the embedded SQLCipher file, exactly as before. Present: a PostgreSQL store, read by the
// app and by the admin CLI alike (docs/beheer.md documents the fields). The file holds no secret
// (the password sits in its own file, `passwordFile`), but it decides which server the application
// trusts, so a file that others than its owner may change is refused, as is anything the schema
// does not know. A refusal is an AppError the login screen shows in Dutch; nothing opens.
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../src-shared/ipc/errors';
import { POOL_SIZE_RANGE, postgresConnection, type PostgresStore } from './store';

export const STORE_FILE = 'store.json';

const absolutePath = z.string().min(1).max(4096).refine(isAbsolute, 'must be an absolute path');

const storeFileSchema = z
  .object({
    engine: z.literal('postgres'),
    host: z.string().min(1).max(255).optional(),
    socketDir: absolutePath.optional(),
    port: z.number().int().min(1).max(65535).default(5432),
    database: z.string().min(1).max(63),
    user: z.string().min(1).max(63),
    passwordFile: absolutePath.optional(),
    backupUser: z.string().min(1).max(63).optional(),
    backupPasswordFile: absolutePath.optional(),
    sslmode: z.enum(['verify-full', 'disable']).optional(),
    sslRootCertFile: absolutePath.optional(),
    poolSize: z.number().int().min(POOL_SIZE_RANGE.min).max(POOL_SIZE_RANGE.max).optional(),
  })
  .strict();

/** The path of the store configuration in `dataDir`. */
export function storeFilePath(dataDir: string): string {
  return join(dataDir, STORE_FILE);
}

/**
 * The PostgreSQL store `<dataDir>/store.json` describes, or null when there is no such file (the
 * SQLCipher file). STORE_CONFIG_INVALID (with the field) for a file that cannot be read, is not
 * JSON, has an unknown or wrong field, or may be changed by its group or others.
 */
export function readStoreFile(dataDir: string): PostgresStore | null {
  const file = storeFilePath(dataDir);
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw new AppError('STORE_CONFIG_INVALID', { field: STORE_FILE });
  }
  if (process.platform !== 'win32' && (mode & 0o022) !== 0) {
    throw new AppError('STORE_CONFIG_INVALID', { field: STORE_FILE });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new AppError('STORE_CONFIG_INVALID', { field: STORE_FILE });
  }
  const parsed = storeFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] ?? (issue && 'keys' in issue ? (issue.keys as string[])[0] : undefined);
    throw new AppError('STORE_CONFIG_INVALID', { field: String(field ?? STORE_FILE) });
  }
  const store: PostgresStore = { ...parsed.data };
  // The connection rules of store.ts (TLS over TCP, a private password file) are checked at once,
  // so the login screen shows the problem before anyone types a password.
  postgresConnection(store);
  return store;
}
