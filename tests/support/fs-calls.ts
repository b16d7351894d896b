// What code under test did to the disk, in order, for tests that check crash safety where a power
// cut cannot be staged: `fsync <path>`, `rename <from> <to>`, `write <path>`, `remove <path>`. A
// test file installs it over node:fs with
//   vi.mock('node:fs', async (real) => (await import('../support/fs-calls')).recording(await real()));
// and checks with `expectDurable` that a file was put in place crash-safe. No runtime import of
// node:fs here: this module is what replaces it.
import type * as fs from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

export const calls: string[] = [];

/** node:fs with openSync, fsyncSync, renameSync, writeFileSync, rmSync and unlinkSync recorded in `calls`. */
export function recording(real: typeof fs): typeof fs {
  const paths = new Map<number, string>();
  return {
    ...real,
    openSync: (path: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode | null) => {
      const fd = real.openSync(path, flags ?? 'r', mode);
      paths.set(fd, String(path));
      return fd;
    },
    fsyncSync: (fd: number) => {
      real.fsyncSync(fd);
      calls.push(`fsync ${paths.get(fd)}`);
    },
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      real.renameSync(from, to);
      calls.push(`rename ${String(from)} ${String(to)}`);
    },
    writeFileSync: (...args: Parameters<typeof fs.writeFileSync>) => {
      real.writeFileSync(...args);
      calls.push(`write ${String(args[0])}`);
    },
    rmSync: (path: fs.PathLike, options?: fs.RmOptions) => {
      real.rmSync(path, options);
      calls.push(`remove ${String(path)}`);
    },
    unlinkSync: (path: fs.PathLike) => {
      real.unlinkSync(path);
      calls.push(`remove ${String(path)}`);
    },
  };
}

/** The index of the call that renamed something to `target`, and what it renamed. */
export function renameTo(target: string): { at: number; from: string } {
  const at = calls.findIndex((call) => call.startsWith('rename ') && call.endsWith(` ${target}`));
  expect(at, `a rename to ${target}`).toBeGreaterThanOrEqual(0);
  return { at, from: calls[at]!.split(' ')[1]! };
}

/** The index of the folder's fsync that made `target`'s rename durable (after it). */
export function folderSyncedAfter(target: string): number {
  const { at } = renameTo(target);
  const synced = calls.indexOf(`fsync ${dirname(target)}`, at);
  expect(synced, `${target}: the folder fsynced after the rename`).toBeGreaterThan(at);
  return synced;
}

/** `target` was put in place crash-safe: its content fsynced before the rename, the folder after. */
export function expectDurable(target: string): number {
  const { at, from } = renameTo(target);
  expect(calls.slice(0, at), `${target}: its content on disk before the rename`).toContain(`fsync ${from}`);
  return folderSyncedAfter(target);
}
