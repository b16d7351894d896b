// The admin CLI as an administrator runs it: a separate process, secrets from the environment,
// exit codes 0 / 1 / 2, and output an administrator can act on.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const PASSWORD = 'bomen langs de gracht in mei';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cter(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      TSX,
      [join(ROOT, 'src-main/cli/main.ts'), ...args],
      { cwd: ROOT, env: { ...process.env, LANG: 'nl_NL.UTF-8', CTER_PASSWORD: PASSWORD, ...env }, timeout: 240_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// Each command is a fresh process with its own key derivation: give the suite room on a busy machine.
describe('cter CLI', { timeout: 400_000 }, () => {
  it('explains itself in Dutch and English, and exits 2 on wrong usage', async () => {
    const nl = await cter(['--help']);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/Gebruik: npm run cter/);
    for (const command of [
      'init',
      'seed-demo',
      'backup',
      'restore',
      'audit-verify',
      'rekey',
      'recover-key',
      'reset-password',
    ]) {
      expect(nl.stdout).toContain(command);
    }
    const en = await cter(['--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/Usage: npm run cter/);
    const usage = await cter(['audit-verify', '--db', 'x.db']);
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim()).toBe('De optie --user is verplicht voor deze opdracht.');
    expect((await cter(['bestaat-niet'])).code).toBe(2);
    expect((await cter(['init', '--onzin', '1'])).code).toBe(2);
    expect((await cter(['init', '--db', 'x.db', '--user', 'a', '--out', 'y'])).code).toBe(2);
  });

  it('init, audit-verify, backup, restore, rekey and recover-key on one database', async () => {
    const dir = tempDir();
    const db = join(dir, 'cter.db');
    const init = await cter(['init', '--db', db, '--user', 'beheer', '--name', 'Bea Beheer']);
    expect(init.code).toBe(0);
    const line = init.stdout.split('\n').find((l) => l.startsWith('Herstelsleutel: '));
    expect(line).toMatch(/^Herstelsleutel: ([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
    const recoveryKey = line!.slice('Herstelsleutel: '.length);

    expect((await cter(['init', '--db', db, '--user', 'beheer'])).code).toBe(1);
    const wrong = await cter(['audit-verify', '--db', db, '--user', 'beheer'], { CTER_PASSWORD: 'niet goed' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toBe('Gebruikersnaam of wachtwoord klopt niet.');
    const verify = await cter(['audit-verify', '--db', db, '--user', 'beheer']);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/De auditlog is intact: \d+ regels gecontroleerd/);

    const backup = join(dir, 'reserve.db');
    expect((await cter(['backup', '--db', db, '--user', 'beheer', '--out', backup])).code).toBe(0);
    expect(existsSync(`${backup}.sleutels`)).toBe(true);
    expect(readFileSync(`${db}.back-ups.json`, 'utf8')).toContain(backup);

    const first = await cter(['recover-key', '--db', db], { CTER_RECOVERY_KEY: recoveryKey });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^[0-9a-f]{64}\n$/);

    expect((await cter(['rekey', '--db', db, '--user', 'beheer'])).code).toBe(0);
    const second = await cter(['recover-key', '--db', db], { CTER_RECOVERY_KEY: recoveryKey.toLowerCase() });
    expect(second.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(second.stdout).not.toBe(first.stdout);
    expect((await cter(['audit-verify', '--db', db, '--user', 'beheer'])).code).toBe(0);

    const bad = await cter(['recover-key', '--db', db], { CTER_RECOVERY_KEY: 'AAAA-BBBB' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');

    const restore = await cter(['restore', '--from', backup, '--db', db, '--user', 'beheer']);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/voor-herstel-/);
    // The restored database has the key of the backup again.
    const third = await cter(['recover-key', '--db', db], { CTER_RECOVERY_KEY: recoveryKey });
    expect(third.stdout).toBe(first.stdout);
  });

  it('answers on stdout with the answer only: accounts one a line, no log line between them', async () => {
    const db = join(tempDir(), 'cter.db');
    expect((await cter(['init', '--db', db, '--user', 'beheer', '--name', 'Bea Beheer'])).code).toBe(0);
    // Logging in starts core's background check of the file, whose log line ended up in the list.
    const listed = await cter(['accounts', '--db', db, '--user', 'beheer']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe('beheer\tBea Beheer\tbeheerder\n');
    expect(listed.stderr).toBe('');
  });

  it('reset-password: with the recovery key, a forgotten password becomes a temporary one', async () => {
    const dir = tempDir();
    const db = join(dir, 'cter.db');
    const init = await cter(['init', '--db', db, '--user', 'beheer', '--name', 'Bea Beheer']);
    const recoveryKey = init.stdout
      .split('\n')
      .find((l) => l.startsWith('Herstelsleutel: '))!
      .slice(16);

    const wrongKey = await cter(['reset-password', '--db', db, '--user', 'beheer'], { CTER_RECOVERY_KEY: 'AAAA-BBBB' });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stdout).toBe('');
    const unknown = await cter(['reset-password', '--db', db, '--user', 'niemand'], { CTER_RECOVERY_KEY: recoveryKey });
    expect(unknown.code).toBe(1);

    const reset = await cter(['reset-password', '--db', db, '--user', 'beheer'], { CTER_RECOVERY_KEY: recoveryKey });
    expect(reset.code).toBe(0);
    const temporary = /Tijdelijk wachtwoord voor beheer: (\S+)/.exec(reset.stdout)?.[1];
    expect(temporary).toMatch(/^([0-9A-Za-z]{4}-){4}[0-9A-Za-z]{4}$/);
    // The old password opens nothing any more; the temporary one does.
    expect((await cter(['audit-verify', '--db', db, '--user', 'beheer'])).code).toBe(1);
    const verify = await cter(['audit-verify', '--db', db, '--user', 'beheer'], { CTER_PASSWORD: temporary! });
    expect(verify.code).toBe(0);
  });

  it('seed-demo creates a demo database, and refuses to put fictitious data in a real one', async () => {
    const dir = tempDir();
    const demo = await cter(['seed-demo', '--db', join(dir, 'demo.db'), '--user', 'beheer']);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/Demo-gegevens toegevoegd \(4 accounts, 250 fictieve personen\)/);
    const real = join(dir, 'echt.db');
    await cter(['init', '--db', real, '--user', 'beheer']);
    const refused = await cter(['seed-demo', '--db', real, '--user', 'beheer']);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe('Dit is geen demo-omgeving. Er zijn geen fictieve gegevens toegevoegd.');
  });
});
