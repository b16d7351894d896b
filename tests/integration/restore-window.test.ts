// Restore asks whether another program has the database open, and then swaps it. Whatever lies
// between the two is a window in which a program that opens the database is not seen: the restore
// renames the file from under it, and what it does there afterwards lands in the file set aside
// (docs/developer/README.md, "Restore: copy first, check last"). The copy of the backup, seconds for
// a large one, must not be in that window: a program that opens the database while the backup is
// being staged is refused like one that had it open before, and nothing of the restore is left.
//
// The second program is a process of its own, started at the crash point after the staging: in one
// process SQLite counts the locks itself, and a test there would not see what an app beside `cter
// restore` sees. It is a program that opens the file with the key and keeps it open, knowing nothing
// of the restore lock (fixtures/database-holder.ts: a database tool), or a `cter` command that
// starts a core and ends: its start and its open respect the restore lock (db/restore-lock.ts), so
// it is refused and the restore goes on (before the lock, its start took the staged files for a
// crash's and removed them, or finished the restore from the journal itself).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../src-shared/ipc/accounts';
import { runCli } from '../../src-main/cli/main';
import { settleInterruptedRestore } from '../../src-main/core/backup/restore-journal';
import { setCrashHook, type CrashPoint } from '../../src-main/core/fs/crash-points';
import { keyFilePath } from '../../src-main/core/vault/keyfile';
import { BEHEERDER, call, cliIo, codeOf, dialogs, makeCore, RESOURCES_DIR, tempDir, withDatabase } from './helpers';

const ROOT = resolve(__dirname, '../..');
const login = { username: BEHEERDER.username, password: BEHEERDER.password };
const IN_USE_NL = 'De database is al geopend door een ander programma. Sluit dat eerst.';
const IN_USE_EN = 'The database is already open in another program. Close that first.';
const IN_PROGRESS_NL =
  'Er wordt al een back-up teruggezet in deze database. Wacht tot dat klaar is en probeer het dan opnieuw; er is niets veranderd.';

/** A database with an account made after its backup: a restore that went on would lose it. */
async function databaseAndBackup() {
  const own = dialogs();
  const made = makeCore(undefined, { platform: own.platform });
  const { path } = await withDatabase(made.core);
  const backup = join(tempDir(), 'reserve.db');
  own.answer(backup);
  await call(made.core, 'backup:create');
  await call(made.core, 'accounts:create', { username: 'na-de-backup', displayName: 'Later', roles: ['notulist'] });
  return { ...made, path, backup, answer: own.answer };
}

/** Blocks this process (a crash hook is synchronous) until `file` exists. */
function waitForFile(file: string, holder: ChildProcess, limitMs = 90_000): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const until = Date.now() + limitMs;
  while (!existsSync(file)) {
    if (holder.exitCode !== null || Date.now() > until) throw new Error('the second program did not open the database');
    Atomics.wait(pause, 0, 0, 50);
  }
}

/** The database's files as bytes: the database, its WAL (if any) and its key file. */
function contents(path: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of [path, `${path}-wal`, keyFilePath(path)]) {
    files[file] = existsSync(file) ? readFileSync(file).toString('base64') : '(geen)';
  }
  return files;
}

/** What a restore leaves beside the database: staged files, its journal, the replaced database. */
function restoreLeftovers(dataDir: string): string[] {
  return readdirSync(dataDir)
    .filter((name) => name.includes('herstel'))
    .sort();
}

/**
 * At the crash point after the backup is staged: a second program opens the database and keeps it
 * open, and the files are noted as that program left them. `release()` lets it close.
 */
function openElsewhereWhenStaged(mode: 'file' | 'app', dataDir: string, path: string) {
  let holder: ChildProcess | null = null;
  let stderr = '';
  let atThatMoment: Record<string, string> | null = null;
  setCrashHook((point) => {
    if (point !== 'restore-staged' || holder) return;
    const ready = join(tempDir('cter-holder-'), 'ready');
    holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(__dirname, 'fixtures/database-holder.ts'),
        mode,
        dataDir,
        RESOURCES_DIR,
        BEHEERDER.username,
        BEHEERDER.password,
        ready,
      ],
      { cwd: ROOT, stdio: ['pipe', 'ignore', 'pipe'] },
    );
    holder.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    waitForFile(ready, holder);
    atThatMoment = contents(path);
  });
  return {
    opened: () => atThatMoment,
    async release(): Promise<void> {
      setCrashHook(null);
      const running = holder as ChildProcess | null;
      if (!running) return;
      const code = await new Promise<number | null>((done) => {
        if (running.exitCode !== null) done(running.exitCode);
        else running.on('exit', (exit) => done(exit));
        running.stdin!.end();
      });
      expect(code, stderr).toBe(0);
    },
  };
}

afterEach(() => setCrashHook(null));

describe('restore beside a program that opens the database while it runs', { timeout: 180_000 }, () => {
  it('makes `cter restore` refuse, in Dutch and English, with the database, its key file and folder as they were', async () => {
    const { core, dataDir, path, backup } = await databaseAndBackup();
    await core.close();
    const cter = async (args: string[]) => {
      const output = cliIo();
      const code = await runCli(args, output.io);
      return { code, out: output.out, err: output.err };
    };
    const elsewhere = openElsewhereWhenStaged('file', dataDir, path);
    try {
      const restore = await cter(['restore', '--from', backup, '--db', path, '--user', BEHEERDER.username]);
      expect(elsewhere.opened()).not.toBeNull();
      expect(restore).toEqual({ code: 1, out: [], err: [IN_USE_NL] });
      expect(contents(path)).toEqual(elsewhere.opened());
      expect(restoreLeftovers(dataDir)).toEqual([]);
      // Again with the program still there, in English: refused the same way.
      const english = await cter(['restore', '--lang', 'en', '--from', backup, '--db', path, '--user', 'beheer']);
      expect(english).toEqual({ code: 1, out: [], err: [IN_USE_EN] });
      expect(contents(path)).toEqual(elsewhere.opened());
      expect(restoreLeftovers(dataDir)).toEqual([]);
    } finally {
      await elsewhere.release();
    }
    // The database in use is the one that was there, account made after the backup and all.
    const after = makeCore(dataDir);
    await call(after.core, 'session:login', login);
    expect((await call<AccountSummary[]>(after.core, 'accounts:list')).map((a) => a.username)).toContain(
      'na-de-backup',
    );
    await after.core.close();
  });

  it('makes the app’s own restore (backup:restore) refuse too; its own earlier handle does not count', async () => {
    const { core, dataDir, path, backup, answer } = await databaseAndBackup();
    // Its check of the file after the log-in is left running, as when a beheerder restores at once.
    const elsewhere = openElsewhereWhenStaged('file', dataDir, path);
    try {
      answer(backup);
      const refused = await codeOf(core, 'backup:restore', {
        password: BEHEERDER.password,
        confirmation: 'HERSTELLEN',
      });
      expect(elsewhere.opened()).not.toBeNull();
      expect(refused).toBe('DATABASE_IN_USE');
      expect(contents(path)).toEqual(elsewhere.opened());
      expect(restoreLeftovers(dataDir)).toEqual([]);
    } finally {
      await elsewhere.release();
    }
    // The program gone, the same core logs in (the database it had was never replaced) and restores.
    await call(core, 'session:login', login);
    expect((await call<AccountSummary[]>(core, 'accounts:list')).map((a) => a.username)).toContain('na-de-backup');
    answer(backup);
    expect(await call(core, 'backup:restore', { password: BEHEERDER.password, confirmation: 'HERSTELLEN' })).toEqual({
      restored: true,
      fileName: 'reserve.db',
    });
    await call(core, 'session:login', login);
    expect((await call<AccountSummary[]>(core, 'accounts:list')).map((a) => a.username)).not.toContain('na-de-backup');
    await core.close();
  });

  for (const point of ['restore-staged', 'restore-journal'] as CrashPoint[]) {
    it(`refuses a \`cter\` command that starts at ${point}, and the restore goes on`, async () => {
      // Before the restore lock: at restore-staged the command's start took the staged files for a
      // crash's and removed them (the restore then refused, DATABASE_IN_USE); at restore-journal it
      // finished the swap itself, or opened the database the restore was about to rename.
      const { core, dataDir, path, backup } = await databaseAndBackup();
      await core.close();
      const before = contents(path);
      let between: { status: number | null; stdout: string; stderr: string } | null = null;
      setCrashHook((reached) => {
        if (reached !== point || between) return;
        const ran = spawnSync(
          join(ROOT, 'node_modules/.bin/tsx'),
          [join(ROOT, 'src-main/cli/main.ts'), 'accounts', '--db', path, '--user', BEHEERDER.username],
          {
            cwd: ROOT,
            env: { ...process.env, LANG: 'nl_NL.UTF-8', CTER_PASSWORD: BEHEERDER.password },
            timeout: 100_000,
            encoding: 'utf8',
          },
        );
        between = { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
      });
      const output = cliIo();
      const code = await runCli(['restore', '--from', backup, '--db', path, '--user', BEHEERDER.username], output.io);
      setCrashHook(null);
      expect(between).toEqual({ status: 1, stdout: '', stderr: `${IN_PROGRESS_NL}\n` });
      expect({ code, err: output.err }).toEqual({ code: 0, err: [] });
      // The backup in place; the database from before kept, with its key file; nothing staged.
      const kept = restoreLeftovers(dataDir).filter((name) => !name.endsWith('.sleutels'));
      expect(kept).toHaveLength(1);
      expect(restoreLeftovers(dataDir)).toEqual([kept[0], `${kept[0]}.sleutels`]);
      expect(contents(join(dataDir, kept[0]!))).toEqual({
        [join(dataDir, kept[0]!)]: before[path],
        [`${join(dataDir, kept[0]!)}-wal`]: before[`${path}-wal`],
        [keyFilePath(join(dataDir, kept[0]!))]: before[keyFilePath(path)],
      });
      const after = makeCore(dataDir);
      await call(after.core, 'session:login', login);
      expect((await call<AccountSummary[]>(after.core, 'accounts:list')).map((a) => a.username)).not.toContain(
        'na-de-backup',
      );
      await after.core.close();
    });
  }

  it('is left alone by a core that starts in the last milliseconds before the renames', async () => {
    // Before the restore lock, a core started after the journal finished the restore from it at its
    // start, as after a crash, and this one found nothing to move (DATABASE_IN_USE). Now the journal
    // of a restore under way is not a crash's.
    const { core, dataDir, path, backup } = await databaseAndBackup();
    await core.close();
    let settled: ReturnType<typeof settleInterruptedRestore> | undefined;
    setCrashHook((point) => {
      if (point === 'restore-journal' && settled === undefined) settled = settleInterruptedRestore(path);
    });
    const output = cliIo();
    const code = await runCli(['restore', '--from', backup, '--db', path, '--user', BEHEERDER.username], output.io);
    setCrashHook(null);
    expect(settled).toBeNull();
    expect({ code, err: output.err }).toEqual({ code: 0, err: [] });
    const kept = restoreLeftovers(dataDir).filter((name) => !name.endsWith('.sleutels'));
    expect(restoreLeftovers(dataDir)).toEqual([kept[0], `${kept[0]}.sleutels`]);
    const after = makeCore(dataDir);
    await call(after.core, 'session:login', login);
    expect((await call<AccountSummary[]>(after.core, 'accounts:list')).map((a) => a.username)).not.toContain(
      'na-de-backup',
    );
    await after.core.close();
  });
});
