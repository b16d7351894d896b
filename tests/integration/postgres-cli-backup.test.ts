// `cter backup` and `cter restore` on a PostgreSQL store (store.json in the data folder): the dump is
// made as the backup role store.json names (a reader that bypasses row security, as beheer.md sets
// it up: the test cluster's `cter_backup`), while the workspace logs in as the ordinary owner role;
// restored into an empty database by a beheerder whose password the dump's verifier accepts; a
// workstation's core refuses both.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main';
import type { PostgresStore } from '../../src-main/core/db/store';
import { BEHEERDER, cliIo, codeOf, dialogs, makeCore, tempDir, withDatabase, writeStoreFile } from './helpers';
import { createTestDatabase, dropTestDatabase, withBackupRole } from '../support/postgres-database';

const stores: PostgresStore[] = [];

async function freshStore(): Promise<PostgresStore> {
  const store = await createTestDatabase();
  stores.push(store);
  return store;
}

/** A data folder whose store.json names `store`, with the backup role. */
function folderFor(store: PostgresStore): string {
  const dir = tempDir();
  writeStoreFile(dir, withBackupRole(store));
  return dir;
}

afterAll(async () => {
  for (const store of stores) await dropTestDatabase(store);
});

describe('cter backup and cter restore on PostgreSQL', () => {
  it('a dump made as the backup role is restored into an empty database, accounts and all', async () => {
    const source = folderFor(await freshStore());
    expect(await runCli(['init', '--data', source, '--user', BEHEERDER.username], cliIo().io)).toBe(0);
    const created = cliIo();
    const createArgs = ['create-account', '--data', source, '--user', BEHEERDER.username, '--account', 'nina'];
    expect(await runCli([...createArgs, '--roles', 'notulist'], created.io)).toBe(0);

    const dump = join(tempDir(), 'cter.dump');
    const backup = cliIo();
    expect(await runCli(['backup', '--data', source, '--user', BEHEERDER.username, '--out', dump], backup.io)).toBe(0);
    expect(statSync(dump).mode & 0o077).toBe(0);

    // Restored by the beheerder of the dump, with the password the dump's verifier accepts.
    const target = folderFor(await freshStore());
    const wrong = cliIo({ CTER_PASSWORD: 'niet het goede wachtwoord' });
    expect(await runCli(['restore', '--from', dump, '--data', target, '--user', BEHEERDER.username], wrong.io)).toBe(1);
    expect(wrong.err.join('\n')).toMatch(/beheerder/i);
    const restore = cliIo();
    expect(await runCli(['restore', '--from', dump, '--data', target, '--user', BEHEERDER.username], restore.io)).toBe(
      0,
    );
    const listed = cliIo();
    expect(await runCli(['accounts', '--data', target, '--user', BEHEERDER.username], listed.io)).toBe(0);
    expect(listed.out.join('\n')).toMatch(/nina\tnina\tnotulist/);
    const verified = cliIo();
    expect(await runCli(['audit-verify', '--data', target, '--user', BEHEERDER.username], verified.io)).toBe(0);

    // A database in use is never restored over.
    const over = cliIo();
    expect(await runCli(['restore', '--from', dump, '--data', source, '--user', BEHEERDER.username], over.io)).toBe(1);
    expect(over.err.join('\n')).toMatch(/niet leeg/);
  });

  it('a workstation refuses to make or restore a server backup', async () => {
    const store = await freshStore();
    const files = dialogs();
    const { core } = makeCore(tempDir(), { store, platform: files.platform });
    try {
      await withDatabase(core);
      expect(await codeOf(core, 'backup:create')).toBe('BACKUP_ON_SERVER');
      expect(await codeOf(core, 'vault:restore-backup', { username: 'beheer', password: 'x' })).toBe(
        'BACKUP_ON_SERVER',
      );
    } finally {
      await core.close();
    }
  });
});
