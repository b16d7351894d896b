// A backup reaches the disk before the app says it was made: the copy (VACUUM INTO a temporary
// file) and its key file are fsynced before they are renamed into place, and the folder after, so
// a power cut just after "Back-up gemaakt" leaves the backup and its key file, not a name that
// points nowhere. Over an older backup of the same name, the older copy goes first: at no crash
// point does it stand beside the new key file (a pair that may not open). The file system calls
// are recorded (tests/support/fs-calls.ts): a power cut cannot be staged here.
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyBackup, writeBackup } from '../../src-main/core/backup/backup-service';
import { keyFilePath } from '../../src-main/core/vault/keyfile';
import { calls, expectDurable } from '../support/fs-calls';
import { BEHEERDER, makeCore, tempDir, withDatabase } from './helpers';

vi.mock('node:fs', async (real) => (await import('../support/fs-calls')).recording(await real()));

beforeEach(() => {
  calls.length = 0;
});

type Generation = 'older' | 'new' | 'none';

/**
 * Replays the recorded calls from a pair of the older backup at `target`, and after each one (a
 * crash there) checks that the copy at `target`, if any, has the key file of its own generation.
 * A removal counts only once the folder is fsynced: until then a crash may undo it, so a key file
 * renamed in before that fsync could still meet the older copy.
 */
function expectPairAtEveryCrashPoint(target: string): void {
  const keyFile = keyFilePath(target);
  let copy: Generation = 'older';
  let key: Generation = 'older';
  let removalPending = false;
  for (const call of calls) {
    if (call === `remove ${target}`) [copy, removalPending] = ['none', true];
    else if (call === `fsync ${dirname(target)}`) removalPending = false;
    else if (call.startsWith('rename ') && call.endsWith(` ${keyFile}`)) key = 'new';
    else if (call.startsWith('rename ') && call.endsWith(` ${target}`)) copy = 'new';
    const onDisk = removalPending ? 'older' : copy;
    expect(onDisk === 'none' || onDisk === key, `after "${call}": the ${onDisk} copy beside the ${key} key file`).toBe(
      true,
    );
  }
  expect([copy, key]).toEqual(['new', 'new']);
}

describe('a backup file', () => {
  it('and its key file are put in place crash-safe', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const target = join(tempDir('cter-backup-files-'), 'back-up.db');
    calls.length = 0;
    writeBackup(core.workspace.requireOpen().database, core.workspace.vault().keyFile, target);
    expectDurable(keyFilePath(target));
    expectDurable(target);
    await core.close();
  });

  it('over an older backup of the same name: never the older copy beside the new key file', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const target = join(tempDir('cter-backup-files-'), 'back-up.db');
    const database = core.workspace.requireOpen().database;
    writeBackup(database, core.workspace.vault().keyFile, target);
    calls.length = 0;
    writeBackup(database, core.workspace.vault().keyFile, target);
    expectPairAtEveryCrashPoint(target);
    expectDurable(keyFilePath(target));
    expectDurable(target);
    // And the new pair is a backup that opens.
    const verified = await verifyBackup(target, BEHEERDER.username, BEHEERDER.password);
    verified.key.fill(0);
    await core.close();
  });
});
