// Backup and restore: a round trip through the router (the beheerder screen) and the checks that
// keep a wrong file, a wrong password or a non-beheerder from replacing the database; a restored
// file's server sessions (the desktop has none, but the table is there) come back ended.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../src-shared/ipc/accounts';
import { sql } from '../../src-main/core/db/sql';
import { BEHEERDER, call, dialogs, codeOf, makeCore, rawSql, tempDir, withDatabase } from './helpers';

async function usernames(core: Parameters<typeof call>[0]) {
  return (await call<AccountSummary[]>(core, 'accounts:list')).map((a) => a.username);
}

describe('backup and restore', () => {
  it('round trip: a backup brings back the state it was made in, and keeps the replaced database', async () => {
    const files = tempDir();
    const { platform, answer } = dialogs();
    const { core, dataDir } = makeCore(undefined, { platform });
    await withDatabase(core);
    const target = join(files, 'back-up.db');
    answer(target);
    expect(await call(core, 'backup:create')).toEqual({ saved: true, fileName: 'back-up.db' });
    expect(existsSync(`${target}.sleutels`)).toBe(true);

    await call(core, 'accounts:create', { username: 'na-de-backup', displayName: 'Later', roles: ['notulist'] });
    expect(await usernames(core)).toContain('na-de-backup');

    answer(target);
    const events: unknown[] = [];
    core.onEvent((event) => events.push(event));
    expect(await call(core, 'backup:restore', { password: BEHEERDER.password, confirmation: 'HERSTELLEN' })).toEqual({
      restored: true,
      fileName: 'back-up.db',
    });
    expect(events).toContainEqual({ type: 'session-ended', reason: 'restored' });
    expect(core.workspace.isOpen()).toBe(false);
    await call(core, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password });
    expect(await usernames(core)).not.toContain('na-de-backup');
    expect(readdirSync(dataDir).some((name) => name.includes('.voor-herstel-'))).toBe(true);
    const audit = await call<{ entries: { action: string }[] }>(core, 'audit:query', {
      filter: { action: 'backup:restore' },
    });
    expect(audit.entries).toHaveLength(1);
    await core.close();
  });

  it('ends every server session a restored file brings along, and says how many in the audit', async () => {
    const files = tempDir();
    const { platform, answer } = dialogs();
    const { core } = makeCore(undefined, { platform });
    await withDatabase(core);
    const [me] = await rawSql<{ id: number }>(core, sql`SELECT id FROM account WHERE username = ${BEHEERDER.username}`);
    // Written past the app: the desktop never holds one, but a file could (the table exists).
    await rawSql(
      core,
      sql`INSERT INTO server_session (id, token_hash, account_id, workstation, created_at, last_activity_at, expires_at)
        VALUES ('sessie-1', ${'a'.repeat(64)}, ${me!.id}, 'Werkplek 1', 0, 0, ${Number.MAX_SAFE_INTEGER})`,
    );
    const backup = join(files, 'b.db');
    answer(backup);
    await call(core, 'backup:create');
    answer(backup);
    await call(core, 'backup:restore', { password: BEHEERDER.password, confirmation: 'HERSTELLEN' });
    await call(core, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password });
    expect(await rawSql(core, sql`SELECT id, end_reason FROM server_session`)).toEqual([
      { id: 'sessie-1', end_reason: 'restore' },
    ]);
    const [entry] = await rawSql<{ details: string }>(
      core,
      sql`SELECT details FROM audit_entry WHERE action = 'backup:restore' ORDER BY id DESC`,
    );
    expect(JSON.parse(entry!.details)).toMatchObject({ backup: 'b.db', sessiesBeeindigd: 1 });
    await core.close();
  });

  it('refuses a wrong password and a file that is not a backup, and changes nothing', async () => {
    const files = tempDir();
    const { platform, answer } = dialogs();
    const { core } = makeCore(undefined, { platform });
    await withDatabase(core);
    const backup = join(files, 'b.db');
    answer(backup);
    await call(core, 'backup:create');

    answer(backup);
    expect(await codeOf(core, 'backup:restore', { password: 'fout wachtwoord', confirmation: 'HERSTELLEN' })).toBe(
      'WRONG_CREDENTIALS',
    );
    const junk = join(files, 'rommel.db');
    writeFileSync(junk, 'geen database');
    writeFileSync(`${junk}.sleutels`, '{}');
    answer(junk);
    expect(await codeOf(core, 'backup:restore', { password: BEHEERDER.password, confirmation: 'HERSTELLEN' })).toBe(
      'BACKUP_INVALID',
    );
    expect(await codeOf(core, 'backup:restore', { password: BEHEERDER.password, confirmation: 'ja' })).toBe(
      'INVALID_INPUT',
    );
    // Nothing was replaced: still logged in, still the same database.
    expect(core.workspace.isOpen()).toBe(true);
    await core.close();
  });

  it('restores onto a machine without a database, for a beheerder of that backup only', async () => {
    const files = tempDir();
    const sourceDialogs = dialogs();
    const maker = makeCore(undefined, { platform: sourceDialogs.platform });
    await withDatabase(maker.core);
    await call(maker.core, 'accounts:create', {
      username: 'noor',
      displayName: 'Noor Notulist',
      roles: ['notulist'],
      temporaryPassword: 'tijdelijk voor noor 123',
    });
    const backup = join(files, 'b.db');
    sourceDialogs.answer(backup);
    await call(maker.core, 'backup:create');
    await maker.core.close();

    const fresh = dialogs();
    const { core } = makeCore(undefined, { platform: fresh.platform });
    expect((await call<{ state: string }>(core, 'vault:status')).state).toBe('no-database');
    fresh.answer(backup);
    expect(await codeOf(core, 'vault:restore-backup', { username: 'noor', password: 'tijdelijk voor noor 123' })).toBe(
      'BACKUP_NOT_BEHEERDER',
    );
    expect((await call<{ state: string }>(core, 'vault:status')).state).toBe('no-database');
    fresh.answer(backup);
    expect(
      await call(core, 'vault:restore-backup', { username: BEHEERDER.username, password: BEHEERDER.password }),
    ).toEqual({
      restored: true,
      fileName: 'b.db',
      kept: null,
    });
    expect((await call<{ state: string }>(core, 'vault:status')).state).toBe('locked');
    expect(await codeOf(core, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password })).toBe(
      'ok',
    );
    await core.close();
  });
});
