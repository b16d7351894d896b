// Issue 20, item 3: unlocking no longer reads the whole file. Opening checks only what makes it
// safe (the key, the header's page count against the file, the schema version); the full check runs
// after a log-in in a worker thread, and its result reaches the beheerder (backup:check-status) and,
// for a fault, the audit log. A restore checks the backup in full first and records that check.
import { closeSync, copyFileSync, openSync, readSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Driver from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { applyCipher } from '../../src-main/core/db/database';
import { readCheckRecord } from '../../src-main/core/db/integrity-check';
import { checkPages } from '../../src-main/core/db/page-check';
import { Vault } from '../../src-main/core/vault/vault';
import type { DatabaseCheckStatus } from '../../src-shared/ipc/backup';
import { BEHEERDER, call, codeOf, dialogs, makeCore, tempDir, withDatabase } from './helpers';

const login = { username: BEHEERDER.username, password: BEHEERDER.password };
const PAGE = 4096;

/**
 * A database (logged out, closed) with a table no log-in reads, filled so that it holds pages of its
 * own in the second half of the file; returns the key and one of those pages.
 */
async function databaseWithBallast() {
  const made = makeCore();
  const { path, recoveryKey } = await withDatabase(made.core);
  await made.core.close();
  const key = new Vault(path).unlockWithRecoveryKey(recoveryKey);
  const handle = new Driver(path);
  applyCipher(handle, key);
  handle.exec('CREATE TABLE ballast (x BLOB)');
  const insert = handle.prepare('INSERT INTO ballast VALUES (randomblob(1500))');
  for (let i = 0; i < 400; i++) insert.run();
  const pages = handle
    .prepare("SELECT pageno FROM dbstat WHERE name = 'ballast' AND pagetype = 'leaf' ORDER BY pageno")
    .all() as { pageno: number }[];
  handle.pragma('wal_checkpoint(TRUNCATE)');
  handle.close();
  const page = pages[Math.floor(pages.length / 2)]!.pageno;
  return { ...made, path, key, page };
}

/** Changes one byte in the middle of page `page` (1-based), as a bad sector would. */
function damagePage(path: string, page: number): void {
  const fd = openSync(path, 'r+');
  try {
    const at = (page - 1) * PAGE + 1000;
    const byte = Buffer.alloc(1);
    readSync(fd, byte, 0, 1, at);
    byte[0] = byte[0]! ^ 0xff;
    writeSync(fd, byte, 0, 1, at);
  } finally {
    closeSync(fd);
  }
}

/** SQLite's `quick_check` of a file: 'ok', what it found, or the corruption error it stopped at. */
function quickCheck(path: string, key: Buffer): unknown {
  const handle = new Driver(path, { readonly: true });
  try {
    applyCipher(handle, key);
    return handle.pragma('quick_check', { simple: true });
  } catch (error) {
    // Which page the damage hits depends on the schema's layout (a page of a table quick_check
    // walks, or one it cannot even read): both are damage.
    if (error instanceof Error && /malformed|not a database/.test(error.message)) return error.message;
    throw error;
  } finally {
    handle.close();
  }
}

const status = (core: Parameters<typeof call>[0]) => call<DatabaseCheckStatus>(core, 'backup:check-status');

async function auditOf(core: Parameters<typeof call>[0]) {
  const found = await call<{ entries: { action: string; result: string }[] }>(core, 'audit:query', {
    filter: { action: 'backup:check' },
  });
  return found.entries;
}

describe('the full check of the database file, off the unlock path', () => {
  it('reads every page and finds a changed byte (page-check.ts)', async () => {
    const { path, key, page } = await databaseWithBallast();
    const clean = await checkPages(path, key);
    expect(clean).toMatchObject({ pages: statSync(path).size / PAGE, badCount: 0, partialPage: false });
    damagePage(path, page);
    expect(await checkPages(path, key)).toMatchObject({ badCount: 1, badPages: [page] });
  });

  it('opens a file damaged deep inside at log-in; the background check then reports it to the beheerder', async () => {
    const { path, key, page, dataDir } = await databaseWithBallast();
    damagePage(path, page);
    // The check that open ran before would have refused this file.
    expect(quickCheck(path, key)).not.toBe('ok');

    const again = makeCore(dataDir);
    expect(await codeOf(again.core, 'session:login', login)).toBe('ok');
    await again.core.workspace.integrity.settled();
    const seen = await status(again.core);
    expect(seen).toEqual({
      engine: 'sqlcipher',
      running: false,
      last: { checkedAt: '2026-11-29T09:00:00.000Z', outcome: 'fault', trigger: 'achtergrond' },
    });
    const audit = await auditOf(again.core);
    expect(audit).toEqual([expect.objectContaining({ action: 'backup:check', result: 'DATABASE_DAMAGED' })]);
    expect(again.logger.lines.join('\n')).toMatch(/integrity: DAMAGED — 1 of \d+ pages/);
    await again.core.close();
  });

  it('a sound file: the check after log-in keeps "ok" with its time, and writes no audit entry', async () => {
    const { core } = makeCore();
    const { path } = await withDatabase(core);
    expect(await status(core)).toMatchObject({ engine: 'sqlcipher', last: null });
    await call(core, 'session:logout');
    await call(core, 'session:login', login);
    await core.workspace.integrity.settled();
    expect(await status(core)).toEqual({
      engine: 'sqlcipher',
      running: false,
      last: { checkedAt: '2026-11-29T09:00:00.000Z', outcome: 'ok', trigger: 'achtergrond' },
    });
    expect(readCheckRecord(path)).toMatchObject({ outcome: 'ok' });
    expect(await auditOf(core)).toEqual([]);
    // The connection checkpoints automatically again after the check.
    const { database } = core.workspace.requireOpen();
    if (database.engine !== 'sqlcipher') throw new Error('sqlcipher expected');
    expect(database.handle.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await core.close();
  });

  it('a file cut off at a page boundary is still refused at log-in (SQLite compares the header)', async () => {
    const { path, dataDir } = await databaseWithBallast();
    truncateSync(path, statSync(path).size - 8 * PAGE);
    const again = makeCore(dataDir);
    expect(await codeOf(again.core, 'session:login', login)).toBe('DATABASE_DAMAGED');
    await again.core.close();
  });

  it('a restore checks the backup in full: a damaged backup is refused, a sound one recorded as checked', async () => {
    const { platform, answer } = dialogs();
    const { core } = makeCore(undefined, { platform });
    const { path } = await withDatabase(core);
    const backup = join(tempDir(), 'backup.db');
    answer(backup);
    await call(core, 'backup:create');

    // A damaged copy of the backup (its key file beside it) is refused before anything changes.
    const damaged = join(tempDir(), 'beschadigd.db');
    copyFileSync(backup, damaged);
    copyFileSync(`${backup}.sleutels`, `${damaged}.sleutels`);
    damagePage(damaged, statSync(damaged).size / PAGE);
    const { databaseKey } = await new Vault(damaged).unlock(BEHEERDER.username, BEHEERDER.password);
    expect(quickCheck(damaged, databaseKey)).not.toBe('ok');
    answer(damaged);
    const restore = { password: BEHEERDER.password, confirmation: 'HERSTELLEN' };
    expect(await codeOf(core, 'backup:restore', restore)).toBe('BACKUP_INVALID');

    answer(backup);
    await call(core, 'backup:restore', restore);
    expect(readCheckRecord(path)).toEqual({ checkedAt: '2026-11-29T09:00:00.000Z', outcome: 'ok', trigger: 'herstel' });
    await call(core, 'session:login', login);
    await core.workspace.integrity.settled();
    expect((await status(core)).last).toMatchObject({ outcome: 'ok' });
    await core.close();
  });
});
