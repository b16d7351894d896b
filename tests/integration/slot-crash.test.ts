// A password change, a new account and a password reset each write the key file and then the
// database. Killed at any moment in between, the account opens with exactly the password the
// database knows (the old one before the commit, the new one after), never with neither.
//
// "At every step" in-process: at each crash point the files are copied as they are on disk at that
// moment (what a SIGKILL leaves), and the copy is opened by a fresh core. And once for real: a child
// process changing a password kills itself with SIGKILL at each point.
import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main';
import { setCrashHook, type CrashPoint } from '../../src-main/core/fs/crash-points';
import { PREFERENCES_FILE } from '../../src-main/core/app/preferences';
import { lookupTag, Vault } from '../../src-main/core/vault/vault';
import { addAccount, BEHEERDER, call, codeOf, makeCore, RESOURCES_DIR, tempDir, withDatabase } from './helpers';

const ROOT = resolve(__dirname, '../..');
const POINTS: CrashPoint[] = ['slot-added', 'slot-recorded'];
const DB = 'cter-werkplaats.db';

/** Copies the data folder at every crash point reached from now on. */
function copyAtEveryCrashPoint(dataDir: string): Map<CrashPoint, string> {
  const copies = new Map<CrashPoint, string>();
  setCrashHook((point) => {
    const copy = tempDir('cter-crash-');
    cpSync(dataDir, copy, { recursive: true, filter: (source) => !source.endsWith(PREFERENCES_FILE) });
    copies.set(point, copy);
  });
  return copies;
}

/** The login result of each password, on a fresh core over `dataDir` (as after a restart). */
async function logins(dataDir: string, username: string, passwords: string[]): Promise<string[]> {
  const { core } = makeCore(dataDir);
  const results: string[] = [];
  for (const password of passwords) {
    results.push(await codeOf(core, 'session:login', { username, password }));
    await core.sessions.end('logout');
  }
  await core.close();
  return results;
}

function passwordSlots(dataDir: string, username: string): number {
  const file = new Vault(join(dataDir, DB)).read();
  const tag = lookupTag(file, username);
  return file.slots.filter((slot) => slot.kind === 'password' && slot.lookup === tag).length;
}

afterEach(() => setCrashHook(null));

describe('crash safety of key slots', () => {
  it('password change: before the commit the old password opens, after it the new one', async () => {
    const { core, dataDir } = makeCore();
    await withDatabase(core);
    const copies = copyAtEveryCrashPoint(dataDir);
    const next = 'een heel ander wachtwoord 2026';
    await call(core, 'session:change-password', {
      currentPassword: BEHEERDER.password,
      password: next,
      passwordRepeat: next,
    });
    setCrashHook(null);
    await core.close();
    expect([...copies.keys()]).toEqual(POINTS);

    expect(await logins(copies.get('slot-added')!, BEHEERDER.username, [next, BEHEERDER.password])).toEqual([
      'WRONG_CREDENTIALS',
      'ok',
    ]);
    expect(await logins(copies.get('slot-recorded')!, BEHEERDER.username, [BEHEERDER.password, next])).toEqual([
      'WRONG_CREDENTIALS',
      'ok',
    ]);
    // The successful login removed the slot the crash left behind.
    for (const copy of copies.values()) expect(passwordSlots(copy, BEHEERDER.username)).toBe(1);
    expect(passwordSlots(dataDir, BEHEERDER.username)).toBe(1);
  });

  it('new account: cut off before the commit it does not exist and can be made again', async () => {
    const { core, dataDir } = makeCore();
    await withDatabase(core);
    const copies = copyAtEveryCrashPoint(dataDir);
    const temporaryPassword = 'tijdelijk voor piet 123';
    await call(core, 'accounts:create', {
      username: 'piet',
      displayName: 'Piet',
      roles: ['notulist'],
      temporaryPassword,
    });
    setCrashHook(null);
    await core.close();
    expect([...copies.keys()]).toEqual(POINTS);

    const before = copies.get('slot-added')!;
    expect(await logins(before, 'piet', [temporaryPassword])).toEqual(['WRONG_CREDENTIALS']);
    const { core: again } = makeCore(before);
    await call(again, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password });
    const second = 'tweede poging voor piet 456';
    await call(again, 'accounts:create', {
      username: 'piet',
      displayName: 'Piet',
      roles: ['notulist'],
      temporaryPassword: second,
    });
    await again.close();
    expect(passwordSlots(before, 'piet')).toBe(1);
    expect(await logins(before, 'piet', [temporaryPassword, second])).toEqual(['WRONG_CREDENTIALS', 'ok']);

    expect(await logins(copies.get('slot-recorded')!, 'piet', [temporaryPassword])).toEqual(['ok']);
    expect(passwordSlots(copies.get('slot-recorded')!, 'piet')).toBe(1);
  });

  it('password reset by a beheerder: the old password until the commit, the temporary one after', async () => {
    const { core, dataDir } = makeCore();
    await withDatabase(core);
    const piet = await addAccount(core, { username: 'piet', roles: ['notulist'] });
    const copies = copyAtEveryCrashPoint(dataDir);
    const temporaryPassword = 'tijdelijk na de reset 789';
    await call(core, 'accounts:reset-password', { id: piet.id, temporaryPassword });
    setCrashHook(null);
    await core.close();
    expect([...copies.keys()]).toEqual(POINTS);

    expect(await logins(copies.get('slot-added')!, 'piet', [temporaryPassword, piet.password])).toEqual([
      'WRONG_CREDENTIALS',
      'ok',
    ]);
    expect(await logins(copies.get('slot-recorded')!, 'piet', [piet.password, temporaryPassword])).toEqual([
      'WRONG_CREDENTIALS',
      'ok',
    ]);
  });

  it('cter reset-password: the old password until the commit, the temporary one after', async () => {
    const { core, dataDir } = makeCore();
    const { recoveryKey } = await withDatabase(core);
    await core.close();
    const copies = copyAtEveryCrashPoint(dataDir);
    const out: string[] = [];
    const code = await runCli(['reset-password', '--db', join(dataDir, DB), '--user', BEHEERDER.username], {
      out: (line) => out.push(line),
      err: () => undefined,
      env: { LANG: 'nl_NL.UTF-8', CTER_RECOVERY_KEY: recoveryKey },
    });
    setCrashHook(null);
    expect(code).toBe(0);
    const temporary = /Tijdelijk wachtwoord voor beheer: (\S+)/.exec(out.join('\n'))![1]!;
    expect([...copies.keys()]).toEqual(POINTS);

    expect(await logins(copies.get('slot-added')!, BEHEERDER.username, [temporary, BEHEERDER.password])).toEqual([
      'WRONG_CREDENTIALS',
      'ok',
    ]);
    expect(await logins(copies.get('slot-recorded')!, BEHEERDER.username, [BEHEERDER.password, temporary])).toEqual([
      'WRONG_CREDENTIALS',
      'ok',
    ]);
  });

  it(
    'a real SIGKILL of the process changing a password, at each point, locks nobody out',
    { timeout: 120_000 },
    async () => {
      for (const point of POINTS) {
        const { core, dataDir } = makeCore();
        await withDatabase(core);
        await core.close();
        const next = 'na de stroomstoring 2026 nieuw';
        const child = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            join(__dirname, 'fixtures/slot-crasher.ts'),
            dataDir,
            RESOURCES_DIR,
            point,
            BEHEERDER.username,
            BEHEERDER.password,
            next,
          ],
          { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        const signal = await new Promise<NodeJS.Signals | null>((done) => child.on('close', (_code, sig) => done(sig)));
        expect(signal, output).toBe('SIGKILL');
        expect(output).toContain(`AT ${point}`);

        const works = point === 'slot-added' ? BEHEERDER.password : next;
        const fails = point === 'slot-added' ? next : BEHEERDER.password;
        expect(await logins(dataDir, BEHEERDER.username, [fails, works])).toEqual(['WRONG_CREDENTIALS', 'ok']);
        expect(passwordSlots(dataDir, BEHEERDER.username)).toBe(1);
      }
    },
  );
});
