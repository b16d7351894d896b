// Every channel against every role: the router enforces the permission table for all of them.
// Authorisation runs before validation, so an empty input shows the decision on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideAccess, PERMISSIONS } from '../../src-shared/ipc/permissions';
import { ROLES, type Role } from '../../src-shared/domain/roles';
import { contract, type ChannelName } from '../../src-shared/ipc/contract';
import type { Core } from '../../src-main/core/core';
import { makeCore, withDatabase } from './helpers';

const CHANNELS = Object.keys(contract) as ChannelName[];
const DENIED = ['NOT_AUTHENTICATED', 'FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED'];

describe('permission table', () => {
  it('lists every channel of the contract, and only those', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...CHANNELS].sort());
  });
});

describe('router enforces the permission table', () => {
  let core: Core;

  beforeAll(async () => {
    ({ core } = makeCore());
    await withDatabase(core);
  });
  afterAll(() => core.close());

  /** Pretends the session holds `roles` (the account in the database stays a beheerder). */
  function as(roles: Role[] | null, mustChangePassword = false) {
    const ws = core.workspace;
    const user = ws.current()!.user;
    ws.updateSessionUser({ ...user, roles: roles ?? user.roles, mustChangePassword });
  }

  // Channels whose success would end the session or change the set-up are checked for refusal only.
  const DISRUPTIVE = new Set<ChannelName>([
    'session:lock',
    'session:logout',
    'session:login',
    'vault:setup-demo',
    'vault:leave-demo',
  ]);

  for (const role of ROLES) {
    it(`as ${role}`, async () => {
      for (const channel of CHANNELS) {
        const expected = decideAccess(channel, { roles: [role], mustChangePassword: false });
        if (expected === 'allowed' && DISRUPTIVE.has(channel)) continue;
        as([role]);
        const result = await core.dispatch(channel, {});
        const code = result.ok ? 'ok' : result.error.code;
        if (expected === 'allowed') expect(DENIED, `${role} ${channel}`).not.toContain(code);
        else expect(code, `${role} ${channel}`).toBe('FORBIDDEN');
      }
      as(['beheerder']);
    });
  }

  it('with a temporary password only the session channels work', async () => {
    for (const channel of CHANNELS) {
      if (DISRUPTIVE.has(channel)) continue;
      as(['beheerder'], true);
      const code = await core.dispatch(channel, {}).then((r) => (r.ok ? 'ok' : r.error.code));
      const access = PERMISSIONS[channel];
      if (access === 'public' || access === 'session-always') expect(DENIED, channel).not.toContain(code);
      else expect(code, channel).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    as(['beheerder'], false);
  });

  it('without a session only public channels work', async () => {
    await core.sessions.end('logout');
    for (const channel of CHANNELS) {
      if (DISRUPTIVE.has(channel)) continue;
      const code = await core.dispatch(channel, {}).then((r) => (r.ok ? 'ok' : r.error.code));
      if (PERMISSIONS[channel] === 'public') expect(DENIED, channel).not.toContain(code);
      else expect(code, channel).toBe('NOT_AUTHENTICATED');
    }
  });
});

describe('what the table says, pinned', () => {
  it('keeps administration to the beheerder', () => {
    const beheerderOnly = CHANNELS.filter((channel) => /^(accounts|audit|backup|policy):/.test(channel));
    expect(beheerderOnly.length).toBe(13);
    for (const channel of beheerderOnly) expect(PERMISSIONS[channel], channel).toEqual(['beheerder']);
  });

  it('lets nobody call anything but the vault, session and team channels without logging in', () => {
    const open = CHANNELS.filter((channel) => PERMISSIONS[channel] === 'public');
    // team: the first-run wizard's connection to a CTER server (only while there is no database).
    expect(open.every((channel) => /^(app|vault|session:login|print:recovery-key|team:)/.test(channel))).toBe(true);
  });

  it("gives the provincial coordinator the evaluations' reading channels only: no response, kiosk or edit", () => {
    const coordinator = { roles: ['coordinator'] as Role[], mustChangePassword: false };
    const evaluations = CHANNELS.filter((channel) => channel.startsWith('evaluations:'));
    expect(evaluations.filter((channel) => decideAccess(channel, coordinator) === 'allowed')).toEqual([
      'evaluations:templates',
      'evaluations:template',
      'evaluations:rounds',
      'evaluations:analysis',
      'evaluations:province',
      'evaluations:compare',
      'evaluations:report',
      'evaluations:export',
    ]);
    // The houses a round can be made for: only whoever makes rounds.
    expect(PERMISSIONS['evaluations:round-houses']).toEqual(PERMISSIONS['evaluations:save-round']);
  });
});
