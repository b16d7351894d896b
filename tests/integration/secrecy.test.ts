// What an attacker with the files sees, and what a user sees when something is wrong:
// nothing written is readable in the raw bytes; the file opens in the reference SQLCipher 4
// implementation with the raw key (the documented disaster-recovery path); wrong password, wrong
// recovery key, damaged key file, truncated database and a second instance each give a clear
// answer and change nothing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../src-main/core/vault/vault';
import { BEHEERDER, call, codeOf, makeCore, withDatabase } from './helpers';

// The reference implementation (SQLCipher 4, OpenSSL); a dev dependency used only here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sqlcipher = require('@journeyapps/sqlcipher') as {
  Database: new (
    path: string,
    callback: (error: Error | null) => void,
  ) => {
    serialize(fn: () => void): void;
    run(sql: string, callback?: (error: Error | null) => void): void;
    all(sql: string, callback: (error: Error | null, rows: unknown[]) => void): void;
    close(callback: (error: Error | null) => void): void;
  };
};

function readWithReference(path: string, hexKey: string, sql: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlcipher.Database(path, (error) => error && reject(error));
    db.serialize(() => {
      db.run(`PRAGMA key = "x'${hexKey}'"`);
      db.all(sql, (error, rows) => {
        db.close(() => (error ? reject(error) : resolve(rows)));
      });
    });
  });
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('secrecy', () => {
  it('leaves no written text readable in any file of the installation', async () => {
    const { core, dataDir } = makeCore();
    await withDatabase(core);
    const secrets = ['Zeldzame Naam Xq7', 'geheimgebruiker', 'uniekereden123', BEHEERDER.displayName];
    await call(core, 'accounts:create', {
      username: 'geheimgebruiker',
      displayName: 'Zeldzame Naam Xq7',
      roles: ['notulist'],
    });
    await call(core, 'audit:verify');
    await codeOf(core, 'print:view', { document: 'x', title: 'Titel', reason: 'uniekereden123', target: 'pdf' });
    // Read the files while the database is open (WAL in use) and after it closed.
    const scan = () => {
      for (const name of readdirSync(dataDir)) {
        const bytes = readFileSync(join(dataDir, name));
        for (const secret of secrets) {
          expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${name}`).toBe(false);
          expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} (utf16) in ${name}`).toBe(false);
        }
      }
    };
    scan();
    await core.close();
    scan();
  });

  it('opens in reference SQLCipher 4 with the raw key from the recovery key', async () => {
    const { core } = makeCore();
    const { recoveryKey, path } = await withDatabase(core);
    await core.close();
    const key = new Vault(path).unlockWithRecoveryKey(recoveryKey).toString('hex');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const rows = await readWithReference(path, key, 'SELECT username, display_name FROM account');
    expect(rows).toEqual([{ username: BEHEERDER.username, display_name: BEHEERDER.displayName }]);
    const version = await readWithReference(path, key, 'PRAGMA cipher_version');
    expect(JSON.stringify(version)).toMatch(/"4\./);
    await expect(readWithReference(path, 'ab'.repeat(32), 'SELECT count(*) FROM account')).rejects.toThrow();
  });
});

describe('clear answers that change nothing', () => {
  it('wrong password and wrong recovery key', async () => {
    const { core } = makeCore();
    const { path } = await withDatabase(core);
    await call(core, 'session:logout');
    const before = digest(path);
    expect(await core.dispatch('session:login', { username: BEHEERDER.username, password: 'niet goed' })).toMatchObject(
      {
        ok: false,
        error: { code: 'WRONG_CREDENTIALS', message: 'Gebruikersnaam of wachtwoord klopt niet.' },
      },
    );
    const other = makeCore();
    const { recoveryKey: otherKey } = await withDatabase(other.core);
    await other.core.close();
    expect(() => new Vault(path).unlockWithRecoveryKey(otherKey)).toThrow('RECOVERY_KEY_WRONG');
    expect(digest(path)).toBe(before);
    await core.close();
  });

  it('a damaged key file: status says so, login refuses, the database is untouched', async () => {
    const { core } = makeCore();
    const { path } = await withDatabase(core);
    await core.close();
    const before = digest(path);
    writeFileSync(new Vault(path).keyFile, '{"format":"cter-werkplaats-sleutels","version":1,"slots":[{"id":');
    const again = makeCore(join(path, '..'));
    expect(await call(again.core, 'vault:status')).toMatchObject({ state: 'damaged', problem: 'KEYFILE_DAMAGED' });
    expect(
      await codeOf(again.core, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password }),
    ).toBe('KEYFILE_DAMAGED');
    expect(await codeOf(again.core, 'vault:prepare-setup')).toBe('SETUP_NOT_ALLOWED');
    expect(digest(path)).toBe(before);
    await again.core.close();
  });

  it('a truncated database: a clear message, and no empty database in its place', async () => {
    const { core } = makeCore();
    const { path } = await withDatabase(core);
    for (let i = 0; i < 30; i++) await call(core, 'accounts:list');
    await core.close();
    // Cut mid-page: seen before anyone types a password (SQLCipher files are whole pages).
    truncateSync(path, Math.floor(statSync(path).size / 2) + 100);
    const size = statSync(path).size;
    const again = makeCore(join(path, '..'));
    expect(await call(again.core, 'vault:status')).toMatchObject({ state: 'damaged', problem: 'DATABASE_DAMAGED' });
    expect(
      await codeOf(again.core, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password }),
    ).toBe('DATABASE_DAMAGED');
    expect(await call(again.core, 'vault:status')).toMatchObject({ state: 'damaged', problem: 'DATABASE_DAMAGED' });
    expect(statSync(path).size).toBe(size);
    await again.core.close();
  });

  it('a second instance on the same database is told it is in use; the first keeps working', async () => {
    const first = makeCore();
    await withDatabase(first.core);
    const second = makeCore(first.dataDir);
    expect(
      await codeOf(second.core, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password }),
    ).toBe('DATABASE_IN_USE');
    expect(await call(second.core, 'vault:status')).toMatchObject({ state: 'in-use' });
    expect(await codeOf(first.core, 'accounts:list')).toBe('ok');
    await first.core.close();
    // Once the first has closed, the second gets in.
    expect(
      await codeOf(second.core, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password }),
    ).toBe('ok');
    await second.core.close();
  });
});
