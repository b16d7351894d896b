// The case workflow through the router: register -> weigh -> casus -> plan -> monitoring ->
// close, with the state machine, validation and the access rules enforced in core.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { PersonMatch } from '../../src-shared/ipc/persons';
import type { SearchRow } from '../../src-shared/ipc/search';
import type { MyWork } from '../../src-shared/ipc/work';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { AuditEntryView } from '../../src-shared/ipc/audit';
import type { Core } from '../../src-main/core/core';
import { sql } from '../../src-main/core/db/sql';
import { addAccount, call, codeOf, loginAs, makeCore, rawSql, withDatabase } from './helpers';

const NOORD = 1;
const MIDDEN = 2;
// Gemeente ids follow the defaults: 1..11 in Noord, 12..23 in Midden.
const ALDERVOORT = 1;
const BERKENSTEIN = 12;

const person = (naam: string, extra: Record<string, unknown> = {}) => ({
  naam,
  geboortedatum: '2007-05-12',
  gemeenteId: ALDERVOORT,
  ...extra,
});

const signal = (extra: Record<string, unknown> = {}) => ({
  melderPartner: 'politie',
  melderContact: 'wijkagent (fictief)',
  ontvangen: '2026-11-20',
  omschrijving: 'Deelt online oproepen tot geweld (fictief voorbeeld).',
  ideologie: 'jihadistisch',
  ernst: 'ernstig',
  bron: 'online',
  ...extra,
});

let core: Core;
let regisseur: { id: number; username: string; password: string };
let collega: { id: number; username: string; password: string };
let andereRegio: { id: number; username: string; password: string };

beforeEach(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  regisseur = await addAccount(core, {
    username: 'regisseur',
    roles: ['procesregisseur'],
    regionIds: [NOORD],
    displayName: 'Rik Regisseur',
  });
  collega = await addAccount(core, { username: 'collega', roles: ['gemeentelijk_expert'], regionIds: [NOORD] });
  andereRegio = await addAccount(core, { username: 'midden', roles: ['procesregisseur'], regionIds: [MIDDEN] });
  await loginAs(core, regisseur);
});

async function register(naam = 'Sam de Vries (fictief)', extra: Record<string, unknown> = {}) {
  return call<RegisteredSignal>(core, 'signals:register', { person: { nieuw: person(naam, extra) }, signal: signal() });
}

describe('case workflow', () => {
  it('register -> weigh -> casusoverleg -> plan -> monitoring -> afgeschaald', async () => {
    const first = await register();
    expect(first.caseNumber).toMatch(/^CTER-2026-0001$/);
    expect(first.joinedOpenCase).toBe(false);
    let dossier = await call<CaseDossier>(core, 'cases:get', { id: first.caseId });
    expect(dossier.state).toBe('aangemeld');
    expect(dossier.signals[0]).toMatchObject({ status: 'nieuw', leeftijd: 19 });

    // A second signal about the same person joins the open casus.
    const second = await call<RegisteredSignal>(core, 'signals:register', {
      person: { id: first.personId },
      signal: signal({ ontvangen: '2026-11-22', ernst: 'matig' }),
    });
    expect(second).toMatchObject({ caseId: first.caseId, joinedOpenCase: true });

    await call(core, 'signals:weigh', {
      signalId: first.signalId,
      besluit: 'bespreken_casusoverleg',
      motivering: 'Zorgen over online uitingen; bespreken met partners.',
      deelnemers: ['politie', 'gemeente', 'om'],
      datum: '2026-11-24',
    });
    dossier = await call<CaseDossier>(core, 'cases:get', { id: first.caseId });
    expect(dossier.state).toBe('casusoverleg');
    expect(dossier.signals.find((s) => s.id === first.signalId)?.status).toBe('gewogen');

    dossier = await call<CaseDossier>(core, 'cases:update', {
      id: first.caseId,
      regionId: NOORD,
      procesregisseurId: regisseur.id,
      partners: ['politie', 'gemeente'],
      afgeschermd: false,
      namedAccountIds: [],
    });
    expect(dossier.procesregisseur).toEqual({ id: regisseur.id, displayName: 'Rik Regisseur' });

    dossier = await call<CaseDossier>(core, 'cases:save-action', {
      caseId: first.caseId,
      soort: 'interventie',
      interventietype: 'mentortraject',
      omschrijving: 'Mentor koppelen en wekelijks contact.',
      actiehouderPartner: 'gemeente',
      actiehouderNaam: 'J. Jansen (fictief)',
      deadline: '2026-12-15',
    });
    expect(dossier.actions).toHaveLength(1);
    dossier = await call<CaseDossier>(core, 'cases:transition', {
      id: first.caseId,
      to: 'plan_van_aanpak',
      toelichting: 'Plan vastgesteld in het ICO.',
    });
    expect(dossier.state).toBe('plan_van_aanpak');
    dossier = await call<CaseDossier>(core, 'cases:plan-monitoring', { id: first.caseId, gepland: '2027-01-10' });
    expect(dossier.monitoring).toEqual([
      { id: expect.any(Number), gepland: '2027-01-10', uitgevoerd: null, bevindingen: '', version: 1 },
    ]);
    dossier = await call<CaseDossier>(core, 'cases:transition', {
      id: first.caseId,
      to: 'monitoring',
      toelichting: 'Plan loopt.',
    });
    expect(dossier.state).toBe('monitoring');
    dossier = await call<CaseDossier>(core, 'cases:record-monitoring', {
      id: first.caseId,
      monitoringId: dossier.monitoring[0]!.id,
      bevindingen: 'Contact met mentor loopt goed.',
    });
    expect(dossier.monitoring[0]?.uitgevoerd).not.toBeNull();
    expect(await codeOf(core, 'cases:transition', { id: first.caseId, to: 'afgeschaald', toelichting: 'Klaar.' })).toBe(
      'OUTCOME_REQUIRED',
    );
    dossier = await call<CaseDossier>(core, 'cases:transition', {
      id: first.caseId,
      to: 'afgeschaald',
      toelichting: 'Zorgen weggenomen, reguliere begeleiding.',
      outcome: 'afgeschaald_regulier',
    });
    expect(dossier).toMatchObject({
      state: 'afgeschaald',
      outcome: 'afgeschaald_regulier',
      allowedTransitions: ['aangemeld'],
    });
    expect(dossier.closedAt).not.toBeNull();
    const kinds = dossier.timeline.map((item) => item.kind);
    expect(new Set(kinds)).toEqual(new Set(['signaal', 'weging', 'status', 'actie', 'monitoring']));
    expect(dossier.timeline.filter((item) => item.kind === 'status').map((item) => item.title)).toEqual([
      'monitoring>afgeschaald',
      'plan_van_aanpak>monitoring',
      'casusoverleg>plan_van_aanpak',
      'aangemeld>casusoverleg',
      'aangemeld',
    ]);

    // A new signal after closure opens a new casus.
    const later = await call<RegisteredSignal>(core, 'signals:register', {
      person: { id: first.personId },
      signal: signal(),
    });
    expect(later.caseId).not.toBe(first.caseId);
    expect(later.caseNumber).toBe('CTER-2026-0002');
  });

  it('goes on past the year’s 9,999th casus (10000, 10001), never back to a number in use', async () => {
    const first = await register();
    await rawSql(core, sql`UPDATE casus SET number = ${'CTER-2026-9999'} WHERE id = ${first.caseId}`);
    expect((await register('Noa Tienduizend (fictief)')).caseNumber).toBe('CTER-2026-10000');
    expect((await register('Sem Tienduizend-een (fictief)')).caseNumber).toBe('CTER-2026-10001');
  });

  it('enforces the state machine and lets a closed casus be re-opened', async () => {
    const { caseId } = await register();
    expect(await codeOf(core, 'cases:transition', { id: caseId, to: 'monitoring', toelichting: 'te vroeg' })).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
    await call(core, 'cases:transition', {
      id: caseId,
      to: 'afgesloten',
      toelichting: 'Geen zorgen.',
      outcome: 'geen_actie',
    });
    const reopened = await call<CaseDossier>(core, 'cases:transition', {
      id: caseId,
      to: 'aangemeld',
      toelichting: 'Nieuwe info.',
    });
    expect(reopened).toMatchObject({ state: 'aangemeld', outcome: null, closedAt: null });
  });

  it('maps each weging decision onto the casus', async () => {
    const weigh = async (besluit: string) => {
      const { caseId, signalId } = await register(`Persoon ${besluit} (fictief)`);
      await call(core, 'signals:weigh', {
        signalId,
        besluit,
        motivering: 'Gewogen in het i2o.',
        deelnemers: ['politie'],
        datum: '2026-11-24',
      });
      return call<CaseDossier>(core, 'cases:get', { id: caseId });
    };
    expect((await weigh('geen_actie')).outcome).toBe('geen_actie');
    expect((await weigh('meer_informatie')).state).toBe('in_weging');
    expect((await weigh('strafrechtelijk_traject')).outcome).toBe('strafrechtelijk');
    const done = await weigh('bespreken_casusoverleg');
    expect(
      await codeOf(core, 'signals:weigh', {
        signalId: done.signals[0]!.id,
        besluit: 'geen_actie',
        motivering: 'Nog een keer wegen mag niet.',
        deelnemers: ['politie'],
        datum: '2026-11-25',
      }),
    ).toBe('SIGNAL_ALREADY_WEIGHED');
  });
});

describe('validation changes nothing', () => {
  it('refuses a bad BSN, a missing birth date, unknown codes and a municipality outside the region', async () => {
    const count = async () => (await call<{ total: number }>(core, 'search:query', {})).total;
    const try_ = (p: Record<string, unknown>, s: Record<string, unknown> = {}) =>
      core.dispatch('signals:register', { person: { nieuw: { ...person('Fout Persoon'), ...p } }, signal: signal(s) });
    expect(await try_({ bsn: '123456789' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'person.nieuw.bsn': { key: 'validation.bsn' } } },
    });
    expect(await try_({ geboortedatum: null })).toMatchObject({
      ok: false,
      error: { fields: { 'person.nieuw.geboortedatum': { key: 'validation.birthRequired' } } },
    });
    expect(await try_({}, { ideologie: 'onbekend' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CODE', fields: { 'signal.ideologie': { key: 'validation.invalidChoice' } } },
    });
    expect(await try_({ gemeenteId: BERKENSTEIN })).toMatchObject({
      ok: false,
      error: { fields: { 'person.nieuw.gemeenteId': { key: 'validation.gemeenteOutsideRegion' } } },
    });
    expect(await count()).toBe(0);
    expect((await try_({ bsn: '111222333', geboortedatum: null, geboortejaar: 2009 })).ok).toBe(true);
    expect(await count()).toBe(1);
  });
});

describe('possible duplicates', () => {
  it('finds spelling variants with the same birth data, and nothing outside the caller’s view', async () => {
    await register('Mohamed El Amrani (fictief)', { geboortedatum: '2005-03-04', aliases: ['Momo'] });
    const matches = await call<PersonMatch[]>(core, 'persons:matches', { naam: 'Mohammed Amrani', geboortejaar: 2005 });
    expect(matches[0]).toMatchObject({ naam: 'Mohamed El Amrani (fictief)', reasons: ['naam', 'geboortejaar'] });
    expect(matches[0]!.openCase?.state).toBe('aangemeld');
    const byAlias = await call<PersonMatch[]>(core, 'persons:matches', { naam: 'Momo', geboortedatum: '2005-03-04' });
    expect(byAlias[0]?.reasons).toEqual(['alias', 'geboortedatum']);
    expect(await call(core, 'persons:matches', { naam: 'Mohammed Amrani', geboortejaar: 1980 })).toEqual([]);
    await loginAs(core, andereRegio);
    expect(await call(core, 'persons:matches', { naam: 'Mohammed Amrani', geboortejaar: 2005 })).toEqual([]);
  });
});

describe('access rules', () => {
  it('another region sees nothing of the casus or the person', async () => {
    const { caseId, personId } = await register();
    await loginAs(core, andereRegio);
    expect(await codeOf(core, 'cases:get', { id: caseId })).toBe('NOT_FOUND');
    expect(await codeOf(core, 'persons:get', { id: personId })).toBe('NOT_FOUND');
    expect(await codeOf(core, 'cases:note', { id: caseId, tekst: 'x' })).toBe('NOT_FOUND');
    expect((await call<{ total: number }>(core, 'search:query', { text: 'Vries' })).total).toBe(0);
  });

  it('a shielded casus is visible only to the accounts named on it', async () => {
    const { caseId } = await register();
    await call(core, 'cases:update', {
      id: caseId,
      regionId: NOORD,
      procesregisseurId: null,
      partners: [],
      afgeschermd: true,
      namedAccountIds: [],
    });
    expect(await codeOf(core, 'cases:get', { id: caseId })).toBe('ok');
    await loginAs(core, collega);
    expect(await codeOf(core, 'cases:get', { id: caseId })).toBe('NOT_FOUND');
    expect((await call<{ total: number }>(core, 'search:query', {})).total).toBe(0);
    await loginAs(core, regisseur);
    await call(core, 'cases:update', {
      id: caseId,
      regionId: NOORD,
      procesregisseurId: null,
      partners: [],
      afgeschermd: true,
      namedAccountIds: [collega.id],
    });
    await loginAs(core, collega);
    expect(await codeOf(core, 'cases:get', { id: caseId })).toBe('ok');
  });

  it('an account without regions sees no cases, and a beheerder has no case access at all', async () => {
    await register();
    const zonder = await addAccount(core, { username: 'zonder', roles: ['procesregisseur'] });
    await loginAs(core, zonder);
    expect((await call<{ total: number }>(core, 'search:query', {})).total).toBe(0);
    await core.sessions.end('logout');
    await call(core, 'session:login', { username: 'beheer', password: 'de kat zit op de mat vandaag' });
    expect(await codeOf(core, 'search:query', {})).toBe('FORBIDDEN');
  });

  it('every view of a casus or person is audited with its id', async () => {
    const { caseId, personId } = await register();
    await call(core, 'cases:get', { id: caseId });
    await call(core, 'persons:get', { id: personId });
    await loginAs(core, andereRegio);
    await codeOf(core, 'cases:get', { id: caseId });
    await core.sessions.end('logout');
    await call(core, 'session:login', { username: 'beheer', password: 'de kat zit op de mat vandaag' });
    const views = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', {
      filter: { kind: 'view', objectType: 'casus' },
    });
    expect(views.entries.map((e) => [e.actorName, e.objectId, e.result])).toEqual(
      expect.arrayContaining([
        ['regisseur', String(caseId), 'ok'],
        ['midden', String(caseId), 'NOT_FOUND'],
      ]),
    );
    const persons = await call<{ entries: AuditEntryView[] }>(core, 'audit:query', {
      filter: { objectType: 'persoon', objectId: String(personId) },
    });
    expect(persons.entries).toHaveLength(1);
  });
});

describe('search and Mijn werk', () => {
  it('searches without regard to diacritics or case, by prefix, number, year and municipality', async () => {
    await register('Ömer Çelik (fictief)', { geboortedatum: '2004-01-02', aliases: ['Omar'] });
    await register('Anna Bakker (fictief)', { geboortedatum: '1990-06-07' });
    const names = async (text: string, extra: Record<string, unknown> = {}) =>
      (await call<{ rows: SearchRow[] }>(core, 'search:query', { text, ...extra })).rows.map((r) => r.naam);
    expect(await names('celik')).toEqual(['Ömer Çelik (fictief)']);
    expect(await names('OME CEL')).toEqual(['Ömer Çelik (fictief)']);
    expect(await names('omar')).toEqual(['Ömer Çelik (fictief)']);
    expect(await names('1990')).toEqual(['Anna Bakker (fictief)']);
    expect(await names('CTER-2026-0002')).toEqual(['Anna Bakker (fictief)']);
    expect(await names('aldervoort', { sort: 'naam' })).toEqual(['Anna Bakker (fictief)', 'Ömer Çelik (fictief)']);
    expect(await names('', { sort: 'naam', descending: true })).toEqual([
      'Ömer Çelik (fictief)',
      'Anna Bakker (fictief)',
    ]);
    expect(await names('', { states: ['monitoring'] })).toEqual([]);
  });

  it('Mijn werk lists late actions, monitoring due, signals to weigh and cases without a plan', async () => {
    const { caseId, signalId } = await register();
    let work = await call<MyWork>(core, 'work:mine');
    expect(work.awaitingWeging.map((w) => w.ref)).toEqual([signalId]);
    await call(core, 'signals:weigh', {
      signalId,
      besluit: 'bespreken_casusoverleg',
      motivering: 'Bespreken in het ICO.',
      deelnemers: ['politie'],
      datum: '2026-11-24',
    });
    work = await call<MyWork>(core, 'work:mine');
    expect(work.casesWithoutPlan.map((w) => w.caseId)).toEqual([caseId]);
    await call(core, 'cases:update', {
      id: caseId,
      regionId: NOORD,
      procesregisseurId: regisseur.id,
      partners: [],
      afgeschermd: false,
      namedAccountIds: [],
    });
    await call(core, 'cases:save-action', {
      caseId,
      soort: 'actie',
      omschrijving: 'Gesprek met school.',
      actiehouderPartner: 'onderwijs',
      actiehouderNaam: 'Mentor (fictief)',
      deadline: '2026-11-01',
    });
    await call(core, 'cases:save-action', {
      caseId,
      soort: 'interventie',
      interventietype: 'gesprek',
      omschrijving: 'Huisbezoek.',
      actiehouderPartner: 'gemeente',
      actiehouderNaam: 'Expert (fictief)',
      deadline: '2026-12-05',
    });
    await call(core, 'cases:plan-monitoring', { id: caseId, gepland: '2026-12-01' });
    work = await call<MyWork>(core, 'work:mine');
    expect(work.overdueActions.map((w) => w.date)).toEqual(['2026-11-01']);
    expect(work.dueSoonActions.map((w) => w.date)).toEqual(['2026-12-05']);
    expect(work.monitoringDue.map((w) => w.date)).toEqual(['2026-12-01']);
    expect(work.casesWithoutPlan).toEqual([]);
    expect(work.awaitingWeging).toEqual([]);
  });
});
