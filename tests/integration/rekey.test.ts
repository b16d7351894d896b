// Rotating the database key: every account and the recovery key keep access, the old key opens
// nothing, and a rotation interrupted between its steps is completed at the next login.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/core/db/database';
import { rekeyDatabase, pendingKeyFile } from '../../src-main/core/vault/rekey';
import { Vault } from '../../src-main/core/vault/vault';
import { BEHEERDER, call, codeOf, makeCore, withDatabase } from './helpers';

describe('rekey', () => {
  it('keeps every slot working and retires the old key', async () => {
    const { core } = makeCore();
    const { path, recoveryKey } = await withDatabase(core);
    const made = await call<{ temporaryPassword: string }>(core, 'accounts:create', {
      username: 'piet',
      displayName: 'Piet',
      roles: ['notulist'],
    });
    const oldKey = new Vault(path).unlockWithRecoveryKey(recoveryKey);
    await rekeyDatabase(core.workspace);
    expect(await codeOf(core, 'accounts:list')).toBe('ok');
    await call(core, 'session:logout');
    const newKey = new Vault(path).unlockWithRecoveryKey(recoveryKey);
    expect(newKey.equals(oldKey)).toBe(false);
    expect(await codeOf(core, 'session:login', { username: 'piet', password: made.temporaryPassword })).toBe('ok');
    await call(core, 'session:logout');
    expect(await codeOf(core, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password })).toBe(
      'ok',
    );
    await core.close();
    await expect(openDatabase({ path, key: oldKey, mode: 'open' })).rejects.toMatchObject({ code: 'DATABASE_DAMAGED' });
  });

  it('completes a rotation that stopped after the database was re-encrypted', async () => {
    const { core, dataDir } = makeCore();
    const { path } = await withDatabase(core);
    const vault = new Vault(path);
    const newKey = randomBytes(32);
    // The first two steps of rekeyDatabase, then the process "dies".
    vault.rewrapAll(newKey, pendingKeyFile(vault));
    const handle = core.workspace.requireOpen().database.handle!;
    handle.pragma('journal_mode=DELETE');
    handle.pragma(`rekey="x'${newKey.toString('hex')}'"`);
    await core.close();

    const again = makeCore(dataDir);
    expect(
      await codeOf(again.core, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password }),
    ).toBe('ok');
    expect(existsSync(pendingKeyFile(vault))).toBe(false);
    expect((await vault.unlock(BEHEERDER.username, BEHEERDER.password)).databaseKey.equals(newKey)).toBe(true);
    await again.core.close();
  });

  it('removes the pending key file of a rotation that stopped before the database was re-encrypted', async () => {
    const { core, dataDir } = makeCore();
    const { path } = await withDatabase(core);
    const vault = new Vault(path);
    // Only the first step of rekeyDatabase, then the process "dies": the database keeps its key.
    vault.rewrapAll(randomBytes(32), pendingKeyFile(vault));
    await core.close();

    const again = makeCore(dataDir);
    expect(
      await codeOf(again.core, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password }),
    ).toBe('ok');
    expect(existsSync(pendingKeyFile(vault))).toBe(false);
    await again.core.close();
  });
});
