// Crash-safe file replacement: write a temporary file beside the target, fsync it, rename it over
// the target, then fsync the directory so the rename itself survives a power loss.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(target: string, data: string | Uint8Array, mode = 0o600): void {
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', mode);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  fsyncDirectory(dirname(target));
}

/**
 * Renames a file whose content is already on disk (fsynced, or written by SQLite with
 * synchronous=FULL) into place, and fsyncs the folder so the new name survives a power loss.
 */
export function renameDurably(from: string, to: string): void {
  renameSync(from, to);
  fsyncDirectory(dirname(to));
}

/**
 * Removes a file (if it is there) and fsyncs its folder, so the removal is on disk before anything
 * that follows it is.
 */
export function removeDurably(path: string): void {
  rmSync(path, { force: true });
  fsyncDirectory(dirname(path));
}

function fsyncDirectory(dir: string): void {
  // Directories cannot be opened for fsync on Windows; there NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads a JSON file; undefined when it does not exist. Other errors (damage) propagate. */
export function readJsonIfExists(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
