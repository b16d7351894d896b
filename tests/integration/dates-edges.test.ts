// Dates at the edges, through the router on both engines: the case number's year around 1 January
// (the year in Europe/Amsterdam, gap-free per year, whatever zone the process runs in: a CTER
// server's system clock is often UTC), and Mijn werk's horizons ("within two weeks", "within a
// week") across the DST changes of Europe/Amsterdam, counted in calendar days.
import { afterEach, describe, expect, it } from 'vitest';
import type { MyWork } from '../../src-shared/ipc/work';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { Core } from '../../src-main/core/core';
import { addAccount, call, loginAs, makeCore, withDatabase } from './helpers';

const NOORD = 1;
const ALDERVOORT = 1;
const zoneBefore = process.env['TZ'];

afterEach(() => {
  if (zoneBefore === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zoneBefore;
});

/** A core whose clock stands at `at`, with a procesregisseur of Noord logged in. */
async function coreAt(at: string) {
  const { core, clock } = makeCore();
  clock.set(new Date(at));
  await withDatabase(core);
  const regisseur = await addAccount(core, {
    username: 'regisseur',
    roles: ['procesregisseur'],
    regionIds: [NOORD],
    displayName: 'Rik Regisseur',
  });
  await loginAs(core, regisseur);
  return { core, clock, regisseur };
}

function register(core: Core, naam: string, ontvangen: string) {
  return call<RegisteredSignal>(core, 'signals:register', {
    person: { nieuw: { naam, geboortedatum: '2007-05-12', gemeenteId: ALDERVOORT } },
    signal: {
      melderPartner: 'politie',
      melderContact: 'wijkagent (fictief)',
      ontvangen,
      omschrijving: 'Deelt online oproepen tot geweld (fictief voorbeeld).',
      ideologie: 'jihadistisch',
      ernst: 'ernstig',
      bron: 'online',
    },
  });
}

/** A casus registered and given to the procesregisseur, so its actions and monitoring are in Mijn werk. */
async function ownCase(core: Core, regisseurId: number, naam: string, ontvangen: string) {
  const casus = await register(core, naam, ontvangen);
  await call(core, 'cases:update', {
    id: casus.caseId,
    regionId: NOORD,
    procesregisseurId: regisseurId,
    partners: [],
    afgeschermd: false,
    namedAccountIds: [],
  });
  return casus;
}

describe.each(['Europe/Amsterdam', 'UTC'])('dates at the edges, the process in %s', (zone) => {
  it('numbers a casus by the year in Europe/Amsterdam at the turn of the year, gap-free per year', async () => {
    process.env['TZ'] = zone;
    // 31-12-2026 23:59:59 in Amsterdam (CET, UTC+1).
    const { core, clock } = await coreAt('2026-12-31T22:59:59Z');
    expect((await register(core, 'Oud Jaar (fictief)', '2026-12-31')).caseNumber).toBe('CTER-2026-0001');
    expect((await register(core, 'Oud Jaar Twee (fictief)', '2026-12-31')).caseNumber).toBe('CTER-2026-0002');
    // One second on: 01-01-2027 00:00:00 in Amsterdam, still 2026 in UTC.
    clock.advance(1000);
    expect((await register(core, 'Nieuw Jaar (fictief)', '2026-12-31')).caseNumber).toBe('CTER-2027-0001');
    expect((await register(core, 'Nieuw Jaar Twee (fictief)', '2026-12-31')).caseNumber).toBe('CTER-2027-0002');
    await core.close();
  });

  it("counts Mijn werk's two weeks in calendar days across the change to summer time", async () => {
    process.env['TZ'] = zone;
    // 14-03-2027 23:30 in Amsterdam (CET); summer time starts 28-03-2027 at 02:00. Two weeks on is
    // 28-03; 14 × 24 hours on is 29-03 00:30 (CEST).
    const { core, regisseur } = await coreAt('2027-03-14T22:30:00Z');
    const casus = await ownCase(core, regisseur.id, 'Zomer Tijd (fictief)', '2027-03-10');
    for (const deadline of ['2027-03-28', '2027-03-29']) {
      await call(core, 'cases:save-action', {
        caseId: casus.caseId,
        soort: 'actie',
        omschrijving: `Gesprek met school (${deadline}).`,
        actiehouderPartner: 'onderwijs',
        actiehouderNaam: 'Mentor (fictief)',
        deadline,
      });
    }
    // A week on is 21-03; the moment on 22-03 is not due yet.
    await call(core, 'cases:plan-monitoring', { id: casus.caseId, gepland: '2027-03-21' });
    await call(core, 'cases:plan-monitoring', { id: casus.caseId, gepland: '2027-03-22' });
    const work = await call<MyWork>(core, 'work:mine');
    expect(work.dueSoonActions.map((w) => w.date)).toEqual(['2027-03-28']);
    expect(work.monitoringDue.map((w) => w.date)).toEqual(['2027-03-21']);
    await core.close();
  });

  it("counts Mijn werk's two weeks in calendar days across the change to winter time", async () => {
    process.env['TZ'] = zone;
    // 12-10-2026 00:30 in Amsterdam (CEST); winter time starts 25-10-2026 at 03:00. Two weeks on is
    // 26-10; 14 × 24 hours on is 25-10 23:30 (CET).
    const { core, regisseur } = await coreAt('2026-10-11T22:30:00Z');
    const casus = await ownCase(core, regisseur.id, 'Winter Tijd (fictief)', '2026-10-10');
    await call(core, 'cases:save-action', {
      caseId: casus.caseId,
      soort: 'actie',
      omschrijving: 'Gesprek met school.',
      actiehouderPartner: 'onderwijs',
      actiehouderNaam: 'Mentor (fictief)',
      deadline: '2026-10-26',
    });
    const work = await call<MyWork>(core, 'work:mine');
    expect(work.dueSoonActions.map((w) => w.date)).toEqual(['2026-10-26']);
    await core.close();
  });
});
