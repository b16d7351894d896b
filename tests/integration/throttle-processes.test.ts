// The login throttle's count is shared by every process that opens the same database (the app and
// CLI commands): updates from parallel processes must neither be lost nor all pass the check.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../src-main/core/vault/throttle';
import { lookupTag } from '../../src-main/core/vault/vault';
import { BEHEERDER, makeCore, tempDir, withDatabase } from './helpers';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function cli(databasePath: string): Promise<string> {
  return new Promise((done) => {
    execFile(
      TSX,
      [join(ROOT, 'src-main/cli/main.ts'), 'audit-verify', '--db', databasePath, '--user', BEHEERDER.username],
      {
        cwd: ROOT,
        env: { ...process.env, LANG: 'nl_NL.UTF-8', CTER_PASSWORD: 'niet het wachtwoord' },
        timeout: 240_000,
      },
      (_error, _stdout, stderr) => done(stderr.trim()),
    );
  });
}

function worker(databasePath: string, startAt: number, count: number): Promise<number> {
  return new Promise((done, fail) => {
    execFile(
      TSX,
      [join(__dirname, 'fixtures/throttle-worker.ts'), databasePath, String(startAt), String(count)],
      { cwd: ROOT, timeout: 120_000 },
      (error, stdout) => (error ? fail(error) : done(Number(stdout))),
    );
  });
}

describe('login throttle across processes', () => {
  it('counts every failure from parallel processes and lets only the free attempts through', async () => {
    const databasePath = join(tempDir('cter-throttle-proc-'), 'cter.db');
    const processes = 4;
    const count = 30;
    // Give every process time to start (tsx compiles first), then all begin at once.
    const startAt = Date.now() + 8_000;
    const allowed = await Promise.all(Array.from({ length: processes }, () => worker(databasePath, startAt, count)));

    const throttle = new LoginThrottle(databasePath);
    // No update lost: the count decides the wait (2^(n-3) s, capped at 15 minutes)…
    const state = JSON.parse(readFileSync(throttle.file, 'utf8')) as {
      accounts: Record<string, { failures: number }>;
    };
    expect(state.accounts['telling']?.failures).toBe(processes * count);
    // …and of all reservations at one moment, only the three free attempts were allowed.
    expect(allowed.reduce((sum, n) => sum + n, 0)).toBe(3);
  }, 180_000);

  it('two CLI commands started together share the count: only one may try its password', async () => {
    const { core } = makeCore();
    const { path } = await withDatabase(core);
    await core.close();
    // Seven earlier failures whose wait has passed: the next attempt is allowed, and makes the
    // wait 32 s — so the other command, started at the same moment, must be refused.
    const tag = lookupTag(core.workspace.vault().read(), BEHEERDER.username);
    const throttle = new LoginThrottle(path);
    for (let i = 0; i < 7; i++) throttle.recordFailure(tag, Date.now() - 60_000, 'wrong-password', false);
    const answers = await Promise.all([cli(path), cli(path)]);
    expect(answers.sort()).toEqual([
      'Gebruikersnaam of wachtwoord klopt niet.',
      expect.stringMatching(/^Te veel mislukte pogingen\. Wacht even en probeer het dan opnieuw \(nog \d+ s\)\.$/),
    ]);
  }, 240_000);
});
