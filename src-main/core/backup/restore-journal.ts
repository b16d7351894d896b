// Restoring a backup replaces two files, the database and its key file, with renames. Both new
// files are first written in full beside the database ("<db>.herstel.tmp", "<db>.herstel.sleutels"),
// then a small journal ("<db>.herstel.json") says the restore has begun; only then does anything
// move. Whoever finds a journal (the restore itself, or the next start after a crash) completes
// the same steps from wherever they stopped; staged files without a journal are a restore that
// never began, and are removed. Either way nothing is left half-done.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic';
import { removeStaleRestoreLock, restoreUnderWay } from '../db/restore-lock';
import { crashPoint } from '../fs/crash-points';
import { keyFilePath } from '../vault/keyfile';

const journalSchema = z
  .object({
    format: z.literal('cter-herstel'),
    version: z.literal(1),
    /** File name of the backup, for the notice and the audit log. */
    backup: z.string().min(1).max(500),
    /** File name (in the database's folder) the replaced database is kept as; null if there was none. */
    kept: z.string().min(1).max(500).nullable(),
    actor: z.object({ id: z.number().int(), username: z.string().min(1).max(200) }).strict(),
  })
  .strict();
export type RestoreJournal = z.infer<typeof journalSchema>;

/** What a start found of an interrupted restore: finished (the backup is in place) or undone. */
export type InterruptedRestore =
  { outcome: 'finished'; backup: string; kept: string | null; actor: RestoreJournal['actor'] } | { outcome: 'undone' };

export const journalPath = (target: string) => `${target}.herstel.json`;
export const stagedDatabase = (target: string) => `${target}.herstel.tmp`;
export const stagedKeyFile = (target: string) => `${target}.herstel.sleutels`;

const SIDE_FILES = ['-wal', '-shm'];

export function writeJournal(target: string, journal: RestoreJournal): void {
  writeFileAtomic(journalPath(target), `${JSON.stringify(journalSchema.parse(journal))}\n`);
  crashPoint('restore-journal');
}

function readJournal(target: string): RestoreJournal | null {
  try {
    const parsed = journalSchema.safeParse(JSON.parse(readFileSync(journalPath(target), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The steps after the journal, each skipped when already done: keep the old database (with its
 * WAL and key file) under the journal's name, put the staged database and key file in place,
 * remove the journal. Whether this call put the staged database in place (false: it was not there,
 * already moved or never staged).
 */
export function completeRestore(target: string, journal: RestoreJournal): boolean {
  const staged = stagedDatabase(target);
  const kept = journal.kept ? join(dirname(target), journal.kept) : null;
  const moved = existsSync(staged);
  if (moved) {
    if (kept && existsSync(target) && !existsSync(kept)) {
      if (existsSync(keyFilePath(target)) && !existsSync(keyFilePath(kept))) {
        writeFileAtomic(keyFilePath(kept), readFileSync(keyFilePath(target)));
      }
      renameSync(target, kept);
    }
    // The old database's WAL must never be read as the restored one's.
    for (const suffix of SIDE_FILES) {
      if (!existsSync(`${target}${suffix}`)) continue;
      if (kept && !existsSync(`${kept}${suffix}`)) renameSync(`${target}${suffix}`, `${kept}${suffix}`);
      else rmSync(`${target}${suffix}`, { force: true });
    }
    crashPoint('restore-old-moved');
    renameSync(staged, target);
    crashPoint('restore-new-moved');
  }
  if (existsSync(stagedKeyFile(target))) {
    renameSync(stagedKeyFile(target), keyFilePath(target));
    crashPoint('restore-keyfile');
  }
  rmSync(journalPath(target), { force: true });
  return moved;
}

/** At start: finishes a restore that a crash cut off after its journal, or removes one that never began. */
export function settleInterruptedRestore(target: string): InterruptedRestore | null {
  // A restore under way (its lock live: its process is there) is its own to finish: its staged files
  // and journal are not a crash's. One whose process is gone left the lock: removed below.
  if (restoreUnderWay(target)) return null;
  const settled = settle(target);
  removeStaleRestoreLock(target);
  return settled;
}

function settle(target: string): InterruptedRestore | null {
  if (existsSync(journalPath(target))) {
    const journal = readJournal(target);
    // A journal that cannot be read was not written by us (it is written atomically): leave all alone.
    if (!journal) return null;
    completeRestore(target, journal);
    return { outcome: 'finished', backup: journal.backup, kept: journal.kept, actor: journal.actor };
  }
  const leftovers = [stagedDatabase(target), stagedKeyFile(target)].filter((file) => existsSync(file));
  for (const file of leftovers) rmSync(file, { force: true });
  return leftovers.length > 0 ? { outcome: 'undone' } : null;
}
