// The experts' consultations on an installation of several houses (ZVHs; security review
// 2026-12-07): an account of a house reads the consultations (with their toelichting) and the
// overview's counts of its own regions' municipalities only, and an expert always their own. Before,
// every account read every house's consultations and exact counts per municipality. An account
// without regions (the beheerder) still reads them all. On both engines.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import type { AdviesView, ExpertOverview } from '../../src-shared/ipc/experts';
import { addAccount, BEHEERDER, call, loginAs, makeCore, withDatabase } from './helpers';

type Account = { id: number; username: string; password: string };
const NOORD = 1;
const ZUID = 3;
/** A municipality of each region (the example data: Aldervoort in Noord, Akkerveld in Zuid). */
const GEMEENTE = { [NOORD]: 1, [ZUID]: 24 } as const;

let core: Core;
const accounts: Record<'noordExpert' | 'zuidExpert' | 'noord', Account> = {} as never;

const advies = (gemeenteId: number, toelichting: string) =>
  call<AdviesView>(core, 'experts:save-advies', {
    gemeenteId,
    datum: '2026-04-01',
    onderwerp: 'signaal_duiding',
    duurMinuten: 60,
    toelichting,
  });

beforeEach(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  const expert = (username: string, region: number) =>
    addAccount(core, { username, roles: ['gemeentelijk_expert'], regionIds: [region] });
  accounts.noordExpert = await expert('noordexpert', NOORD);
  accounts.zuidExpert = await expert('zuidexpert', ZUID);
  accounts.noord = await addAccount(core, { username: 'noord', roles: ['procesregisseur'], regionIds: [NOORD] });
  await call(core, 'experts:assign', { accountId: accounts.noordExpert.id, gemeenteIds: [GEMEENTE[NOORD]] });
  // The Zuid expert also supports a Noord municipality: its consultation there is Noord's.
  await call(core, 'experts:assign', {
    accountId: accounts.zuidExpert.id,
    gemeenteIds: [GEMEENTE[ZUID], GEMEENTE[NOORD]],
  });
  await loginAs(core, accounts.noordExpert);
  await advies(GEMEENTE[NOORD], 'Noord — fictief.');
  await loginAs(core, accounts.zuidExpert);
  await advies(GEMEENTE[ZUID], 'Zuid — fictief.');
  await advies(GEMEENTE[NOORD], 'Zuid in Noord — fictief.');
});

const toelichtingen = (rows: AdviesView[]) => rows.map((row) => row.toelichting).sort();

describe('the experts of several houses', () => {
  it("reads the consultations and counts of the caller's own regions, and an expert's own", async () => {
    await loginAs(core, accounts.noord);
    expect(toelichtingen(await call<AdviesView[]>(core, 'experts:advies', {}))).toEqual([
      'Noord — fictief.',
      'Zuid in Noord — fictief.',
    ]);
    const overview = await call<ExpertOverview>(core, 'experts:overview', { year: 2026 });
    expect(overview.totals).toMatchObject({ count: 2, minutes: 120, gemeenten: 1 });
    expect(overview.perGemeente.every((g) => g.regionId === NOORD)).toBe(true);
    expect(JSON.stringify(overview)).not.toContain('Zuid — fictief.');

    // The Zuid expert reads Zuid's and their own consultation in Noord.
    await loginAs(core, accounts.zuidExpert);
    expect(toelichtingen(await call<AdviesView[]>(core, 'experts:advies', {}))).toEqual([
      'Zuid in Noord — fictief.',
      'Zuid — fictief.',
    ]);

    // Without regions (the beheerder of the installation): all of them.
    await loginAs(core, BEHEERDER);
    expect(toelichtingen(await call<AdviesView[]>(core, 'experts:advies', {}))).toHaveLength(3);
    expect((await call<ExpertOverview>(core, 'experts:overview', { year: 2026 })).totals.count).toBe(3);
  });
});
