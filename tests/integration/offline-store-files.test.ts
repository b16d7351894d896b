// The laptop's offline copy (src-main/team/offline-store.ts): its files reach the disk before
// anything trusts them. Each is written under a temporary name, fsynced, renamed into place, and
// the folder fsynced so the rename survives a power cut — in that order, the database before its
// slot (a slot is what makes a copy count, and holds the only key to it: a slot cut off to 0 bytes
// by a power cut loses what was typed into the copy). A power cut cannot be staged here, so the
// test records the file system calls the store makes (node:fs, wrapped) and checks their order.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { offlineKeys } from '../../src-main/core/vault/offline-keys';
import { OfflineStore, type OfflineKeys } from '../../src-main/team/offline-store';

/** What the store did to the disk, in order: `fsync <path>`, `rename <from> <to>`, `write <path>`. */
const calls = vi.hoisted(() => [] as string[]);

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const paths = new Map<number, string>();
  return {
    ...real,
    openSync: (path: string, flags?: fs.OpenMode, mode?: fs.Mode) => {
      const fd = real.openSync(path, flags ?? 'r', mode);
      paths.set(fd, String(path));
      return fd;
    },
    fsyncSync: (fd: number) => {
      real.fsyncSync(fd);
      calls.push(`fsync ${paths.get(fd)}`);
    },
    renameSync: (from: string, to: string) => {
      real.renameSync(from, to);
      calls.push(`rename ${String(from)} ${String(to)}`);
    },
    writeFileSync: (
      path: string,
      ...rest: Parameters<typeof real.writeFileSync> extends [unknown, ...infer R] ? R : never
    ) => {
      real.writeFileSync(path, ...rest);
      calls.push(`write ${String(path)}`);
    },
  };
});

/** Core's keys without a key derivation: the file discipline is under test, not the vault. */
const keys: OfflineKeys = {
  ...offlineKeys(),
  create: async () => ({ key: randomBytes(32), slot: { sealed: 'x' } }),
};

/** The index of the call that renamed something to `target`, and what it renamed. */
function renameTo(target: string): { at: number; from: string } {
  const at = calls.findIndex((call) => call.startsWith('rename ') && call.endsWith(` ${target}`));
  expect(at, `a rename to ${target}`).toBeGreaterThanOrEqual(0);
  return { at, from: calls[at]!.split(' ')[1]! };
}

/** The index of the folder's fsync that made `target`'s rename durable (after it). */
function folderSyncedAfter(target: string): number {
  const { at } = renameTo(target);
  const synced = calls.indexOf(`fsync ${dirname(target)}`, at);
  expect(synced, `${target}: the folder fsynced after the rename`).toBeGreaterThan(at);
  return synced;
}

/** `target` was put in place crash-safe: its content fsynced before the rename, the folder after. */
function expectDurable(target: string): number {
  const { at, from } = renameTo(target);
  expect(calls.slice(0, at), `${target}: its content on disk before the rename`).toContain(`fsync ${from}`);
  return folderSyncedAfter(target);
}

beforeEach(() => {
  calls.length = 0;
});

describe('the offline copy’s files', () => {
  it('puts the database, then its slot, in place crash-safe', async () => {
    const dir = join(fs.mkdtempSync(join(tmpdir(), 'cter-offline-store-')), 'offline');
    const store = new OfflineStore(dir, keys);
    const copy = await store.create(41, 'notulist', 'wachtwoord', { view: { title: 'Casusoverleg (fictief)' } });
    copy.close();

    const database = join(dir, 'overleg-41.sqlite');
    const slot = join(dir, 'overleg-41.slot.json');
    // The database's content SQLite fsyncs itself (synchronous=FULL; its close checkpoints into
    // the file); its rename is the store's to make durable.
    const databaseInPlace = folderSyncedAfter(database);
    expectDurable(slot);
    // The slot is written only once the database's rename is on disk.
    expect(renameTo(slot).at).toBeGreaterThan(databaseInPlace);
    fs.rmSync(dirname(dir), { recursive: true, force: true });
  });

  it('keeps the list of leases still to end crash-safe', () => {
    const dir = join(fs.mkdtempSync(join(tmpdir(), 'cter-offline-store-')), 'offline');
    const store = new OfflineStore(dir, keys);
    store.setPendingRevokes([41, 42]);
    expectDurable(join(dir, 'in-te-trekken.json'));
    expect(store.pendingRevokes()).toEqual([41, 42]);
    fs.rmSync(dirname(dir), { recursive: true, force: true });
  });
});
