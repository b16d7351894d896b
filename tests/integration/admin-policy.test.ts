// The administrator's policy in core (CoreOptions.adminPolicy, read by main from policy.json or
// the registry): the lock time and the retention minimum hold in the stored policy and cannot be
// changed in the app, the language is fixed, the demo can be switched off, and app:info tells the
// renderer what is managed and which values were ignored.
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src-main/core/logger';
import { createWorkstation } from '../../src-main/electron/workstation';
import { parseAdminPolicy } from '../../src-shared/domain/admin-policy';
import type { AppInfo } from '../../src-shared/ipc/app';
import type { Policy } from '../../src-shared/ipc/policy';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { call, codeOf, makeCore, RESOURCES_DIR, tempDir, withDatabase } from './helpers';
import { freePort, HOST } from './server-fixture';

// Fictitious fingerprint.
const FINGERPRINT = '3F:A2:91:0C:7E:5B:D4:18:6A:C0:2F:E9:83:47:B1:5D:0E:92:C6:7A:14:F8:3B:AD:65:01:9E:C2:D7:4F:88:B3';

const managed = (raw: Record<string, unknown>) => ({ adminPolicy: parseAdminPolicy(raw) });

describe('the administrator policy in core', () => {
  it('fixes the idle lock: the session locks after its minutes, and the beheerder cannot change them', async () => {
    const { core, clock } = makeCore(undefined, managed({ IdleLockMinutes: 3 }));
    await withDatabase(core);
    expect(await call<Policy>(core, 'policy:get')).toEqual({ idleMinutes: 3, retentionYears: 5 });
    expect(await codeOf(core, 'policy:update', { idleMinutes: 30, retentionYears: 5 })).toBe('MANAGED_BY_POLICY');
    expect(await codeOf(core, 'policy:update', { idleMinutes: 3, retentionYears: 8 })).toBe('ok');
    clock.advance(3 * 60_000 + 1000);
    expect(await core.checkIdle()).toBe(true);
    await core.close();
  });

  it('keeps the retention period at or above the minimum', async () => {
    const { core } = makeCore(undefined, managed({ RetentionMinimumYears: 7 }));
    await withDatabase(core);
    expect((await call<Policy>(core, 'policy:get')).retentionYears).toBe(7);
    expect(await codeOf(core, 'policy:update', { idleMinutes: 10, retentionYears: 6 })).toBe('MANAGED_BY_POLICY');
    expect(await codeOf(core, 'policy:update', { idleMinutes: 12, retentionYears: 9 })).toBe('ok');
    expect(await call<Policy>(core, 'policy:get')).toEqual({ idleMinutes: 12, retentionYears: 9 });
    await core.close();
  });

  it('fixes the language and says what is managed and what was ignored', async () => {
    const { core } = makeCore(undefined, managed({ Language: 'en', OfferDemo: 'nee', IdleLockMinutes: 'veel' }));
    const info = await call<AppInfo>(core, 'app:info');
    expect(info.locale).toBe('en');
    expect(info.managed).toEqual(['language', 'demo']);
    expect(info.demoOffered).toBe(false);
    expect(info.policyProblems).toEqual([{ key: 'IdleLockMinutes', reason: 'invalid' }]);
    expect(info.build).toBe('dev');
    expect(await codeOf(core, 'app:set-locale', { locale: 'nl' })).toBe('MANAGED_BY_POLICY');
    expect(await codeOf(core, 'app:set-locale', { locale: 'en' })).toBe('ok');
    await core.close();
  });

  it('refuses the demo environment when the policy does not offer it', async () => {
    const { core } = makeCore(undefined, managed({ OfferDemo: false }));
    expect(await codeOf(core, 'vault:setup-demo')).toBe('MANAGED_BY_POLICY');
    await core.close();
  });

  it('fixes the data folder: the folder dialog is not offered, another folder is refused', async () => {
    const dataFolder = tempDir();
    let dialogs = 0;
    const platform = {
      print: { pdf: async () => new Uint8Array(), print: async () => false },
      files: {
        saveAs: async () => ({ saved: false as const }),
        chooseSaveLocation: async () => null,
        chooseFile: async () => null,
        chooseFolder: async () => {
          dialogs += 1;
          return tempDir();
        },
      },
    };
    const { core } = makeCore(dataFolder, { ...managed({ DataFolder: dataFolder }), platform });
    expect((await call<AppInfo>(core, 'app:info')).managed).toEqual(['dataFolder']);
    expect((await call<{ defaultFolder: string }>(core, 'vault:prepare-setup')).defaultFolder).toBe(dataFolder);
    expect(await codeOf(core, 'vault:choose-folder')).toBe('MANAGED_BY_POLICY');
    expect(dialogs).toBe(0);
    await core.close();
  });

  it('fixes the team server: the workstation goes to it at start, no wizard, no other server', async () => {
    // A server that is not there: the login screen says so; the first-run wizard never shows.
    const port = await freePort();
    const adminPolicy = parseAdminPolicy({ ServerAddress: `${HOST}:${port}`, ServerFingerprint: FINGERPRINT });
    expect(adminPolicy.problems).toEqual([]);
    const workstation = createWorkstation({
      dataDir: tempDir(),
      resourcesDir: RESOURCES_DIR,
      appVersion: 'test',
      logger: memoryLogger(),
      idleCheckMs: 0,
      adminPolicy,
      policyServer: adminPolicy.policy.server,
      team: { events: false, timeouts: { connectMs: 500, callMs: 1000 } },
    });
    expect(workstation.remote()).not.toBeNull();
    const status = await workstation.dispatch('vault:status', {});
    expect(status.ok && (status.value as VaultStatus).state).toBe('no-connection');
    const connect = await workstation.core.dispatch('team:connect', {
      address: 'cter.zvh.local',
      fingerprint: FINGERPRINT,
    });
    expect(connect.ok ? 'ok' : connect.error.code).toBe('MANAGED_BY_POLICY');
    const info = await workstation.dispatch('app:info', {});
    expect(info.ok && (info.value as AppInfo).managed).toEqual(['server']);
    await workstation.close();
  });

  it('without a policy, manages nothing', async () => {
    const { core } = makeCore(undefined, { appBuild: 'abc1234-2026-12-05' });
    const info = await call<AppInfo>(core, 'app:info');
    expect(info).toMatchObject({ managed: [], policyProblems: [], demoOffered: true, retentionMinimumYears: null });
    expect(info.build).toBe('abc1234-2026-12-05');
    await core.close();
  });
});
