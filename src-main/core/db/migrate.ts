// Running the pending migrations, on either engine. Each runs in a transaction of its own, so one
// that fails is rolled back whole: the database stays at the version before it (those before it
// in the same run stay done; the next start runs from there). Such a failure is no damage, and a
// restore would not help (the backup meets the same migration) while it would put the work since
// the backup aside: it is MIGRATION_FAILED ("could not be brought up to date, nothing changed"),
// with the migration's own error kept as the cause for the log (workspace/vault-state.ts).
import type { DataSource } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import { storageRefusal } from './storage-errors';

/**
 * Runs `source`'s pending migrations. `passOn` picks the failures that say something about the
 * store rather than the migration (a damaged file, a server gone): those are thrown as they are,
 * for the engine's own classification.
 */
export async function runPendingMigrations(source: DataSource, passOn: (error: unknown) => boolean): Promise<void> {
  try {
    await source.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (error instanceof AppError || passOn(error)) throw error;
    const refused = storageRefusal(error);
    if (refused) throw refused;
    const failed = new AppError('MIGRATION_FAILED');
    failed.cause = error;
    throw failed;
  }
}
