// Login, throttling, lock, idle lock, password change and account life cycle through the router.
import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../src-shared/ipc/audit';
import { addAccount, BEHEERDER, call, codeOf, loginAs, makeCore, withDatabase } from './helpers';

const login = (password = BEHEERDER.password) => ({ username: BEHEERDER.username, password });

describe('login and throttling', () => {
  it('slows down repeated failures, also after a restart, and audits them at the next login', async () => {
    const first = makeCore();
    await withDatabase(first.core);
    await call(first.core, 'session:logout');
    for (let i = 0; i < 3; i++)
      expect(await codeOf(first.core, 'session:login', login('fout wachtwoord'))).toBe('WRONG_CREDENTIALS');
    // The fourth attempt comes too soon: refused without trying the password.
    const throttled = await first.core.dispatch('session:login', login());
    expect(throttled).toMatchObject({ ok: false, error: { code: 'THROTTLED', params: { seconds: 1 } } });
    await first.core.close();

    const second = makeCore(first.dataDir);
    expect(await codeOf(second.core, 'session:login', login())).toBe('THROTTLED');
    second.clock.advance(1_000);
    expect(await codeOf(second.core, 'session:login', login())).toBe('ok');
    const { entries } = await call<{ entries: AuditEntryView[] }>(second.core, 'audit:query', {
      filter: { action: 'session:login' },
    });
    // Set-up logged the beheerder in without a login entry; then three failures, two refusals, a login.
    expect(entries.map((e) => e.result).reverse()).toEqual([
      'WRONG_CREDENTIALS',
      'WRONG_CREDENTIALS',
      'WRONG_CREDENTIALS',
      'THROTTLED',
      'THROTTLED',
      'ok',
    ]);
    expect(entries.filter((e) => e.result !== 'ok').every((e) => e.actorName === BEHEERDER.username)).toBe(true);
    await second.core.close();
  });
});

describe('lock and logout', () => {
  it('lock forgets the session and the key; unlocking needs the password', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const events: unknown[] = [];
    core.onEvent((event) => events.push(event));
    await call(core, 'session:lock');
    expect(core.workspace.isOpen()).toBe(false);
    expect(await call(core, 'vault:status')).toMatchObject({
      state: 'locked',
      user: null,
      lockedUser: { username: BEHEERDER.username, displayName: BEHEERDER.displayName },
    });
    expect(events).toEqual([{ type: 'session-ended', reason: 'locked' }]);
    expect(await codeOf(core, 'accounts:list')).toBe('NOT_AUTHENTICATED');
    expect(await codeOf(core, 'session:login', login())).toBe('ok');
    await core.close();
  });

  it('locks after the policy minutes of inactivity, not before', async () => {
    const { core, clock } = makeCore();
    await withDatabase(core);
    await call(core, 'policy:update', { idleMinutes: 5, retentionYears: 5 });
    clock.advance(4 * 60_000);
    expect(await core.checkIdle()).toBe(false);
    await call(core, 'session:activity');
    clock.advance(4 * 60_000);
    expect(await core.checkIdle()).toBe(false);
    clock.advance(60_000);
    expect(await core.checkIdle()).toBe(true);
    expect((await call<{ state: string }>(core, 'vault:status')).state).toBe('locked');
    await call(core, 'session:login', login());
    const { entries } = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', {
      filter: { action: 'session:lock' },
    });
    expect(entries).toHaveLength(1);
    await core.close();
  });

  it('warns once a minute before the idle lock (WCAG 2.2.1); activity starts a new spell, no answer still locks', async () => {
    const { core, clock } = makeCore();
    await withDatabase(core);
    const events: unknown[] = [];
    core.onEvent((event) => events.push(event));
    // The default policy: 10 minutes.
    clock.advance(9 * 60_000 - 1);
    expect(await core.checkIdle()).toBe(false);
    expect(events).toEqual([]);
    clock.advance(1);
    expect(await core.checkIdle()).toBe(false);
    expect(events).toEqual([{ type: 'idle-warning', locksInMs: 60_000 }]);
    // Once per quiet spell: the timer's next checks say nothing more.
    clock.advance(5_000);
    expect(await core.checkIdle()).toBe(false);
    expect(events).toHaveLength(1);
    // "Aan het werk blijven": activity, a new spell, warned again a minute before its lock.
    await call(core, 'session:activity');
    clock.advance(9 * 60_000);
    expect(await core.checkIdle()).toBe(false);
    expect(events).toEqual([
      { type: 'idle-warning', locksInMs: 60_000 },
      { type: 'idle-warning', locksInMs: 60_000 },
    ]);
    // Nobody answers: the lock comes at the policy's time all the same.
    clock.advance(60_000);
    expect(await core.checkIdle()).toBe(true);
    expect(events.at(-1)).toEqual({ type: 'session-ended', reason: 'idle' });
    await core.close();
  });

  it('warns at least 20 seconds before the lock at the shortest idle time the policy allows', async () => {
    const { core, clock } = makeCore();
    await withDatabase(core);
    await call(core, 'policy:update', { idleMinutes: 1, retentionYears: 5 });
    const events: unknown[] = [];
    core.onEvent((event) => events.push(event));
    clock.advance(30_000);
    expect(await core.checkIdle()).toBe(false);
    expect(events).toEqual([{ type: 'idle-warning', locksInMs: 30_000 }]);
    await core.close();
  });
});

describe('accounts', () => {
  it('a new account must change its temporary password, and then the old one is useless', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const made = await call<{ temporaryPassword: string; account: { id: number } }>(core, 'accounts:create', {
      username: 'Piet',
      displayName: 'Piet Regisseur',
      roles: ['procesregisseur'],
    });
    expect(made.temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    await call(core, 'session:logout');
    const { user } = await call<{ user: { mustChangePassword: boolean } }>(core, 'session:login', {
      username: 'piet',
      password: made.temporaryPassword,
    });
    expect(user.mustChangePassword).toBe(true);
    expect(await codeOf(core, 'print:view', {})).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      await codeOf(core, 'session:change-password', {
        currentPassword: made.temporaryPassword,
        password: 'wachtwoord2026',
        passwordRepeat: 'wachtwoord2026',
      }),
    ).toBe('PASSWORD_COMMON');
    await call(core, 'session:change-password', {
      currentPassword: made.temporaryPassword,
      password: 'zeven zeilboten op het meer',
      passwordRepeat: 'zeven zeilboten op het meer',
    });
    await call(core, 'session:logout');
    expect(await codeOf(core, 'session:login', { username: 'piet', password: made.temporaryPassword })).toBe(
      'WRONG_CREDENTIALS',
    );
    expect(await codeOf(core, 'session:login', { username: 'piet', password: 'zeven zeilboten op het meer' })).toBe(
      'ok',
    );
    await core.close();
  });

  it('refuses to lose the last beheerder, to deactivate oneself, and duplicate usernames', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    expect(await codeOf(core, 'accounts:update', { id: 1, displayName: 'Bea', roles: ['notulist'] })).toBe(
      'LAST_BEHEERDER',
    );
    expect(await codeOf(core, 'accounts:deactivate', { id: 1 })).toBe('SELF_DEACTIVATE');
    expect(
      await codeOf(core, 'accounts:create', { username: 'BEHEER', displayName: 'Dubbel', roles: ['notulist'] }),
    ).toBe('USERNAME_TAKEN');
    await core.close();
  });

  it('refuses a beheerder a new temporary password for their own account: that needs the current one', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const other = await addAccount(core, { username: 'tweede', roles: ['beheerder'] });
    expect(await codeOf(core, 'accounts:reset-password', { id: 1 })).toBe('SELF_RESET');
    // Nothing changed: the own password still opens the database, and the failure is audited.
    const { entries } = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', {
      filter: { action: 'accounts:reset-password' },
    });
    expect(entries.map((e) => e.result)).toEqual(['SELF_RESET']);
    await call(core, 'session:logout');
    expect(await codeOf(core, 'session:login', login())).toBe('ok');
    // A second beheerder may still reset it (the temporary password must then be changed).
    await loginAs(core, other);
    expect(await codeOf(core, 'accounts:reset-password', { id: 1 })).toBe('ok');
    await core.close();
  });

  it('keeps the ZVH regions given at creation and changes them on update', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const made = await call<{ account: { id: number; regionIds: number[] } }>(core, 'accounts:create', {
      username: 'rik',
      displayName: 'Rik',
      roles: ['procesregisseur'],
      regionIds: [1, 3],
    });
    expect(made.account.regionIds).toEqual([1, 3]);
    const updated = await call<{ regionIds: number[] }>(core, 'accounts:update', {
      id: made.account.id,
      displayName: 'Rik',
      roles: ['procesregisseur'],
      regionIds: [2],
    });
    expect(updated.regionIds).toEqual([2]);
    const listed = await call<{ id: number; regionIds: number[] }[]>(core, 'accounts:list', {});
    expect(listed.find((account) => account.id === made.account.id)?.regionIds).toEqual([2]);
    await core.close();
  });
});

describe('parallel attempts and other people’s sessions', () => {
  it('tries only the free attempts of 20 parallel wrong logins; the rest are refused', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    await call(core, 'session:logout');
    const codes = await Promise.all(
      Array.from({ length: 20 }, () => codeOf(core, 'session:login', login('fout wachtwoord'))),
    );
    expect(codes.filter((code) => code === 'WRONG_CREDENTIALS')).toHaveLength(3);
    expect(codes.filter((code) => code === 'THROTTLED')).toHaveLength(17);
    await core.close();
  });

  it('does not let the right password in with seven wrong ones sent at the same time', async () => {
    const { core, clock } = makeCore();
    await withDatabase(core);
    await call(core, 'session:logout');
    const wrong = Array.from({ length: 7 }, () => codeOf(core, 'session:login', login('fout wachtwoord')));
    // The right password goes out while the wrong ones are still in flight, once one of them was
    // refused: then the three free attempts are taken (held or spent). Sending all eight at once
    // leaves the order of the reservations to the engine: on PostgreSQL each log-in reserves in a
    // transaction of its own, side by side, and the right one may be among the first three.
    await new Promise<void>((resolve) => {
      for (const code of wrong) void code.then((answer) => answer === 'THROTTLED' && resolve());
    });
    const codes = await Promise.all([...wrong, codeOf(core, 'session:login', login())]);
    expect(codes.filter((code) => code === 'WRONG_CREDENTIALS')).toHaveLength(3);
    expect(codes.at(-1)).toBe('THROTTLED');
    expect((await call<{ state: string }>(core, 'vault:status')).state).not.toBe('unlocked');
    // After the wait (three failures: 1 s) the right password works again.
    clock.advance(1_000);
    expect(await codeOf(core, 'session:login', login())).toBe('ok');
    await core.close();
  });

  it('a failed or refused login for any name leaves the logged-in person logged in', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const other = await addAccount(core, { username: 'regisseur', roles: ['procesregisseur'] });
    const events: unknown[] = [];
    core.onEvent((event) => events.push(event));
    expect(await codeOf(core, 'session:login', { username: other.username, password: 'fout wachtwoord' })).toBe(
      'WRONG_CREDENTIALS',
    );
    expect(await codeOf(core, 'session:login', { username: 'niemand', password: 'fout wachtwoord' })).toBe(
      'WRONG_CREDENTIALS',
    );
    for (let i = 0; i < 3; i++)
      expect(await codeOf(core, 'session:login', login('fout wachtwoord'))).toBe('WRONG_CREDENTIALS');
    expect(await codeOf(core, 'session:login', login())).toBe('THROTTLED');
    expect(events).toEqual([]);
    expect(await call(core, 'vault:status')).toMatchObject({ user: { username: BEHEERDER.username } });
    expect(await codeOf(core, 'accounts:list')).toBe('ok');
    // A successful login by another account replaces the session, as before.
    expect(await codeOf(core, 'session:login', { username: other.username, password: other.password })).toBe('ok');
    expect(await call(core, 'vault:status')).toMatchObject({ user: { username: 'regisseur' } });
    await core.close();
  });

  it('throttles the current password in a password change and locks the session after five failures', async () => {
    const { core, clock } = makeCore();
    await withDatabase(core);
    const NEW = 'een heel nieuw wachtwoord 2026';
    const change = (currentPassword: string) =>
      codeOf(core, 'session:change-password', { currentPassword, password: NEW, passwordRepeat: NEW });
    for (let i = 0; i < 3; i++) expect(await change('geraden wachtwoord')).toBe('WRONG_CREDENTIALS');
    // The fourth guess comes too soon, even with the right password.
    expect(await change(BEHEERDER.password)).toBe('THROTTLED');
    clock.advance(1_000);
    expect(await change('geraden wachtwoord')).toBe('WRONG_CREDENTIALS');
    expect((await call<{ state: string }>(core, 'vault:status')).state).toBe('unlocked');
    clock.advance(2_000);
    expect(await change('geraden wachtwoord')).toBe('WRONG_CREDENTIALS');
    // Five wrong: the session is locked; unlocking waits for the throttle too.
    expect((await call<{ state: string }>(core, 'vault:status')).state).toBe('locked');
    expect(await codeOf(core, 'session:login', login())).toBe('THROTTLED');
    clock.advance(4_000);
    expect(await codeOf(core, 'session:login', login())).toBe('ok');
    const { entries } = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', {
      filter: { action: 'session:change-password' },
    });
    expect(entries.map((e) => e.result).reverse()).toEqual([
      'WRONG_CREDENTIALS',
      'WRONG_CREDENTIALS',
      'WRONG_CREDENTIALS',
      'THROTTLED',
      'WRONG_CREDENTIALS',
      'WRONG_CREDENTIALS',
    ]);
    await core.close();
  });
});
