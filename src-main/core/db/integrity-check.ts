// The full check of the SQLCipher file, moved off the unlock path (issue 20): opening reads only
// what makes it safe (database.ts: the key, the header and page count, the schema version); the
// whole file is read after a log-in, in the background (page-check.ts, a worker thread), and the
// result kept in a small side file beside the database ("<database>.controle.json": when, ok or
// fault, what ran it; no personal data), which the beheerder sees on Beheer > Back-up.
//
// While the worker reads, the file must not change: automatic checkpoints are off on the open
// connection (all writes go to the WAL) and a checkpoint first puts everything in the file. If the
// file changed anyway (the database was closed, a rekey or destruction wrote it), the result is not
// kept — it may have read a page half written. A restore records the check of the backup it put
// in place (backup-service.ts verifies a backup with quick_check before restoring it).
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { z } from 'zod';
import type { DatabaseCheck } from '../../../src-shared/ipc/backup';
import type { Clock } from '../clock';
import { writeFileAtomic } from '../fs/atomic';
import type { Logger } from '../logger';
import type { SqlCipherDatabase } from './database';
import { checkPages } from './page-check';
import type { SerialQueue } from './serial';

const recordSchema = z.object({
  checkedAt: z.string(),
  outcome: z.enum(['ok', 'fault']),
  trigger: z.enum(['achtergrond', 'herstel']),
});

export function checkRecordPath(databasePath: string): string {
  return `${databasePath}.controle.json`;
}

/** The last check of the database at `databasePath` that was kept, or null. */
export function readCheckRecord(databasePath: string): DatabaseCheck | null {
  try {
    const parsed = recordSchema.safeParse(JSON.parse(readFileSync(checkRecordPath(databasePath), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeCheckRecord(databasePath: string, record: DatabaseCheck): void {
  writeFileAtomic(checkRecordPath(databasePath), JSON.stringify(record, null, 2));
}

/** A restore replaces the file: what was found in the old one no longer holds. */
export function forgetCheckRecord(databasePath: string): void {
  rmSync(checkRecordPath(databasePath), { force: true });
}

/** SQLite's default (pages in the WAL before a checkpoint), put back after the check. */
const AUTOCHECKPOINT = 1000;

function fileStamp(path: string): string {
  const stat = statSync(path, { bigint: true });
  return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

export interface IntegrityHost {
  queue: SerialQueue;
  clock: Clock;
  logger: Logger;
  /** Whether `database` is still the open one. */
  isOpen(database: SqlCipherDatabase): boolean;
  /** Records a fault in the audit log (only while that database is still open). */
  audit(outcome: DatabaseCheck): Promise<void>;
}

/** Runs the background check of the open database, one at a time. */
export class IntegrityMonitor {
  private current: Promise<void> | null = null;

  constructor(private readonly host: IntegrityHost) {}

  running(): boolean {
    return this.current !== null;
  }

  /** Resolves when the check that is running (if any) has finished. */
  async settled(): Promise<void> {
    await this.current;
  }

  /** Starts the full check of `database` (just opened with `key`) in the background. */
  start(database: SqlCipherDatabase, key: Buffer): void {
    if (this.current) {
      this.host.logger.info('integrity: a check is still running; no second one started');
      return;
    }
    const copy = Buffer.from(key);
    this.current = this.run(database, copy)
      .catch((error: unknown) => {
        // Closed meanwhile (the file may be gone with it, as in the tests): nothing to report.
        if (this.host.isOpen(database)) this.host.logger.error('integrity: the check could not run', error);
        else this.host.logger.info('integrity: the check stopped; the database was closed meanwhile');
      })
      .finally(() => {
        copy.fill(0);
        this.current = null;
      });
  }

  private async run(database: SqlCipherDatabase, key: Buffer): Promise<void> {
    const { queue, logger } = this.host;
    const path = database.path;
    const before = await queue.run(async () => {
      if (!this.host.isOpen(database)) return null;
      database.handle.pragma(`wal_autocheckpoint=0`);
      database.handle.pragma('wal_checkpoint(TRUNCATE)');
      return fileStamp(path);
    });
    if (before === null) return;
    let pages;
    try {
      pages = await checkPages(path, key, database.readDescriptor());
    } finally {
      await queue.run(async () => {
        if (this.host.isOpen(database)) database.handle.pragma(`wal_autocheckpoint=${AUTOCHECKPOINT}`);
      });
    }
    const still = existsSync(path) && fileStamp(path) === before;
    if (!still) {
      logger.info('integrity: the file changed while it was checked; the result is not kept');
      return;
    }
    const fault = pages.badCount > 0 || pages.partialPage;
    const record: DatabaseCheck = {
      checkedAt: this.host.clock.now().toISOString(),
      outcome: fault ? 'fault' : 'ok',
      trigger: 'achtergrond',
    };
    writeCheckRecord(path, record);
    if (fault) {
      // A warning, not an error of the program: the beheerder's screen says what to do.
      logger.warn(
        `integrity: DAMAGED — ${pages.badCount} of ${pages.pages} pages fail their check` +
          ` (first: ${pages.badPages.join(', ')})${pages.partialPage ? '; the file ends mid-page' : ''}`,
      );
    } else {
      logger.info(`integrity: ${pages.pages} pages checked in ${pages.ms} ms, no damage`);
    }
    // A fault goes into the audit log too (an ok result only into the side file and the log).
    if (fault && this.host.isOpen(database)) {
      await this.host.audit(record).catch((error: unknown) => {
        logger.error('integrity: could not record the check in the audit log', error);
      });
    }
  }
}
