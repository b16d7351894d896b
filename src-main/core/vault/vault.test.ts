import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/ipc/errors';
import { readKeyFile, writeKeyFile } from './keyfile';
import { parseRecoveryKey } from './recovery-key';
import { Vault } from './vault';

const PASSWORD = 'een lange zin als wachtwoord';

async function freshVault() {
  const path = join(mkdtempSync(join(tmpdir(), 'cter-vault-')), 'cter.db');
  const vault = new Vault(path);
  const made = await vault.create({ username: 'Beheer', password: PASSWORD, demo: false });
  return { vault, made };
}

async function code(promise: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

describe('vault', () => {
  it('opens the random database key with the password, case-insensitively by username', async () => {
    const { vault, made } = await freshVault();
    expect(made.databaseKey).toHaveLength(32);
    const unlocked = await vault.unlock('beheer', PASSWORD);
    expect(unlocked.databaseKey.equals(made.databaseKey)).toBe(true);
    expect(unlocked.slotId).toBe(made.slotId);
  });

  it('gives one answer for a wrong password and an unknown user', async () => {
    const { vault } = await freshVault();
    expect(await code(vault.unlock('beheer', 'fout'))).toBe('WRONG_CREDENTIALS');
    expect(await code(vault.unlock('niemand', PASSWORD))).toBe('WRONG_CREDENTIALS');
  });

  it('stores the KDF parameters per slot, at or above the OWASP scrypt minimum', async () => {
    const { vault } = await freshVault();
    const slot = vault.read().slots.find((s) => s.kind === 'password')!;
    expect(slot.kdf).toMatchObject({ name: 'scrypt', N: 131072, r: 8, p: 1 });
  });

  it('opens with the recovery key, and refuses a wrong or malformed one', async () => {
    const { vault, made } = await freshVault();
    expect(vault.unlockWithRecoveryKey(made.recoveryKey.toLowerCase()).equals(made.databaseKey)).toBe(true);
    const other = (await freshVault()).made.recoveryKey;
    expect(await code(() => vault.unlockWithRecoveryKey(other))).toBe('RECOVERY_KEY_WRONG');
    expect(await code(() => vault.unlockWithRecoveryKey('ABCD-EFGH'))).toBe('RECOVERY_KEY_INVALID');
    expect(parseRecoveryKey(made.recoveryKey)).not.toBeNull();
  });

  it('adds, replaces and removes account slots', async () => {
    const { vault, made } = await freshVault();
    const first = await vault.addPasswordSlot(made.databaseKey, 'piet', 'tijdelijk wachtwoord 1');
    expect((await vault.unlock('piet', 'tijdelijk wachtwoord 1')).slotId).toBe(first);
    // A new password for the same user replaces the slot: the old password no longer opens anything.
    const second = await vault.addPasswordSlot(made.databaseKey, 'PIET', 'nieuw wachtwoord voor piet');
    expect(await code(vault.unlock('piet', 'tijdelijk wachtwoord 1'))).toBe('WRONG_CREDENTIALS');
    expect((await vault.unlock('piet', 'nieuw wachtwoord voor piet')).slotId).toBe(second);
    vault.removeSlot(second);
    expect(await code(vault.unlock('piet', 'nieuw wachtwoord voor piet'))).toBe('WRONG_CREDENTIALS');
    expect(
      vault
        .read()
        .slots.map((s) => s.kind)
        .sort(),
    ).toEqual(['password', 'recovery']);
  });

  it('re-wraps every slot for a new key without any password', async () => {
    const { vault, made } = await freshVault();
    await vault.addPasswordSlot(made.databaseKey, 'piet', 'tijdelijk wachtwoord 1');
    const newKey = Buffer.alloc(32, 7);
    vault.rewrapAll(newKey, vault.keyFile);
    expect((await vault.unlock('beheer', PASSWORD)).databaseKey.equals(newKey)).toBe(true);
    expect((await vault.unlock('piet', 'tijdelijk wachtwoord 1')).databaseKey.equals(newKey)).toBe(true);
    expect(vault.unlockWithRecoveryKey(made.recoveryKey).equals(newKey)).toBe(true);
  });

  it('writes a key file that names no account and holds no key in the clear', async () => {
    const { vault, made } = await freshVault();
    const text = readFileSync(vault.keyFile, 'utf8');
    expect(text.toLowerCase()).not.toContain('beheer');
    expect(text).not.toContain(made.databaseKey.toString('hex'));
    expect(text).not.toContain(made.databaseKey.toString('base64'));
    expect(text).not.toContain(made.recoveryKey);
  });

  it('refuses a damaged key file and one from a newer version', async () => {
    const { vault } = await freshVault();
    const file = readKeyFile(vault.keyFile);
    writeFileSync(vault.keyFile, '{"format": "cter-werkplaats-sleutels", "version": 1, "slots": [');
    expect(await code(() => vault.read())).toBe('KEYFILE_DAMAGED');
    writeFileSync(vault.keyFile, JSON.stringify({ ...file, version: 2 }));
    expect(await code(() => vault.read())).toBe('DATABASE_TOO_NEW');
    writeKeyFile(vault.keyFile, file);
    const slot = file.slots[0]!;
    writeFileSync(
      vault.keyFile,
      JSON.stringify({ ...file, slots: [{ ...slot, envelope: { ...slot.envelope, data: 'AAAA' } }] }),
    );
    expect(await code(vault.unlock('beheer', PASSWORD))).toBe('WRONG_CREDENTIALS');
    expect(await code(() => new Vault(join(tmpdir(), 'bestaat-niet.db')).read())).toBe('KEYFILE_MISSING');
  });
});
