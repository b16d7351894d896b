import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/ipc/errors';
import { TEST_SCRYPT_N, useProductionScryptCost } from './kdf';
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
    // The suites make slots at the lowest cost (tests/support/cheap-key-derivation.ts); this test is
    // about what the application writes.
    useProductionScryptCost(true);
    try {
      const { vault } = await freshVault();
      const slot = vault.read().slots.find((s) => s.kind === 'password')!;
      expect(slot.kdf).toMatchObject({ name: 'scrypt', N: 131072, r: 8, p: 1 });
    } finally {
      useProductionScryptCost(false);
    }
  });

  it('opens a slot with the parameters it was made with, whatever new slots get', async () => {
    const { vault } = await freshVault();
    expect(vault.read().slots.find((s) => s.kind === 'password')!.kdf).toMatchObject({ N: TEST_SCRYPT_N });
    useProductionScryptCost(true);
    try {
      expect((await vault.unlock('beheer', PASSWORD)).databaseKey).toHaveLength(32);
    } finally {
      useProductionScryptCost(false);
    }
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
    // A new password for the same user: both open until the database has recorded the new slot,
    // then the old one goes and opens nothing any more.
    const second = await vault.addPasswordSlot(made.databaseKey, 'PIET', 'nieuw wachtwoord voor piet');
    expect((await vault.unlock('piet', 'tijdelijk wachtwoord 1')).slotId).toBe(first);
    expect((await vault.unlock('piet', 'nieuw wachtwoord voor piet')).slotId).toBe(second);
    vault.commitSlot('piet', second);
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
    // The password opened the slot's private key: a broken envelope is a damaged file, not a wrong password.
    expect(await code(vault.unlock('beheer', PASSWORD))).toBe('KEYFILE_DAMAGED');
    expect(await code(() => new Vault(join(tmpdir(), 'bestaat-niet.db')).read())).toBe('KEYFILE_MISSING');
  });

  it('calls a key file with an edited databaseId damaged, for the password and the recovery key', async () => {
    const { vault, made } = await freshVault();
    const file = readKeyFile(vault.keyFile);
    writeKeyFile(vault.keyFile, { ...file, databaseId: '0b7e1c52-6d0a-4c55-9f0e-3f2b8f1d9a11' });
    expect(await code(vault.unlock('beheer', PASSWORD))).toBe('KEYFILE_DAMAGED');
    expect(await code(() => vault.unlockWithRecoveryKey(made.recoveryKey))).toBe('KEYFILE_DAMAGED');
    // A wrong password stays a wrong password.
    expect(await code(vault.unlock('beheer', 'een ander wachtwoord'))).toBe('WRONG_CREDENTIALS');
  });

  it('refuses KDF parameters beyond what the app writes (with a little room) as a damaged key file', async () => {
    const { vault } = await freshVault();
    const file = readKeyFile(vault.keyFile);
    const slot = file.slots.find((s) => s.kind === 'password')!;
    const withKdf = (kdf: object) =>
      JSON.stringify({
        ...file,
        slots: file.slots.map((s) => (s === slot ? { ...s, kdf: { ...slot.kdf, ...kdf } } : s)),
      });
    // The tampered file that asked for 16 GiB and ten minutes.
    writeFileSync(vault.keyFile, withKdf({ N: 2 ** 22, r: 32, p: 16 }));
    expect(await code(() => vault.read())).toBe('KEYFILE_DAMAGED');
    expect(await code(vault.unlock('beheer', PASSWORD))).toBe('KEYFILE_DAMAGED');
    for (const kdf of [{ N: 2 ** 21 }, { r: 17 }, { p: 5 }, { N: 2 ** 20, r: 16, p: 1 }, { N: 2 ** 20, r: 8, p: 4 }]) {
      writeFileSync(vault.keyFile, withKdf(kdf));
      expect(await code(() => vault.read()), JSON.stringify(kdf)).toBe('KEYFILE_DAMAGED');
    }
    // Room to raise the default: 2^20 with r = 8 (1 GiB) and 2^18 with r = 16, p = 2 are accepted.
    for (const kdf of [
      { N: 2 ** 20, r: 8, p: 1 },
      { N: 2 ** 18, r: 16, p: 2 },
    ]) {
      writeFileSync(vault.keyFile, withKdf(kdf));
      expect(await code(() => vault.read()), JSON.stringify(kdf)).toBe('ok');
    }
  });
});
