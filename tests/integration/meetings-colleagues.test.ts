// meetings:colleagues — the narrow list the meeting form names its chair, notulist and invited
// persons from: id, name and case roles of active accounts sharing a region with the caller, and
// nothing else. The full account list (accounts:list) stays with the beheerder.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Colleague } from '../../src-shared/ipc/meetings';
import type { Core } from '../../src-main/core/core';
import { sql } from '../../src-main/core/db/sql';
import { addAccount, BEHEERDER, call, codeOf, loginAs, makeCore, rawSql, withDatabase } from './helpers';

let core: Core;
let regisseur: { id: number; username: string; password: string };

beforeEach(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  regisseur = await addAccount(core, {
    username: 'login.rik',
    roles: ['procesregisseur'],
    regionIds: [1, 2],
    displayName: 'Rik Regisseur (fictief)',
  });
  await addAccount(core, {
    username: 'login.niels',
    roles: ['notulist'],
    regionIds: [1],
    displayName: 'Niels Notulist',
  });
  await addAccount(core, {
    username: 'login.eva',
    roles: ['gemeentelijk_expert', 'beheerder', 'evaluator'],
    regionIds: [2],
    displayName: 'Eva Expert',
  });
  await addAccount(core, { username: 'evaluator', roles: ['evaluator'], regionIds: [1], displayName: 'Els Evaluator' });
  await addAccount(core, { username: 'beheer2', roles: ['beheerder'], regionIds: [1], displayName: 'Bert Beheer' });
  await addAccount(core, {
    username: 'zuid',
    roles: ['procesregisseur'],
    regionIds: [3],
    displayName: 'Zoë Zuid',
  });
  const gone = await addAccount(core, {
    username: 'vertrokken',
    roles: ['notulist'],
    regionIds: [1],
    displayName: 'Vera Vertrokken',
  });
  await call(core, 'accounts:deactivate', { id: gone.id });
  await loginAs(core, regisseur);
});

describe('meetings:colleagues', () => {
  it('returns id, name and case roles of active colleagues in the caller’s regions, nothing more', async () => {
    const found = await call<Colleague[]>(core, 'meetings:colleagues', {});
    expect(found.map((c) => c.displayName)).toEqual(['Eva Expert', 'Niels Notulist', 'Rik Regisseur (fictief)']);
    for (const colleague of found) expect(Object.keys(colleague).sort()).toEqual(['displayName', 'id', 'roles']);
    // Only the case roles: that the expert is also beheerder and evaluator is not told.
    expect(found.find((c) => c.displayName === 'Eva Expert')!.roles).toEqual(['gemeentelijk_expert']);
    expect(found.find((c) => c.displayName === 'Rik Regisseur (fictief)')).toEqual({
      id: regisseur.id,
      displayName: 'Rik Regisseur (fictief)',
      roles: ['procesregisseur'],
    });
    const serialised = JSON.stringify(found);
    for (const secret of [
      'login.',
      'Vertrokken',
      'Zuid',
      'Evaluator',
      'Beheer',
      'active',
      'beheerder',
      'evaluator',
      'regionIds',
    ])
      expect(serialised).not.toContain(secret);
  });

  it('narrows to one region the caller holds; another region gives no one', async () => {
    const noord = await call<Colleague[]>(core, 'meetings:colleagues', { regionId: 1 });
    expect(noord.map((c) => c.displayName)).toEqual(['Niels Notulist', 'Rik Regisseur (fictief)']);
    expect(await call<Colleague[]>(core, 'meetings:colleagues', { regionId: 3 })).toEqual([]);
    expect(await codeOf(core, 'meetings:colleagues', { regionId: 'noord' })).toBe('INVALID_INPUT');
    expect(await codeOf(core, 'meetings:colleagues', { regionId: 1, username: 'x' })).toBe('INVALID_INPUT');
  });

  it('is open to the meeting roles only, and each call is audited as a view', async () => {
    const notulist = { username: 'login.niels', password: 'wachtwoord van login.niels 2026' };
    await loginAs(core, notulist);
    expect((await call<Colleague[]>(core, 'meetings:colleagues', {})).map((c) => c.displayName)).toEqual([
      'Niels Notulist',
      'Rik Regisseur (fictief)',
    ]);
    await loginAs(core, { username: 'evaluator', password: 'wachtwoord van evaluator 2026' });
    expect(await codeOf(core, 'meetings:colleagues', {})).toBe('FORBIDDEN');
    await loginAs(core, BEHEERDER);
    expect(await codeOf(core, 'meetings:colleagues', {})).toBe('FORBIDDEN');
    const audit = await rawSql(
      core,
      sql`SELECT actor_name, kind, object_type, result FROM audit_entry WHERE action = 'meetings:colleagues' ORDER BY id`,
    );
    expect(audit).toEqual([
      { actor_name: 'login.niels', kind: 'view', object_type: 'account', result: 'ok' },
      { actor_name: 'evaluator', kind: 'view', object_type: null, result: 'FORBIDDEN' },
      { actor_name: BEHEERDER.username, kind: 'view', object_type: null, result: 'FORBIDDEN' },
    ]);
  });
});
