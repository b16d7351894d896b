// The beheerder's lists: labels and order change, new values get a code, removed values are only
// deactivated, and regions or municipalities in use cannot be removed.
import { describe, expect, it } from 'vitest';
import type { ReferenceData } from '../../src-shared/ipc/lists';
import { addAccount, call, codeOf, loginAs, makeCore, withDatabase } from './helpers';

describe('configurable lists', () => {
  it('relabels, reorders, adds and deactivates values', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const before = (await call<ReferenceData>(core, 'lists:get')).lists.bron;
    const saved = await call<ReferenceData['lists']['bron']>(core, 'lists:save', {
      list: 'bron',
      values: [
        { code: 'online', label: 'Online (sociale media, fora)', active: true },
        { code: 'omgeving', label: before.find((v) => v.code === 'omgeving')!.label, active: true },
        { label: 'Anonieme melding', active: true },
      ],
    });
    expect(saved.slice(0, 3).map((v) => [v.code, v.label, v.active])).toEqual([
      ['online', 'Online (sociale media, fora)', true],
      ['omgeving', 'Melding uit de omgeving (familie, school, buurt)', true],
      ['anonieme_melding', 'Anonieme melding', true],
    ]);
    // Values left out stay, inactive, at the end: old signals keep their meaning.
    expect(
      saved
        .filter((v) => !v.active)
        .map((v) => v.code)
        .sort(),
    ).toEqual(['eigen_waarneming', 'open_bron', 'partnerinformatie']);
    expect(
      await codeOf(core, 'lists:save', { list: 'besluit', values: [{ label: 'Nieuw besluit', active: true }] }),
    ).toBe('INVALID_INPUT');
    expect(
      await codeOf(core, 'lists:save', { list: 'bron', values: [{ code: 'bestaat_niet', label: 'X', active: true }] }),
    ).toBe('UNKNOWN_CODE');
    await core.close();
  });

  it('renames and adds regions and municipalities, and keeps what is in use', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const data = await call<ReferenceData>(core, 'lists:get');
    const regions = data.regions.map((region) => ({
      id: region.id,
      name: region.name.replace(' (voorbeeld)', ''),
      gemeenten: data.gemeenten.filter((g) => g.regionId === region.id).map(({ id, name }) => ({ id, name })),
    }));
    regions[0]!.gemeenten.push({ name: 'Nieuwstad' } as never);
    const after = await call<ReferenceData>(core, 'lists:save-regions', { regions });
    expect(after.regions.map((r) => r.name)).toEqual(['ZVH Midden', 'ZVH Noord', 'ZVH Zuid']);
    expect(after.gemeenten).toHaveLength(35);

    // A municipality with a person in it cannot go.
    const regisseur = await addAccount(core, { username: 'regisseur', roles: ['procesregisseur'], regionIds: [1] });
    await loginAs(core, regisseur);
    const aldervoort = after.gemeenten.find((g) => g.name === 'Aldervoort')!;
    await call(core, 'signals:register', {
      person: { nieuw: { naam: 'Test Persoon (fictief)', geboortejaar: 2000, gemeenteId: aldervoort.id } },
      signal: {
        melderPartner: 'politie',
        ontvangen: '2026-11-01',
        omschrijving: 'Voorbeeld — fictief signaal.',
        ideologie: 'overig_onbekend',
        ernst: 'laag',
        bron: 'online',
      },
    });
    await call(core, 'session:login', { username: 'beheer', password: 'de kat zit op de mat vandaag' });
    const without = regions.map((r) => ({ ...r, gemeenten: r.gemeenten.filter((g) => g.name !== 'Aldervoort') }));
    expect(await core.dispatch('lists:save-regions', { regions: without })).toMatchObject({
      ok: false,
      error: { code: 'REFERENCE_IN_USE', params: { name: 'Aldervoort' } },
    });
    expect((await call<ReferenceData>(core, 'lists:get')).gemeenten).toHaveLength(35);
    await core.close();
  });
});
