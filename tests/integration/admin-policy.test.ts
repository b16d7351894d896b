// The administrator's policy in core (CoreOptions.adminPolicy, read by main from policy.json or
// the registry): the lock time and the retention minimum hold in the stored policy and cannot be
// changed in the app, the language is fixed, the demo can be switched off, and app:info tells the
// renderer what is managed and which values were ignored.
import { describe, expect, it } from 'vitest';
import { parseAdminPolicy } from '../../src-shared/domain/admin-policy';
import type { AppInfo } from '../../src-shared/ipc/app';
import type { Policy } from '../../src-shared/ipc/policy';
import { call, codeOf, makeCore, withDatabase } from './helpers';

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

  it('without a policy, manages nothing', async () => {
    const { core } = makeCore(undefined, { appBuild: 'abc1234-2026-12-05' });
    const info = await call<AppInfo>(core, 'app:info');
    expect(info).toMatchObject({ managed: [], policyProblems: [], demoOffered: true, retentionMinimumYears: null });
    expect(info.build).toBe('abc1234-2026-12-05');
    await core.close();
  });
});
