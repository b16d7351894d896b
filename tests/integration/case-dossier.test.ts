// The dossier as a change answers it and as `cases:get` reads it: its reads go together (one round
// trip on PostgreSQL, cases/dossier.ts), so this pins what they give on both engines: the casus's
// own types (a boolean, a JSON list), the names of everyone it shows, the person's other cases, and
// the access rule on the casus read with them.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { Core } from '../../src-main/core/core';
import { BEHEERDER, addAccount, call, codeOf, loginAs, makeCore, withDatabase } from './helpers';

const NOORD = 1;
const MIDDEN = 2;

let core: Core;
let regisseur: { id: number; username: string; password: string };
let collega: { id: number; username: string; password: string };
let buiten: { id: number; username: string; password: string };

const signal = (ontvangen: string) => ({
  melderPartner: 'politie',
  ontvangen,
  omschrijving: 'Voorbeeld — fictief signaal.',
  ideologie: 'rechts_extremistisch',
  ernst: 'matig',
  bron: 'omgeving',
});

beforeEach(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  regisseur = await addAccount(core, {
    username: 'regisseur',
    roles: ['procesregisseur'],
    regionIds: [NOORD],
    displayName: 'Rik Regisseur (fictief)',
  });
  collega = await addAccount(core, {
    username: 'collega',
    roles: ['procesregisseur'],
    regionIds: [NOORD],
    displayName: 'Cor Collega (fictief)',
  });
  buiten = await addAccount(core, { username: 'buiten', roles: ['procesregisseur'], regionIds: [NOORD] });
  await loginAs(core, regisseur);
});

describe('the dossier read together', () => {
  it('gives the casus, the names and the other cases as each read of its own did, under the access rule', async () => {
    const first = await call<RegisteredSignal>(core, 'signals:register', {
      person: { nieuw: { naam: 'Dossier, Dana (fictief)', geboortedatum: '2008-03-01', gemeenteId: 1 } },
      signal: signal('2026-10-01'),
    });
    await call(core, 'cases:transition', {
      id: first.caseId,
      to: 'afgesloten',
      toelichting: 'Geen zorgen.',
      outcome: 'geen_actie',
    });
    const second = await call<RegisteredSignal>(core, 'signals:register', {
      person: { id: first.personId },
      signal: signal('2026-11-20'),
    });
    expect(second.caseId).not.toBe(first.caseId);
    await call(core, 'signals:weigh', {
      signalId: second.signalId,
      besluit: 'bespreken_casusoverleg',
      motivering: 'Bespreken.',
      deelnemers: ['politie'],
      datum: '2026-11-22',
    });
    await call(core, 'cases:note', { id: second.caseId, tekst: 'Eerste notitie (fictief).' });
    const saved = await call<CaseDossier>(core, 'cases:update', {
      id: second.caseId,
      regionId: NOORD,
      procesregisseurId: collega.id,
      partners: ['politie', 'gemeente'],
      afgeschermd: true,
      namedAccountIds: [],
    });
    const read = await call<CaseDossier>(core, 'cases:get', { id: second.caseId });
    // The change answers with what a read gives afterwards.
    expect(saved).toEqual(read);
    expect(read).toMatchObject({
      id: second.caseId,
      afgeschermd: true,
      partners: ['politie', 'gemeente'],
      procesregisseur: { id: collega.id, displayName: 'Cor Collega (fictief)' },
      person: { id: first.personId, naam: 'Dossier, Dana (fictief)' },
      otherCases: [{ id: first.caseId, state: 'afgesloten' }],
    });
    expect(read.namedAccounts.map((a) => a.displayName).sort()).toEqual([
      'Cor Collega (fictief)',
      'Rik Regisseur (fictief)',
    ]);
    expect(read.signals[0]!.wegingen).toMatchObject([
      { besluit: 'bespreken_casusoverleg', door: 'Rik Regisseur (fictief)' },
    ]);
    const doors = Object.fromEntries(read.timeline.filter((t) => t.door).map((t) => [t.kind, t.door]));
    expect(doors).toEqual({
      weging: 'Rik Regisseur (fictief)',
      status: 'Rik Regisseur (fictief)',
      notitie: 'Rik Regisseur (fictief)',
    });

    // Shielded and not naming them: the casus is not there for a colleague of the region, and the
    // person's other casus (not shielded) does not list it.
    await loginAs(core, buiten);
    expect(await codeOf(core, 'cases:get', { id: second.caseId })).toBe('NOT_FOUND');
    expect(await codeOf(core, 'cases:note', { id: second.caseId, tekst: 'Mag niet (fictief).' })).toBe('NOT_FOUND');
    expect((await call<CaseDossier>(core, 'cases:get', { id: first.caseId })).otherCases).toEqual([]);
  });

  it('is not there outside the regions of the caller', async () => {
    const registered = await call<RegisteredSignal>(core, 'signals:register', {
      person: { nieuw: { naam: 'Regio, Rens (fictief)', geboortedatum: '2008-03-01', gemeenteId: 1 } },
      signal: signal('2026-11-20'),
    });
    const midden = await addAccount(core, { username: 'midden', roles: ['procesregisseur'], regionIds: [MIDDEN] });
    await loginAs(core, midden);
    expect(await codeOf(core, 'cases:get', { id: registered.caseId })).toBe('NOT_FOUND');
    expect(await codeOf(core, 'cases:note', { id: registered.caseId, tekst: 'Mag niet (fictief).' })).toBe('NOT_FOUND');
  });

  it('refuses an unknown partner code and an inactive procesregisseur before it changes anything', async () => {
    // The save reads the codes, the procesregisseur and the names the casus has together (one
    // round trip on PostgreSQL, case-service.ts); the refusals are those of each read on its own.
    const registered = await call<RegisteredSignal>(core, 'signals:register', {
      person: { nieuw: { naam: 'Keuze, Kees (fictief)', geboortedatum: '2008-03-01', gemeenteId: 1 } },
      signal: signal('2026-11-20'),
    });
    await loginAs(core, { username: BEHEERDER.username, password: BEHEERDER.password });
    await call(core, 'accounts:deactivate', { id: buiten.id });
    await loginAs(core, regisseur);
    const before = await call<CaseDossier>(core, 'cases:get', { id: registered.caseId });
    const update = (changes: Record<string, unknown>) =>
      core.dispatch('cases:update', {
        id: registered.caseId,
        regionId: NOORD,
        procesregisseurId: collega.id,
        partners: ['politie'],
        afgeschermd: false,
        namedAccountIds: [],
        ...changes,
      });
    const bad = {
      id: registered.caseId,
      regionId: NOORD,
      procesregisseurId: buiten.id,
      partners: [] as string[],
      afgeschermd: false,
      namedAccountIds: [],
    };
    const unknown = await update({ partners: ['politie', 'geen_partner', 'gemeente'] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CODE' } });
    expect(unknown.ok ? null : unknown.error.fields).toEqual({ 'partners.1': { key: 'validation.invalidChoice' } });
    // A bad code is named before the procesregisseur is looked at, as before.
    expect(await codeOf(core, 'cases:update', { ...bad, partners: ['geen_partner'] })).toBe('UNKNOWN_CODE');
    const inactive = await update({ procesregisseurId: buiten.id });
    expect(inactive).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { procesregisseurId: { key: 'validation.invalidChoice' } } },
    });
    expect(await codeOf(core, 'cases:update', { ...bad, procesregisseurId: 999_999 })).toBe('INVALID_INPUT');
    expect(await call<CaseDossier>(core, 'cases:get', { id: registered.caseId })).toEqual(before);
    // And with good choices the same save goes through.
    const saved = await update({ partners: ['politie', 'gemeente'] });
    expect(saved).toMatchObject({
      ok: true,
      value: { partners: ['politie', 'gemeente'], procesregisseur: { id: collega.id } },
    });
  });
});
