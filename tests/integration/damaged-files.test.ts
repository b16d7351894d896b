// A database file or key file that is damaged is called damaged, with the way to a backup open:
// never a new empty database in its place, never "wrong password" for a file that was changed.
import { randomUUID } from 'node:crypto';
import { existsSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Driver from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { applyCipher } from '../../src-main/core/db/database';
import { readKeyFile, writeKeyFile } from '../../src-main/core/vault/keyfile';
import { Vault } from '../../src-main/core/vault/vault';
import { BEHEERDER, call, dialogs, codeOf, makeCore, tempDir, withDatabase } from './helpers';

const login = { username: BEHEERDER.username, password: BEHEERDER.password };

/** A database with a backup of it; logged out afterwards. */
async function databaseWithBackup() {
  const { platform, answer } = dialogs();
  const made = makeCore(undefined, { platform });
  const { path, recoveryKey } = await withDatabase(made.core);
  const backup = join(tempDir(), 'backup.db');
  answer(backup);
  await call(made.core, 'backup:create');
  await call(made.core, 'session:logout');
  return { ...made, path, recoveryKey, backup, answer };
}

async function state(core: Parameters<typeof call>[0]) {
  return call<{ state: string; problem: string | null }>(core, 'vault:status');
}

describe('damaged database and key files', () => {
  it('calls a 0-byte database damaged at login, leaves it alone, and lets a backup be restored', async () => {
    const { core, path, backup, answer } = await databaseWithBackup();
    truncateSync(path, 0);
    expect(await codeOf(core, 'session:login', login)).toBe('DATABASE_DAMAGED');
    expect(statSync(path).size).toBe(0);
    // Again: still damaged (not a new empty database that now says "wrong password").
    expect(await codeOf(core, 'session:login', login)).toBe('DATABASE_DAMAGED');
    expect(statSync(path).size).toBe(0);
    expect(await state(core)).toMatchObject({ state: 'damaged', problem: 'DATABASE_DAMAGED' });
    answer(backup);
    expect(await call(core, 'vault:restore-backup', login)).toEqual({
      restored: true,
      fileName: 'backup.db',
      kept: expect.stringMatching(/^cter-werkplaats\.db\.voor-herstel-/),
    });
    expect(await codeOf(core, 'session:login', login)).toBe('ok');
    await core.close();
  });

  it('never migrates an existing file of schema version 0 (an empty database under the right key)', async () => {
    const { core, path, recoveryKey } = await databaseWithBackup();
    await core.close();
    const key = new Vault(path).unlockWithRecoveryKey(recoveryKey);
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(`${path}${suffix}`)) truncateSync(`${path}${suffix}`, 0);
    const handle = new Driver(path);
    applyCipher(handle, key);
    handle.exec('CREATE TABLE leeg (x); DROP TABLE leeg;');
    handle.close();
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(0);

    const again = makeCore(join(path, '..'));
    expect(await codeOf(again.core, 'session:login', login)).toBe('DATABASE_DAMAGED');
    expect(statSync(path).size).toBe(size);
    const check = new Driver(path);
    applyCipher(check, key);
    expect(check.prepare('SELECT count(*) AS n FROM sqlite_master').get()).toEqual({ n: 0 });
    check.close();
    expect((await state(again.core)).state).toBe('damaged');
    await again.core.close();
  });

  it('calls a key file with an edited databaseId damaged at login, not a wrong password', async () => {
    const { core, path } = await databaseWithBackup();
    const vault = new Vault(path);
    writeKeyFile(vault.keyFile, { ...readKeyFile(vault.keyFile), databaseId: randomUUID() });
    expect(await codeOf(core, 'session:login', login)).toBe('KEYFILE_DAMAGED');
    expect(await state(core)).toMatchObject({ state: 'damaged', problem: 'KEYFILE_DAMAGED' });
    await core.close();
  });

  it('calls a too-short database file damaged', async () => {
    const { core, path } = await databaseWithBackup();
    writeFileSync(path, Buffer.alloc(100));
    expect(await codeOf(core, 'session:login', login)).toBe('DATABASE_DAMAGED');
    expect(statSync(path).size).toBe(100);
    await core.close();
  });
});
