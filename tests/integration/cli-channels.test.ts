// The admin CLI works through dispatch, like the renderer: the router checks the permission table
// and writes the audit entries. What only the CLI may do sits on channels that only a core created
// for the CLI (`cli: true`) opens.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main';
import { PERMISSIONS } from '../../src-shared/domain/permissions';
import type { AuditEntryView } from '../../src-shared/ipc/audit';
import { Vault } from '../../src-main/core/vault/vault';
import { BEHEERDER, call, codeOf, makeCore, withDatabase } from './helpers';

const login = { username: BEHEERDER.username, password: BEHEERDER.password };

function cter(args: string[]): Promise<number> {
  return runCli(args, {
    out: () => undefined,
    err: () => undefined,
    env: { LANG: 'nl_NL.UTF-8', CTER_PASSWORD: BEHEERDER.password },
  });
}

describe('the CLI through dispatch', () => {
  it('reserves the recovery key and a demo database at a chosen path for the CLI', async () => {
    expect(Object.keys(PERMISSIONS).filter((channel) => PERMISSIONS[channel as never] === 'cli')).toEqual([
      'vault:create-demo',
      'vault:recover-key',
      'vault:reset-password',
    ]);
    const { core, dataDir } = makeCore();
    const { path, recoveryKey } = await withDatabase(core);
    // The app's core refuses them whoever asks: a beheerder…
    expect(await codeOf(core, 'vault:recover-key', { recoveryKey })).toBe('FORBIDDEN');
    expect(await codeOf(core, 'vault:reset-password', { recoveryKey, username: 'beheer' })).toBe('FORBIDDEN');
    expect(await codeOf(core, 'vault:create-demo', { ...login, displayName: 'Demo' })).toBe('FORBIDDEN');
    // …or nobody.
    await call(core, 'session:logout');
    expect(await codeOf(core, 'vault:recover-key', { recoveryKey })).toBe('NOT_AUTHENTICATED');
    await core.close();

    const { core: cli } = makeCore(dataDir, { cli: true });
    const { databaseKey } = await call<{ databaseKey: string }>(cli, 'vault:recover-key', { recoveryKey });
    expect(databaseKey).toBe(new Vault(path).unlockWithRecoveryKey(recoveryKey).toString('hex'));
    // It leaves the database closed again.
    expect((await call<{ state: string }>(cli, 'vault:status')).state).toBe('locked');
    await cli.close();
  });

  it('leaves the audit entries to the router: the same as the app’s calls', async () => {
    const { core, dataDir } = makeCore();
    const { path } = await withDatabase(core);
    await core.close();
    const user = ['--db', path, '--user', BEHEERDER.username];
    expect(await cter(['backup', ...user, '--out', join(dataDir, 'reserve.db')])).toBe(0);
    expect(await cter(['audit-verify', ...user])).toBe(0);
    expect(await cter(['rekey', ...user])).toBe(0);

    const { core: again } = makeCore(dataDir);
    await call(again, 'session:login', login);
    const { entries } = await call<{ entries: AuditEntryView[] }>(again, 'audit:query', { filter: {}, limit: 500 });
    await again.close();
    const of = (action: string) =>
      entries
        .filter((e) => e.action === action)
        .map(({ kind, objectType, actorName, result }) => ({ kind, objectType, actorName, result }));
    const beheer = { actorName: BEHEERDER.username, result: 'ok' };
    expect(of('backup:create')).toEqual([{ kind: 'export', objectType: 'database', ...beheer }]);
    expect(of('audit:verify')).toEqual([{ kind: 'view', objectType: 'audit', ...beheer }]);
    expect(of('vault:rekey')).toEqual([{ kind: 'change', objectType: 'database', ...beheer }]);
    // Each command logged in like the app (and this test once more).
    expect(of('session:login')).toHaveLength(3 + 1);
  });
});
