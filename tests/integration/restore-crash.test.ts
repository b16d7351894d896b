// Restoring a backup moves the old database aside and puts the backup and its key file in place.
// Killed at any moment in between, the next start finishes the restore (or, if nothing had moved
// yet, removes what was staged), the login screen says so, and the audit log records it; a server
// session the backup held comes back ended, as after a restore that was not cut off.
//
// At each crash point the data folder is copied as it is on disk at that moment (what a SIGKILL
// leaves) and a fresh core, as at the next start, opens the copy.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../src-shared/ipc/accounts';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { PREFERENCES_FILE } from '../../src-main/core/app/preferences';
import { journalPath } from '../../src-main/core/backup/restore-journal';
import { setCrashHook, type CrashPoint } from '../../src-main/core/fs/crash-points';
import { sql } from '../../src-main/core/db/sql';
import { BEHEERDER, call, dialogs, makeCore, rawSql, RESOURCES_DIR, tempDir, withDatabase } from './helpers';

const ROOT = resolve(__dirname, '../..');

const DB = 'cter-werkplaats.db';
const POINTS: CrashPoint[] = ['restore-journal', 'restore-old-moved', 'restore-new-moved', 'restore-keyfile'];
const login = { username: BEHEERDER.username, password: BEHEERDER.password };

afterEach(() => setCrashHook(null));

describe('a restore cut off by a crash', () => {
  it('is finished at the next start from every crash point, said on the login screen and audited', async () => {
    const { platform, answer } = dialogs();
    const { core, dataDir } = makeCore(undefined, { platform });
    await withDatabase(core);
    // A server session in the backup (the desktop holds none, but the table is there): it comes back ended.
    await rawSql(
      core,
      sql`INSERT INTO server_session (id, token_hash, account_id, workstation, created_at, last_activity_at, expires_at)
        SELECT 'sessie-1', ${'a'.repeat(64)}, id, 'Werkplek 1', 0, 0, ${Number.MAX_SAFE_INTEGER} FROM account`,
    );
    const backup = join(tempDir(), 'b.db');
    answer(backup);
    await call(core, 'backup:create');
    await call(core, 'accounts:create', { username: 'na-de-backup', displayName: 'Later', roles: ['notulist'] });
    const copies = new Map<CrashPoint, string>();
    setCrashHook((point) => {
      // Before the journal: the next test.
      if (point === 'restore-staged') return;
      const copy = tempDir('cter-crash-');
      cpSync(dataDir, copy, { recursive: true, filter: (source) => !source.endsWith(PREFERENCES_FILE) });
      copies.set(point, copy);
    });
    answer(backup);
    await call(core, 'backup:restore', { password: BEHEERDER.password, confirmation: 'HERSTELLEN' });
    setCrashHook(null);
    await core.close();
    expect([...copies.keys()]).toEqual(POINTS);

    for (const [point, copy] of copies) {
      const { core: started } = makeCore(copy);
      const status = await call<VaultStatus>(started, 'vault:status');
      expect(status.state, point).toBe('locked');
      expect(status.interruptedRestore, point).toMatchObject({ outcome: 'finished', backup: 'b.db' });
      expect(status.interruptedRestore!.kept, point).toMatch(/^cter-werkplaats\.db\.voor-herstel-/);
      const names = readdirSync(copy);
      expect(
        names.filter((name) => name.includes('.herstel.')),
        point,
      ).toEqual([]);
      expect(names, point).toContain(status.interruptedRestore!.kept);
      await call(started, 'session:login', login);
      const accounts = await call<AccountSummary[]>(started, 'accounts:list');
      expect(
        accounts.map((a) => a.username),
        point,
      ).not.toContain('na-de-backup');
      const audit = await call<{ entries: { action: string; actorName: string | null; result: string }[] }>(
        started,
        'audit:query',
        { filter: { action: 'backup:restore' } },
      );
      expect(audit.entries, point).toHaveLength(1);
      expect(audit.entries[0], point).toMatchObject({ actorName: BEHEERDER.username, result: 'ok' });
      expect(await rawSql(started, sql`SELECT id, end_reason FROM server_session`), point).toEqual([
        { id: 'sessie-1', end_reason: 'restore' },
      ]);
      expect((await call<VaultStatus>(started, 'vault:status')).interruptedRestore, point).toBeNull();
      await started.close();
    }
  });

  it('is undone when it stopped before its journal, and the old database opens unchanged', async () => {
    const { platform, answer } = dialogs();
    const { core, dataDir } = makeCore(undefined, { platform });
    await withDatabase(core);
    const backup = join(tempDir(), 'b.db');
    answer(backup);
    await call(core, 'backup:create');
    await call(core, 'accounts:create', { username: 'na-de-backup', displayName: 'Later', roles: ['notulist'] });
    let copy = '';
    setCrashHook((point) => {
      if (point !== 'restore-staged' || copy) return;
      copy = tempDir('cter-crash-');
      cpSync(dataDir, copy, { recursive: true, filter: (source) => !source.endsWith(PREFERENCES_FILE) });
    });
    answer(backup);
    await call(core, 'backup:restore', { password: BEHEERDER.password, confirmation: 'HERSTELLEN' });
    setCrashHook(null);
    await core.close();
    // Staged in full, no journal yet.
    expect(existsSync(journalPath(join(copy, DB)))).toBe(false);
    expect(readdirSync(copy).filter((name) => name.includes('.herstel.')).length).toBeGreaterThan(0);

    const { core: started } = makeCore(copy);
    const status = await call<VaultStatus>(started, 'vault:status');
    expect(status.state).toBe('locked');
    expect(status.interruptedRestore).toEqual({ outcome: 'undone', backup: null, kept: null });
    expect(readdirSync(copy).filter((name) => name.includes('.herstel.') || name.includes('voor-herstel'))).toEqual([]);
    await call(started, 'session:login', login);
    const accounts = await call<AccountSummary[]>(started, 'accounts:list');
    expect(accounts.map((a) => a.username)).toContain('na-de-backup');
    expect(existsSync(join(copy, DB))).toBe(true);
    await started.close();
  });

  it(
    'is finished after a real SIGKILL of the restoring process at each crash point',
    { timeout: 240_000 },
    async () => {
      for (const point of POINTS) {
        const { platform, answer } = dialogs();
        const { core, dataDir } = makeCore(undefined, { platform });
        await withDatabase(core);
        const backup = join(tempDir(), 'b.db');
        answer(backup);
        await call(core, 'backup:create');
        await call(core, 'accounts:create', { username: 'na-de-backup', displayName: 'Later', roles: ['notulist'] });
        await core.close();

        const child = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            join(__dirname, 'fixtures/restore-crasher.ts'),
            dataDir,
            RESOURCES_DIR,
            point,
            BEHEERDER.username,
            BEHEERDER.password,
            backup,
          ],
          { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        const signal = await new Promise<NodeJS.Signals | null>((done) => child.on('close', (_code, sig) => done(sig)));
        expect(signal, output).toBe('SIGKILL');
        expect(output).toContain(`AT ${point}`);

        const { core: started } = makeCore(dataDir);
        const status = await call<VaultStatus>(started, 'vault:status');
        expect(status.state, point).toBe('locked');
        expect(status.interruptedRestore, point).toMatchObject({ outcome: 'finished', backup: 'b.db' });
        await call(started, 'session:login', login);
        const accounts = await call<AccountSummary[]>(started, 'accounts:list');
        expect(
          accounts.map((a) => a.username),
          point,
        ).not.toContain('na-de-backup');
        await started.close();
      }
    },
  );
});
