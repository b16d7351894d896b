// Two restores of one database at once: two `cter restore` processes, or `cter restore` while the
// app's `backup:restore` runs (docs/developer/README.md, "Restore: two at once, and the last
// window"). Both stage under the same names beside the database and write the same journal; each
// core's start settles what it takes for a restore a crash cut off. Exactly one must win, the other
// refuse with its own message; the database is the one from before or one whole backup with its own
// key file, the kept "voor-herstel" copy is the database from before, nothing staged is left.
//
// The second restore is a `cter restore` process of its own, started (and run to its end) at a crash
// point of the first, so the two truly overlap: in one process SQLite counts the locks itself.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../src-shared/ipc/accounts';
import { runCli } from '../../src-main/cli/main';
import { stagedDatabase, stagedKeyFile } from '../../src-main/core/backup/restore-journal';
import { restoreLockPath } from '../../src-main/core/db/restore-lock';
import { setCrashHook, type CrashPoint } from '../../src-main/core/fs/crash-points';
import { keyFilePath } from '../../src-main/core/vault/keyfile';
import { BEHEERDER, call, cliIo, dialogs, makeCore, tempDir, withDatabase } from './helpers';

const ROOT = resolve(__dirname, '../..');
const login = { username: BEHEERDER.username, password: BEHEERDER.password };
const IN_PROGRESS_NL =
  'Er wordt al een back-up teruggezet in deze database. Wacht tot dat klaar is en probeer het dan opnieuw; er is niets veranderd.';
const INTERRUPTED_NL =
  'Tijdens het terugzetten zijn de klaargezette bestanden verwijderd, door een ander programma dat de database opende. Er is niets veranderd. Probeer het opnieuw.';
const INTERRUPTED_EN =
  'While the backup was being restored, another program that opened the database removed the files made ready for it. Nothing was changed. Try again.';

/**
 * A database with two backups: `first` before any account was added, `second` with "na-de-backup",
 * and the database itself with "nog-later" as well. Which one is in use shows in its accounts.
 */
async function databaseAndTwoBackups() {
  const own = dialogs();
  const made = makeCore(undefined, { platform: own.platform });
  const { path } = await withDatabase(made.core);
  const first = join(tempDir(), 'eerste.db');
  const second = join(tempDir(), 'tweede.db');
  own.answer(first);
  await call(made.core, 'backup:create');
  await call(made.core, 'accounts:create', { username: 'na-de-backup', displayName: 'Later', roles: ['notulist'] });
  own.answer(second);
  await call(made.core, 'backup:create');
  await call(made.core, 'accounts:create', { username: 'nog-later', displayName: 'Nog later', roles: ['notulist'] });
  return { ...made, path, first, second, answer: own.answer };
}

/** The database and its key file as bytes. */
function contents(path: string): { database: string; key: string } {
  return { database: readFileSync(path).toString('base64'), key: readFileSync(keyFilePath(path)).toString('base64') };
}

function restoreLeftovers(dataDir: string): string[] {
  return readdirSync(dataDir)
    .filter((name) => name.includes('herstel'))
    .sort();
}

/** `cter restore` as a process of its own (the administrator's second terminal). */
function cterRestoreProcess(from: string, path: string, lang = 'nl') {
  const ran = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'src-main/cli/main.ts'), 'restore', '--lang', lang, '--from', from, '--db', path, '--user', 'beheer'],
    {
      cwd: ROOT,
      env: { ...process.env, LANG: 'nl_NL.UTF-8', CTER_PASSWORD: BEHEERDER.password },
      timeout: 100_000,
      encoding: 'utf8',
    },
  );
  return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

async function accountsIn(dataDir: string): Promise<string[]> {
  const after = makeCore(dataDir);
  await call(after.core, 'session:login', login);
  const names = (await call<AccountSummary[]>(after.core, 'accounts:list')).map((a) => a.username);
  await after.core.close();
  return names;
}

/** The kept copy is the database from before, with its own key file. */
function expectKeptIs(dataDir: string, before: { database: string; key: string }): void {
  const kept = readdirSync(dataDir).filter((name) => /\.voor-herstel-[^.]*$/.test(name));
  expect(kept).toHaveLength(1);
  expect(contents(join(dataDir, kept[0]!))).toEqual(before);
  expect(restoreLeftovers(dataDir)).toEqual([kept[0], `${kept[0]}.sleutels`]);
}

afterEach(() => setCrashHook(null));

describe('two restores of one database at once', { timeout: 240_000 }, () => {
  for (const point of ['restore-staged', 'restore-journal'] as CrashPoint[]) {
    it(`lets the first \`cter restore\` win and refuses the second, started at ${point}`, async () => {
      const { core, dataDir, path, first, second } = await databaseAndTwoBackups();
      await core.close();
      const before = contents(path);
      let other: ReturnType<typeof cterRestoreProcess> | null = null;
      setCrashHook((reached) => {
        if (reached === point && !other) other = cterRestoreProcess(second, path);
      });
      const output = cliIo();
      const code = await runCli(['restore', '--from', first, '--db', path, '--user', 'beheer'], output.io);
      setCrashHook(null);
      expect(other).toEqual({ status: 1, stdout: '', stderr: `${IN_PROGRESS_NL}\n` });
      expect({ code, err: output.err }).toEqual({ code: 0, err: [] });
      expect(output.out).toHaveLength(1);
      expect(output.out[0]).toMatch(/^Back-up teruggezet in /);
      // The first backup, whole, with its own key file (the log-in below opens it with it).
      expect(await accountsIn(dataDir)).not.toContain('na-de-backup');
      expectKeptIs(dataDir, before);
    });
  }

  it('refuses `cter restore` while the app’s backup:restore runs, and the app’s restore wins', async () => {
    const { core, dataDir, path, first, second, answer } = await databaseAndTwoBackups();
    let other: ReturnType<typeof cterRestoreProcess> | null = null;
    let before: { database: string; key: string } | null = null;
    setCrashHook((reached) => {
      if (reached !== 'restore-journal' || other) return;
      // The app's session is ended and its database closed by now: these are the bytes it left.
      before = contents(path);
      other = cterRestoreProcess(second, path, 'en');
    });
    answer(first);
    const restored = await call(core, 'backup:restore', { password: BEHEERDER.password, confirmation: 'HERSTELLEN' });
    setCrashHook(null);
    expect(other).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'A backup is already being restored into this database. Wait until that is done and try again; nothing was changed.\n',
    });
    expect(restored).toEqual({ restored: true, fileName: 'eerste.db' });
    await core.close();
    expect(await accountsIn(dataDir)).not.toContain('na-de-backup');
    expectKeptIs(dataDir, before!);
  });

  it('takes over the lock of a restore whose process is gone', async () => {
    const { core, dataDir, path, first } = await databaseAndTwoBackups();
    await core.close();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const pid = Number(gone.stdout);
    expect(pid).toBeGreaterThan(0);
    writeFileSync(
      restoreLockPath(path),
      `${JSON.stringify({ pid, since: '2026-11-29T08:00:00.000Z', token: 'weg' })}\n`,
    );
    const before = contents(path);
    const output = cliIo();
    expect(await runCli(['restore', '--from', first, '--db', path, '--user', 'beheer'], output.io)).toBe(0);
    expect(existsSync(restoreLockPath(path))).toBe(false);
    expect(await accountsIn(dataDir)).not.toContain('na-de-backup');
    expectKeptIs(dataDir, before);
  });
});

describe('a restore whose staged files another program removed', { timeout: 120_000 }, () => {
  it('says so in its own words (not "close that program first"), in Dutch and English, and changes nothing', async () => {
    const { core, dataDir, path, first } = await databaseAndTwoBackups();
    await core.close();
    const before = contents(path);
    for (const [lang, message] of [
      ['nl', INTERRUPTED_NL],
      ['en', INTERRUPTED_EN],
    ] as const) {
      // What a start of a program that knows no restore lock does (a version before it, or a start
      // that found the lock stale): the staged files without a journal taken for a crash's, removed.
      setCrashHook((reached) => {
        if (reached !== 'restore-staged') return;
        rmSync(stagedDatabase(path));
        rmSync(stagedKeyFile(path));
      });
      const output = cliIo();
      const code = await runCli(
        ['restore', '--lang', lang, '--from', first, '--db', path, '--user', 'beheer'],
        output.io,
      );
      setCrashHook(null);
      expect({ code, out: output.out, err: output.err }).toEqual({ code: 1, out: [], err: [message] });
      expect(contents(path)).toEqual(before);
      expect(restoreLeftovers(dataDir)).toEqual([]);
    }
    expect(await accountsIn(dataDir)).toContain('nog-later');
  });
});
