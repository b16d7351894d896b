// A backup reaches the disk before the app says it was made: the copy (VACUUM INTO a temporary
// file) and its key file are fsynced before they are renamed into place, and the folder after, so
// a power cut just after "Back-up gemaakt" leaves the backup and its key file, not a name that
// points nowhere (or an older backup beside the new key file). The file system calls are recorded
// (tests/support/fs-calls.ts): a power cut cannot be staged here.
import { join } from 'node:path';
import { beforeEach, describe, it, vi } from 'vitest';
import { writeBackup } from '../../src-main/core/backup/backup-service';
import { keyFilePath } from '../../src-main/core/vault/keyfile';
import { calls, expectDurable } from '../support/fs-calls';
import { makeCore, tempDir, withDatabase } from './helpers';

vi.mock('node:fs', async (real) => (await import('../support/fs-calls')).recording(await real()));

beforeEach(() => {
  calls.length = 0;
});

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
});
