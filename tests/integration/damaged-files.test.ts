// A database file or key file that is damaged is called damaged, with the way to a backup open:
// never a new empty database in its place, never "wrong password" for a file that was changed.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Driver from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { PREFERENCES_FILE } from '../../src-main/core/app/preferences';
import { applyCipher } from '../../src-main/core/db/database';
import { readKeyFile, writeKeyFile } from '../../src-main/core/vault/keyfile';
import { Vault } from '../../src-main/core/vault/vault';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';
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

  it('calls a damaged settings file damaged, not a first run: no wizard, nothing overwritten', async () => {
    // The set-up wizard put the database in another folder; the settings file says where.
    const { core, dataDir } = makeCore();
    const path = join(tempDir(), 'cter-werkplaats.db');
    await core.setup.createDatabase(path, { demo: false, ...BEHEERDER });
    await core.close();
    const settings = join(dataDir, PREFERENCES_FILE);
    const whole = `${JSON.stringify({ version: 1, locale: 'nl', databasePath: path }, null, 2)}\n`;
    writeFileSync(settings, whole.slice(0, 30)); // a disk fault cut it off
    const size = statSync(path).size;

    const again = makeCore(dataDir);
    expect(await state(again.core)).toMatchObject({ state: 'settings-damaged', problem: 'SETTINGS_DAMAGED' });
    // Not the wizard's to set up a second, empty installation; not the demo's to take the file over.
    expect(await codeOf(again.core, 'vault:prepare-setup')).toBe('SETUP_NOT_ALLOWED');
    expect(await codeOf(again.core, 'vault:setup-demo')).toBe('SETUP_NOT_ALLOWED');
    expect(await codeOf(again.core, 'session:login', login)).toBe('SETTINGS_DAMAGED');
    expect(await codeOf(again.core, 'app:set-locale', { locale: 'en' })).toBe('SETTINGS_DAMAGED');
    expect(again.logger.lines.join('\n')).toMatch(/preferences: the settings file is damaged/);
    await again.core.close();
    expect(readFileSync(settings, 'utf8')).toBe(whole.slice(0, 30));
    expect(existsSync(join(dataDir, 'cter-werkplaats.db'))).toBe(false);
    expect(statSync(path).size).toBe(size);

    // The administrator puts the file back: the database opens as before.
    writeFileSync(settings, whole);
    const restored = makeCore(dataDir);
    expect(await codeOf(restored.core, 'session:login', login)).toBe('ok');
    await restored.core.close();
  });

  it('on a PostgreSQL store (store.json) a damaged settings file leaves the log-in as it is', async () => {
    const store = await createTestDatabase({ migrated: true });
    try {
      const { core, dataDir } = makeCore(undefined, { store });
      await withDatabase(core);
      await core.close();
      writeFileSync(join(dataDir, PREFERENCES_FILE), '{');

      // The database's place is store.json's to say: the usual login screen, the usual log-in.
      const again = makeCore(dataDir);
      expect(await state(again.core)).toMatchObject({ state: 'locked', problem: null });
      expect(await codeOf(again.core, 'session:login', login)).toBe('ok');
      // Only the language, which lives in the damaged file, cannot be changed until it is put back.
      expect(await codeOf(again.core, 'app:set-locale', { locale: 'en' })).toBe('SETTINGS_DAMAGED');
      await again.core.close();
      expect(readFileSync(join(dataDir, PREFERENCES_FILE), 'utf8')).toBe('{');
    } finally {
      await dropTestDatabase(store);
    }
  });
});
