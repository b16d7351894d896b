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
import { calls, expectDurable, folderSyncedAfter, renameTo } from '../support/fs-calls';

vi.mock('node:fs', async (real) => (await import('../support/fs-calls')).recording(await real()));

/** Core's keys without a key derivation: the file discipline is under test, not the vault. */
const keys: OfflineKeys = {
  ...offlineKeys(),
  create: async () => ({ key: randomBytes(32), slot: { sealed: 'x' } }),
};

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
