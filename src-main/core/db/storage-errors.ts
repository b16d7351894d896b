// A write the disk refused, on either engine: full, or not writable. Such a failure is no fault of
// the application and no damage: the transaction was rolled back whole, and the same save succeeds
// once someone frees space or gives the write back. So the user is told which (STORAGE_FULL,
// STORAGE_READONLY) instead of INTERNAL, and the renderer's autosave tries again by itself.
import { AppError } from '../../../src-shared/ipc/errors';

/**
 * SQLite's result codes (better-sqlite3 names them, TypeORM's QueryFailedError copies the name),
 * PostgreSQL's SQLSTATEs and Node's errno codes, by what they mean for a save.
 */
const FULL = /^(SQLITE_FULL|53100|ENOSPC|EDQUOT)$/;
/** SQLITE_READONLY and its extended codes; a standby's read_only_sql_transaction; a read-only volume. */
const READONLY = /^(SQLITE_READONLY(_\w+)?|25006|EROFS)$/;

/** STORAGE_FULL or STORAGE_READONLY for a write the disk refused; null for any other failure. */
export function storageRefusal(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (FULL.test(code)) return new AppError('STORAGE_FULL');
  if (READONLY.test(code)) return new AppError('STORAGE_READONLY');
  return null;
}
