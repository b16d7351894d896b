// Two people on the same record (issue 17): A loads a form, B saves the same record, A's save is
// refused with STALE_VERSION naming who saved, when, and the fields that differ from what A sends;
// nothing of B's is lost, and A can reload and save. Two accounts take turns on one core (one
// SQLCipher file cannot be opened by two cores at once).
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { BridgeError } from '../../src-shared/ipc/errors';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { staleVersionOf } from '../../src-shared/ipc/version';
import type { Core } from '../../src-main/core/core';
import { addAccount, call, loginAs, makeCore, withDatabase } from './helpers';

const NOORD = 1;
const ALDERVOORT = 1;

type Account = { id: number; username: string; password: string };

let core: Core;
let anna: Account;
let bram: Account;

/** The error of a call that must fail. */
async function refusal(channel: string, input: unknown): Promise<BridgeError> {
  const result = await core.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to fail`);
  return result.error;
}

beforeEach(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  anna = await addAccount(core, {
    username: 'anna',
    roles: ['procesregisseur'],
    regionIds: [NOORD],
    displayName: 'Anna Aalders',
  });
  bram = await addAccount(core, {
    username: 'bram',
    roles: ['procesregisseur'],
    regionIds: [NOORD],
    displayName: 'Bram Bos',
  });
  await loginAs(core, anna);
});

async function openCase(): Promise<CaseDossier> {
  const registered = await call<RegisteredSignal>(core, 'signals:register', {
    person: { nieuw: { naam: 'Sam de Vries (fictief)', geboortedatum: '2007-05-12', gemeenteId: ALDERVOORT } },
    signal: {
      melderPartner: 'politie',
      melderContact: 'wijkagent (fictief)',
      ontvangen: '2026-11-20',
      omschrijving: 'Deelt online oproepen tot geweld (fictief voorbeeld).',
      ideologie: 'jihadistisch',
      ernst: 'ernstig',
      bron: 'online',
    },
  });
  return call<CaseDossier>(core, 'cases:get', { id: registered.caseId });
}

const settingsOf = (dossier: CaseDossier) => ({
  id: dossier.id,
  regionId: dossier.regionId,
  procesregisseurId: dossier.procesregisseur?.id ?? null,
  partners: dossier.partners,
  afgeschermd: dossier.afgeschermd,
  namedAccountIds: dossier.namedAccounts.map((a) => a.id),
  version: dossier.version,
});

describe('a casus two people edit', () => {
  it('refuses the settings saved over a newer version and keeps the other save', async () => {
    const loaded = await openCase();
    expect(loaded.version).toBe(1);

    await loginAs(core, bram);
    const saved = await call<CaseDossier>(core, 'cases:update', { ...settingsOf(loaded), partners: ['politie'] });
    expect(saved.version).toBe(2);

    await loginAs(core, anna);
    const error = await refusal('cases:update', { ...settingsOf(loaded), procesregisseurId: anna.id });
    expect(error.code).toBe('STALE_VERSION');
    expect(error.message).not.toMatch(/SELECT|UPDATE|casus_/);
    const stale = staleVersionOf(error)!;
    expect(stale.savedBy).toBe('Bram Bos');
    expect(stale.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(stale.version).toBe(2);
    // Bram set the partners; Anna sends the old partners and her own regisseur.
    expect(stale.fields.sort()).toEqual(['partners', 'procesregisseurId']);

    const now = await call<CaseDossier>(core, 'cases:get', { id: loaded.id });
    expect(now.partners).toEqual(['politie']);
    expect(now.procesregisseur).toBeNull();
    expect(now.version).toBe(2);

    const again = await call<CaseDossier>(core, 'cases:update', { ...settingsOf(now), procesregisseurId: anna.id });
    expect(again).toMatchObject({ partners: ['politie'], procesregisseur: { id: anna.id }, version: 3 });
  });

  it('refuses a change of a plan action saved over a newer version', async () => {
    const casus = await openCase();
    const action = {
      caseId: casus.id,
      soort: 'actie' as const,
      omschrijving: 'Gesprek met ouders plannen.',
      actiehouderPartner: 'gemeente',
      actiehouderNaam: 'J. Jansen (fictief)',
      deadline: '2026-12-15',
    };
    const loaded = (await call<CaseDossier>(core, 'cases:save-action', action)).actions[0]!;
    expect(loaded.version).toBe(1);

    await loginAs(core, bram);
    const afterBram = await call<CaseDossier>(core, 'cases:save-action', {
      ...action,
      id: loaded.id,
      version: loaded.version,
      status: 'lopend',
    });
    expect(afterBram.actions[0]).toMatchObject({ status: 'lopend', version: 2 });

    await loginAs(core, anna);
    const error = await refusal('cases:save-action', {
      ...action,
      id: loaded.id,
      version: loaded.version,
      deadline: '2027-01-31',
    });
    expect(staleVersionOf(error)).toEqual({
      savedBy: 'Bram Bos',
      savedAt: expect.any(String),
      version: 2,
      fields: ['deadline', 'status'],
    });
    const now = (await call<CaseDossier>(core, 'cases:get', { id: casus.id })).actions[0]!;
    expect(now).toMatchObject({ status: 'lopend', deadline: '2026-12-15', version: 2 });

    const again = await call<CaseDossier>(core, 'cases:save-action', {
      ...action,
      id: now.id,
      version: now.version,
      status: now.status,
      deadline: '2027-01-31',
    });
    expect(again.actions[0]).toMatchObject({ status: 'lopend', deadline: '2027-01-31', version: 3 });
  });

  it('refuses monitoring findings recorded over newer findings', async () => {
    const casus = await openCase();
    const loaded = (await call<CaseDossier>(core, 'cases:plan-monitoring', { id: casus.id, gepland: '2027-01-10' }))
      .monitoring[0]!;

    await loginAs(core, bram);
    await call(core, 'cases:record-monitoring', {
      id: casus.id,
      monitoringId: loaded.id,
      bevindingen: 'Bram: contact loopt goed.',
      version: loaded.version,
    });

    await loginAs(core, anna);
    const error = await refusal('cases:record-monitoring', {
      id: casus.id,
      monitoringId: loaded.id,
      bevindingen: 'Anna: geen zorgen.',
      version: loaded.version,
    });
    expect(staleVersionOf(error)).toMatchObject({ savedBy: 'Bram Bos', version: 2, fields: ['bevindingen'] });
    const now = (await call<CaseDossier>(core, 'cases:get', { id: casus.id })).monitoring[0]!;
    expect(now.bevindingen).toBe('Bram: contact loopt goed.');

    const again = await call<CaseDossier>(core, 'cases:record-monitoring', {
      id: casus.id,
      monitoringId: now.id,
      bevindingen: 'Bram: contact loopt goed. Anna: geen zorgen.',
      version: now.version,
    });
    expect(again.monitoring[0]).toMatchObject({
      bevindingen: 'Bram: contact loopt goed. Anna: geen zorgen.',
      version: 3,
    });
  });
});
