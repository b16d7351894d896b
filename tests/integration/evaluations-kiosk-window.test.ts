// The kiosk and the window: core tells the platform's window to go to kiosk mode when the kiosk
// starts and back when it ends — by the password, or by a lock (the session, and so the kiosk, is
// gone). The form carries the partner names (the kiosk cannot read the lists). vault:status says
// whether the kiosk runs, so a reloaded renderer goes straight back to it.
import { describe, expect, it } from 'vitest';
import type { KioskView } from '../../src-shared/ipc/evaluations';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { dialogs, openRound, smallTemplate } from './evaluation-helpers';
import { addAccount, call, codeOf, loginAs, makeCore, withDatabase } from './helpers';

async function kioskCore() {
  const files = dialogs();
  const window: boolean[] = [];
  const made = makeCore(undefined, {
    platform: { ...files.platform, window: { setKiosk: (on) => void window.push(on) } },
  });
  await withDatabase(made.core);
  const regisseur = await addAccount(made.core, {
    username: 'regisseur',
    roles: ['procesregisseur'],
    regionIds: [1, 2, 3],
    displayName: 'Rita Regisseur',
  });
  await loginAs(made.core, regisseur);
  const round = await openRound(made.core, (await smallTemplate(made.core)).id);
  return { ...made, regisseur, round, window };
}

const kioskStatus = async (core: Parameters<typeof call>[0]) => (await call<VaultStatus>(core, 'vault:status')).kiosk;

describe('kiosk window', () => {
  it('goes full screen when the kiosk starts and back when it is left with the password', async () => {
    const { core, regisseur, round, window } = await kioskCore();
    expect(await kioskStatus(core)).toBe(false);
    const started = await call<KioskView>(core, 'evaluations:kiosk-start', { roundId: round.id });
    expect(window).toEqual([true]);
    // The organisations' names come with the form: the kiosk cannot read the lists.
    expect(started.partnerLabels).toEqual({ gemeente: 'Gemeente', politie: 'Politie', om: 'Openbaar Ministerie' });
    expect(await codeOf(core, 'lists:get', {})).toBe('KIOSK_ACTIVE');
    expect(await kioskStatus(core)).toBe(true);
    // A wrong password leaves the window as it is.
    expect(await codeOf(core, 'evaluations:kiosk-exit', { password: 'niet het goede wachtwoord' })).toBe(
      'WRONG_CREDENTIALS',
    );
    expect(window).toEqual([true]);
    expect(await kioskStatus(core)).toBe(true);
    await call(core, 'evaluations:kiosk-exit', { password: regisseur.password });
    expect(window).toEqual([true, false]);
    expect(await kioskStatus(core)).toBe(false);
  });

  it('restores the window when a lock ends the kiosk, and not on a lock without one', async () => {
    const { core, regisseur, round, window } = await kioskCore();
    await call(core, 'evaluations:kiosk-start', { roundId: round.id });
    await call(core, 'session:lock', {});
    expect(window).toEqual([true, false]);
    expect(await kioskStatus(core)).toBe(false);
    await call(core, 'session:login', { username: regisseur.username, password: regisseur.password });
    await call(core, 'session:lock', {});
    expect(window).toEqual([true, false]);
  });

  it('leaves the window alone when the kiosk cannot start', async () => {
    const { core, round, window } = await kioskCore();
    await call(core, 'evaluations:set-round-status', { id: round.id, status: 'gesloten' });
    expect(await codeOf(core, 'evaluations:kiosk-start', { roundId: round.id })).toBe('ROUND_NOT_OPEN');
    expect(window).toEqual([]);
    expect(await kioskStatus(core)).toBe(false);
  });
});
