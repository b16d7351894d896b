// Gemeentelijke experts CTER through the router: a beheerder links experts to municipalities, an
// expert records consultations only for their own municipalities, and the overview counts per
// municipality and per expert within the calendar year.
import { beforeEach, describe, expect, it } from 'vitest';
import type { AdviesView, ExpertOverview, ExpertsByGemeente, ExpertView } from '../../src-shared/ipc/experts';
import type { Core } from '../../src-main/core/core';
import { addAccount, BEHEERDER, call, codeOf, loginAs, makeCore, withDatabase } from './helpers';

// Accounts and logins derive keys (deliberately slow): the longer scenarios get more time.
let core: Core;
let eva: { id: number; username: string; password: string };
let erik: { id: number; username: string; password: string };

const advies = (gemeenteId: number, datum: string, extra: Record<string, unknown> = {}) =>
  call<AdviesView>(core, 'experts:save-advies', {
    gemeenteId,
    datum,
    onderwerp: 'signaal_duiding',
    duurMinuten: 60,
    ...extra,
  });

beforeEach(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  eva = await addAccount(core, { username: 'eva', roles: ['gemeentelijk_expert'], displayName: 'Eva Expert' });
  erik = await addAccount(core, { username: 'erik', roles: ['gemeentelijk_expert'], displayName: 'Erik Expert' });
});

describe('gemeentelijke experts', () => {
  it('links experts to municipalities, records their consultations and counts them per year', async () => {
    const regisseur = await addAccount(core, { username: 'regisseur', roles: ['procesregisseur'] });
    expect(await codeOf(core, 'experts:assign', { accountId: regisseur.id, gemeenteIds: [1] })).toBe('NOT_EXPERT');
    const assigned = await call<ExpertView>(core, 'experts:assign', { accountId: eva.id, gemeenteIds: [1, 2, 2] });
    expect(assigned.gemeenten.map((g) => g.id).sort()).toEqual([1, 2]);
    await call(core, 'experts:assign', { accountId: erik.id, gemeenteIds: [2, 13] });
    const list = await call<ExpertsByGemeente>(core, 'experts:list');
    expect(list.perGemeente.find((g) => g.gemeenteId === 2)!.experts.map((e) => e.displayName)).toEqual([
      'Erik Expert',
      'Eva Expert',
    ]);

    await loginAs(core, eva);
    expect(await codeOf(core, 'experts:assign', { accountId: eva.id, gemeenteIds: [3] })).toBe('FORBIDDEN');
    await advies(1, '2025-12-31', { onderwerp: 'regierol', duurMinuten: 45 });
    await advies(1, '2026-01-01', { toelichting: 'Voorbeeld — fictief.' });
    const third = await advies(2, '2026-06-15', { onderwerp: 'casusoverleg', duurMinuten: 90 });
    await advies(1, '2026-12-31', { duurMinuten: 30 });
    expect(
      await codeOf(core, 'experts:save-advies', {
        gemeenteId: 13,
        datum: '2026-02-01',
        onderwerp: 'beleid',
        duurMinuten: 10,
      }),
    ).toBe('EXPERT_NOT_FOR_GEMEENTE');
    await loginAs(core, erik);
    // Eva's consultation does not exist for Erik.
    expect(
      await codeOf(core, 'experts:save-advies', {
        id: third.id,
        gemeenteId: 2,
        datum: '2026-06-15',
        onderwerp: 'beleid',
        duurMinuten: 5,
      }),
    ).toBe('NOT_FOUND');
    await advies(13, '2026-03-03', { onderwerp: 'beleid', duurMinuten: 120 });

    const overview = await call<ExpertOverview>(core, 'experts:overview', { year: 2026 });
    const gemeente = (id: number) => overview.perGemeente.find((g) => g.gemeenteId === id)!;
    expect(gemeente(1)).toMatchObject({
      count: 2,
      minutes: 90,
      onderwerpen: { signaal_duiding: 2 },
      experts: ['Eva Expert'],
    });
    expect(gemeente(2)).toMatchObject({ count: 1, minutes: 90, onderwerpen: { casusoverleg: 1 } });
    expect(gemeente(13)).toMatchObject({ count: 1, minutes: 120, experts: ['Erik Expert'] });
    expect(gemeente(3)).toMatchObject({ count: 0, minutes: 0, experts: [] });
    expect(overview.perGemeente).toHaveLength(34);
    expect(overview.perExpert.map((e) => [e.displayName, e.count, e.minutes])).toEqual([
      ['Erik Expert', 1, 120],
      ['Eva Expert', 3, 180],
    ]);
    expect(overview.totals).toEqual({ count: 4, minutes: 300, gemeenten: 3 });
    const before = await call<ExpertOverview>(core, 'experts:overview', { year: 2025 });
    expect(before.totals).toEqual({ count: 1, minutes: 45, gemeenten: 1 });
    const perGemeente = await call<AdviesView[]>(core, 'experts:advies', { gemeenteId: 1 });
    expect(perGemeente.map((a) => a.datum)).toEqual(['2026-12-31', '2026-01-01', '2025-12-31']);

    const evaluator = await addAccount(core, { username: 'evaluator', roles: ['evaluator'] });
    await loginAs(core, evaluator);
    expect(await codeOf(core, 'experts:overview', { year: 2026 })).toBe('ok');
    expect(await codeOf(core, 'experts:save-advies', { gemeenteId: 'x' })).toBe('FORBIDDEN');

    await loginAs(core, BEHEERDER);
    const audit = await call<{ entries: { action: string; objectType: string; actorName: string }[] }>(
      core,
      'audit:query',
      { filter: { action: 'experts:save-advies' } },
    );
    expect(audit.entries.map((e) => e.actorName)).toEqual([
      'evaluator',
      'erik',
      'erik',
      'eva',
      'eva',
      'eva',
      'eva',
      'eva',
    ]);
  }, 120_000);
});
