// Issue 5 in core: year figures (also after destruction), exports with small-cell suppression,
// retention and destruction that leaves nothing behind, inzage, correction and restriction. On
// either engine; the SQLCipher file after destruction (the FTS5 vocabulary, the decrypted pages):
// retention-rights-file.test.ts.
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { PersonView } from '../../src-shared/ipc/persons';
import type { DueCase, DueCount, DueTrajectory } from '../../src-shared/ipc/retention';
import type { InzageReport } from '../../src-shared/ipc/rights';
import type { Dashboard } from '../../src-shared/ipc/figures';
import type { MentorDashboard } from '../../src-shared/domain/mentoring-dashboard';
import type { TrajectoryView } from '../../src-shared/ipc/trajectories';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { Core } from '../../src-main/core/core';
import type { Platform } from '../../src-main/core/platform';
import { sql } from '../../src-main/core/db/sql';
import { addAccount, call, codeOf, loginAs, makeCore, rawSql, tempDir, withDatabase, BEHEERDER } from './helpers';
import { openTrajectoryAbout } from './destruction-scenario';
import { foundIn, searchRows } from './remains';

let core: Core;
let clock: ReturnType<typeof makeCore>['clock'];
let saved: { name: string; bytes: Buffer }[];
let regisseur: { username: string; password: string };

function platform(): Platform {
  return {
    print: { pdf: async () => new Uint8Array([37, 80, 68, 70]), print: async () => true },
    files: {
      saveAs: async (name, bytes) => {
        saved.push({ name, bytes: Buffer.from(bytes) });
        return { saved: true, fileName: name };
      },
      chooseSaveLocation: async () => null,
      chooseFile: async () => null,
      chooseFolder: async () => null,
    },
  };
}

async function register(naam: string, geboortedatum: string, ontvangen: string, extra: Record<string, unknown> = {}) {
  return call<RegisteredSignal>(core, 'signals:register', {
    person: { nieuw: { naam, geboortedatum, gemeenteId: 1 } },
    signal: {
      melderPartner: 'politie',
      melderContact: 'Agent Pietersen (fictief)',
      ontvangen,
      omschrijving: `Voorbeeld — fictief signaal over ${naam}.`,
      ideologie: 'jihadistisch',
      ernst: 'ernstig',
      bron: 'online',
      ...extra,
    },
  });
}

const close = (id: number) =>
  call<CaseDossier>(core, 'cases:transition', {
    id,
    to: 'afgesloten',
    toelichting: 'Geen zorgen meer.',
    outcome: 'risico_weggenomen',
  });
const asBeheerder = () => loginAs(core, BEHEERDER);

/** A mentor trajectory on the casus, with personal text everywhere it can hold some. */
const mentortraject = (caseId: number) =>
  openTrajectoryAbout(core, caseId, { roepnaam: 'Vernietigd', word: 'Quetzalcoatl' });

beforeEach(async () => {
  saved = [];
  ({ core, clock } = makeCore(tempDir(), { platform: platform() }));
  await withDatabase(core);
  regisseur = await addAccount(core, { username: 'regisseur', roles: ['procesregisseur'], regionIds: [1, 2, 3] });
  await loginAs(core, regisseur);
});

describe('year figures', () => {
  it('count signals, ages, bands, ideology, severity and outcomes per year', async () => {
    const a = await register('Aaa Een (fictief)', '2010-01-01', '2025-03-01'); // 15
    await register('Bbb Twee (fictief)', '2000-06-01', '2025-05-01', {
      ideologie: 'rechts_extremistisch',
      ernst: 'laag',
    }); // 24
    await register('Ccc Drie (fictief)', '2007-02-02', '2025-07-01'); // 18
    await register('Ddd Vier (fictief)', '2009-09-09', '2026-02-01'); // 16
    await close(a.caseId);
    const dashboard = await call<Dashboard>(core, 'figures:dashboard', { fromYear: 2025, toYear: 2026 });
    const [y2025, y2026] = dashboard.years;
    expect(y2025).toMatchObject({
      year: 2025,
      signals: 3,
      ageMedian: 18,
      ageMedianEstimated: false,
      ageBands: { '<18': 1, '18-22': 1, '23-29': 1, '30+': 0, onbekend: 0 },
      minorsShare: 0.333,
      ideologie: { jihadistisch: 2, rechts_extremistisch: 1 },
      ernst: { ernstig: 2, laag: 1 },
    });
    expect(y2026).toMatchObject({ signals: 1, ageMedian: 16, outcomes: { risico_weggenomen: 1 } });
    expect(dashboard.perGemeente[0]).toMatchObject({ name: 'Aldervoort', count: 4 });
  });

  it('follow corrections of birth date and the region of a casus', async () => {
    const { personId, caseId } = await register('Fff Zes (fictief)', '2010-01-01', '2025-03-01'); // 15
    const figures = async () =>
      (await call<Dashboard>(core, 'figures:dashboard', { fromYear: 2025, toYear: 2025 })).years[0]!;
    expect((await figures()).ageBands['<18']).toBe(1);
    await call(core, 'persons:update', {
      id: personId,
      person: { naam: 'Fff Zes (fictief)', geboortedatum: '2000-01-01', gemeenteId: 1 },
      reden: 'Geboortedatum verkeerd overgenomen.',
    });
    expect((await figures()).ageBands).toMatchObject({ '<18': 0, '23-29': 1 });
    await call(core, 'cases:update', {
      id: caseId,
      regionId: 2,
      procesregisseurId: null,
      partners: [],
      afgeschermd: false,
      namedAccountIds: [],
    });
    const byRegion = await call<Dashboard>(core, 'figures:dashboard', { fromYear: 2025, toYear: 2025, regionId: 2 });
    expect(byRegion.years[0]!.signals).toBe(1);
  });

  it('exports CSV and XLSX with small cells suppressed, audited with the reason', async () => {
    for (let i = 0; i < 7; i++) await register(`Persoon ${i} (fictief)`, '2005-01-01', '2025-04-0' + (i + 1));
    await register('Anders Ideologie (fictief)', '2005-01-01', '2025-05-01', { ideologie: 'links_extremistisch' });
    expect(
      await codeOf(core, 'figures:export', {
        fromYear: 2025,
        toYear: 2025,
        format: 'csv',
        reason: 'jaarverslag stuurgroep',
      }),
    ).toBe('ok');
    expect(
      await codeOf(core, 'figures:export', {
        fromYear: 2025,
        toYear: 2025,
        format: 'xlsx',
        reason: 'jaarverslag stuurgroep',
      }),
    ).toBe('ok');
    const csv = saved[0]!.bytes.toString('utf8');
    expect(saved[0]!.name).toBe('cter-cijfers-2025-2025.csv');
    // The single links-extremistisch signal is <5. Beside a printed total 8 even an "x" (5 or
    // more) on the 7 would narrow it to 1..3, so the year's total is hidden — in every year table,
    // as they share it (the age table needs the same) — and then the 7 can be printed: the total
    // is 8 to 11 for all a reader knows. The footnotes say what the marks mean and that totals
    // are hidden.
    const lines = csv.split('\r\n');
    const table = lines.indexOf('Signalen per jaar naar ideologie');
    expect(lines.slice(table + 1, table + 7)).toEqual([
      'Jaar;Jihadistisch;Links-extremistisch;Totaal',
      '2025;7;<5;x',
      'Totaal;7;<5;x',
      '<5 = een aantal van 1 tot en met 4 (verborgen).',
      'x = een verborgen aantal van 5 of meer, weggelaten zodat geen klein aantal uit de totalen te berekenen is.',
      'Ook een of meer totalen zijn verborgen: anders was een klein aantal te berekenen.',
    ]);
    expect(csv).not.toMatch(/;[1-4](;|\r)/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved[1]!.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Ideologie',
      'Leeftijd',
      'Ernst',
      'Uitkomsten',
      'Gemeenten',
      'Mediane leeftijd',
    ]);
    const values = workbook.getWorksheet('Ideologie')!.getSheetValues().flat().map(String);
    expect(values).toContain('<5');
    await asBeheerder();
    const audit = await call<{ entries: { action: string; reason: string }[] }>(core, 'audit:query', {
      filter: { kind: 'export' },
    });
    expect(audit.entries.map((e) => [e.action, e.reason])).toEqual([
      ['figures:export', 'jaarverslag stuurgroep'],
      ['figures:export', 'jaarverslag stuurgroep'],
    ]);
  });
});

describe('retention and destruction', () => {
  it('sets the retention end at closure, following the policy, and clears it on re-opening', async () => {
    const { caseId } = await register('Eee Vijf (fictief)', '2001-01-01', '2026-01-10');
    const closed = await close(caseId);
    // The connection changes with every login: rawSql reads through the open one each time.
    const retention = () => rawSql(core, sql`SELECT retention_until AS "r" FROM casus WHERE id = ${caseId}`);
    expect(await retention()).toEqual([{ r: '2031-11-29' }]);
    await call(core, 'cases:transition', { id: closed.id, to: 'aangemeld', toelichting: 'Nieuwe informatie.' });
    expect(await retention()).toEqual([{ r: null }]);
    await asBeheerder();
    await call(core, 'policy:update', { idleMinutes: 10, retentionYears: 2 });
    await loginAs(core, regisseur);
    await close(caseId);
    expect(await retention()).toEqual([{ r: '2028-11-29' }]);
  });

  it('destroys due cases completely, keeps a person with another casus, and keeps the figures', async () => {
    const gone = await register('Vernietigd Persoon Xq (fictief)', '2008-04-04', '2026-02-02');
    const kept = await register('Blijvend Persoon Zw (fictief)', '1999-04-04', '2026-03-03');
    await call(core, 'cases:note', { id: gone.caseId, tekst: 'Notitie met geheimwoord Quetzalcoatl.' });
    // A mentor trajectory from the casus, with the mentee's roepnaam, a goal and notes.
    const goneTrajectory = await mentortraject(gone.caseId);
    await close(gone.caseId);
    await close(kept.caseId);
    // The kept person gets a new, open casus that must survive.
    const again = await call<RegisteredSignal>(core, 'signals:register', {
      person: { id: kept.personId },
      signal: {
        melderPartner: 'gemeente',
        ontvangen: '2026-04-04',
        omschrijving: 'Voorbeeld — fictief, nieuw signaal.',
        ideologie: 'overig_onbekend',
        ernst: 'laag',
        bron: 'online',
      },
    });
    const before = await call<Dashboard>(core, 'figures:dashboard', { fromYear: 2026, toYear: 2026 });

    clock.advance(6 * 365 * 24 * 3600 * 1000);
    await asBeheerder();
    const due = await call<DueCase[]>(core, 'retention:due');
    expect(due.map((d) => [d.number, d.personKept])).toEqual([
      ['CTER-2026-0001', false],
      ['CTER-2026-0002', true],
    ]);
    // The start page's count says the same, without the lists (a trajectory of a casus goes with it).
    expect(await call<DueCount>(core, 'retention:due-count')).toEqual({ cases: 2, trajectories: 0 });
    const ids = due.map((d) => d.id);
    expect(await codeOf(core, 'retention:destroy', { caseIds: ids, confirmation: 'VERNIETIG 1' })).toBe(
      'DESTRUCTION_CONFIRMATION',
    );
    expect(
      await codeOf(core, 'retention:destroy', { caseIds: [...ids, again.caseId], confirmation: 'VERNIETIG 3' }),
    ).toBe('NOT_DUE');
    expect(await call(core, 'retention:destroy', { caseIds: ids, confirmation: 'VERNIETIG 2' })).toEqual({
      cases: 2,
      persons: 1,
      records: 2,
      trajectories: 1,
    });

    // No table holds anything of the destroyed casus or person: no search row (the kept one is
    // there), no text in any table (the search index included: on SQLite the FTS5 table, on
    // PostgreSQL casus_search with its folded words and lexemes).
    expect(await searchRows(core, [...ids, again.caseId])).toEqual([again.caseId]);
    expect(await foundIn(core, ['Vernietigd', 'Quetzalcoatl', 'quetzalcoatl'])).toEqual([]);
    // (On PostgreSQL casus_search holds the words folded to lower case.)
    expect(await foundIn(core, ['Blijvend', 'blijvend'])).toEqual(
      expect.arrayContaining(['person: Blijvend', expect.stringMatching(/^casus_search: [Bb]lijvend$/)]),
    );
    // The person with another casus stays, with only that casus.
    await loginAs(core, regisseur);
    expect(await codeOf(core, 'cases:get', { id: again.caseId })).toBe('ok');
    expect(await codeOf(core, 'persons:get', { id: gone.personId })).toBe('NOT_FOUND');
    // The trajectory stays for the mentor project's figures, without anything personal.
    const anonymous = await call<TrajectoryView>(core, 'trajectories:get', { id: goneTrajectory });
    expect(anonymous).toMatchObject({ menteeRoepnaam: '', menteeGeboortejaar: null, casus: null, status: 'aangemeld' });
    expect(anonymous.doelen).toEqual([{ id: 'd1', tekst: '', behaald: true }]);
    expect(anonymous.contacts.map((c) => [c.duurMinuten, c.notitie])).toEqual([[45, '']]);
    // History is not lost: the figures for 2026 are the same, the destroyed part now anonymous.
    const after = await call<Dashboard>(core, 'figures:dashboard', { fromYear: 2026, toYear: 2026 });
    expect(after.years[0]!.signals).toBe(before.years[0]!.signals);
    expect(after.years[0]!.ageBands).toEqual(before.years[0]!.ageBands);
    expect(after.years[0]!.ageMedianEstimated).toBe(true);
    expect(after.anonymousSignals).toBe(2);
  });
});

describe('retention of mentor trajectories', () => {
  it("anonymises a partner's aanmelding once it has been afgerond for the retention period", async () => {
    const open = (roepnaam: string) =>
      call<TrajectoryView>(core, 'trajectories:open', {
        bron: 'aanmelding_partner',
        aanmelderPartner: 'onderwijs',
        regionId: 1,
        aanmeldDatum: '2026-02-01',
        menteeRoepnaam: roepnaam,
        menteeGeboortejaar: 2010,
        doelen: [{ id: 'd1', tekst: `Doel van ${roepnaam}`, behaald: false }],
      });
    const ended = await open('Xylofoon');
    await call(core, 'trajectories:set-status', {
      id: ended.id,
      to: 'afgerond',
      datum: '2026-05-01',
      toelichting: 'Gestopt, zegt Xylofoon.',
      eindReden: 'gestopt_mentee',
      uitkomst: 'onbekend',
    });
    const running = await open('Blijft Lopen');
    const dashboardBefore = await call<MentorDashboard>(core, 'mentoring:dashboard', { year: 2026 });

    // Not yet due after four years; due after five (the default policy).
    clock.advance(4 * 365 * 24 * 3600 * 1000);
    await asBeheerder();
    expect(await call<DueTrajectory[]>(core, 'retention:due-trajectories')).toEqual([]);
    expect(await call<DueCount>(core, 'retention:due-count')).toEqual({ cases: 0, trajectories: 0 });
    clock.advance(2 * 365 * 24 * 3600 * 1000);
    const due = await call<DueTrajectory[]>(core, 'retention:due-trajectories');
    expect(await call<DueCount>(core, 'retention:due-count')).toEqual({ cases: 0, trajectories: 1 });
    expect(due).toEqual([
      {
        id: ended.id,
        code: ended.code,
        endedAt: '2026-05-01',
        retentionUntil: '2031-05-01',
        uitkomst: 'onbekend',
        region: expect.any(String),
      },
    ]);
    expect(
      await codeOf(core, 'retention:destroy', {
        caseIds: [],
        trajectoryIds: [running.id],
        confirmation: 'VERNIETIG 1',
      }),
    ).toBe('NOT_DUE');
    expect(
      await codeOf(core, 'retention:destroy', { caseIds: [], trajectoryIds: [], confirmation: 'VERNIETIG 0' }),
    ).toBe('INVALID_INPUT');
    expect(
      await call(core, 'retention:destroy', { caseIds: [], trajectoryIds: [ended.id], confirmation: 'VERNIETIG 1' }),
    ).toEqual({ cases: 0, persons: 0, records: 0, trajectories: 1 });
    expect(await call<DueTrajectory[]>(core, 'retention:due-trajectories')).toEqual([]);

    expect(await foundIn(core, ['Xylofoon'])).toEqual([]);
    expect(await foundIn(core, ['Blijft Lopen'])).toEqual(['mentor_traject: Blijft Lopen']);
    // The project's figures for 2026 are the same (seen from the year's end now, not from today).
    await loginAs(core, regisseur);
    expect(await call(core, 'mentoring:dashboard', { year: 2026 })).toEqual({
      ...dashboardBefore,
      referenceDay: '2026-12-31',
    });
  });
});

describe('rights of the person concerned', () => {
  it('inzage holds everything, every disclosure and every view; third parties can be left out', async () => {
    const { caseId, personId } = await register('Inzage Persoon (fictief)', '2006-06-06', '2026-05-05');
    await call(core, 'cases:get', { id: caseId });
    await call(core, 'print:view', {
      document: 'casusoverzicht',
      title: 'Casusoverzicht',
      reason: 'overleg met de officier',
      target: 'pdf',
      subject: { type: 'casus', id: caseId },
    });
    const full = await call<InzageReport>(core, 'rights:inzage', { personId, excludeThirdParties: false });
    expect(full.person.naam).toBe('Inzage Persoon (fictief)');
    expect(full.cases[0]!.signals[0]!.melderContact).toBe('Agent Pietersen (fictief)');
    expect(full.disclosures.map((d) => [d.action, d.reason])).toEqual([['print:view', 'overleg met de officier']]);
    expect(full.views.map((v) => v.action)).toEqual(expect.arrayContaining(['cases:get']));
    const without = await call<InzageReport>(core, 'rights:inzage', { personId, excludeThirdParties: true });
    expect(without.cases[0]!.signals[0]!.melderContact).toBe('[weggelaten]');
    expect(JSON.stringify(without)).not.toContain('regisseur');
    expect(
      await codeOf(core, 'rights:inzage-export', {
        personId,
        excludeThirdParties: true,
        reason: 'inzageverzoek betrokkene',
      }),
    ).toBe('ok');
    const json = JSON.parse(saved.at(-1)!.bytes.toString('utf8')) as InzageReport;
    expect(json.person.naam).toBe('Inzage Persoon (fictief)');
    expect(json.excludeThirdParties).toBe(true);
  });

  it('a correction keeps what changed, by whom and why; a restricted person is visible, not editable', async () => {
    const { caseId, personId } = await register('Corr Persoon (fictief)', '2006-06-06', '2026-05-05');
    const person = { naam: 'Corr Persoon-Jansen (fictief)', geboortedatum: '2006-06-07', gemeenteId: 1 };
    const corrected = await call<PersonView>(core, 'persons:update', {
      id: personId,
      person,
      reden: 'Verzoek betrokkene, paspoort gezien.',
    });
    expect(corrected.corrections.map((c) => [c.field, c.oldValue, c.newValue, c.reden, c.door])).toEqual([
      [
        'naam',
        'Corr Persoon (fictief)',
        'Corr Persoon-Jansen (fictief)',
        'Verzoek betrokkene, paspoort gezien.',
        'regisseur',
      ],
      ['geboortedatum', '2006-06-06', '2006-06-07', 'Verzoek betrokkene, paspoort gezien.', 'regisseur'],
    ]);
    // The dossier reads the person's gemeente and corrections with its own reads: the same view.
    const dossier = await call<CaseDossier>(core, 'cases:get', { id: caseId });
    expect(dossier.person).toEqual(corrected);
    expect(dossier.person.gemeente).not.toBe('');
    const restricted = await call<PersonView>(core, 'persons:restrict', {
      id: personId,
      restricted: true,
      reden: 'Bezwaar loopt.',
    });
    expect(restricted).toMatchObject({ restricted: true, restrictedReason: 'Bezwaar loopt.' });
    expect(await codeOf(core, 'persons:update', { id: personId, person, reden: 'nog eens' })).toBe('PERSON_RESTRICTED');
    expect(await codeOf(core, 'cases:note', { id: caseId, tekst: 'x' })).toBe('PERSON_RESTRICTED');
    expect(await codeOf(core, 'cases:get', { id: caseId })).toBe('ok');
    const rows = await call<{ rows: { restricted: boolean }[] }>(core, 'search:query', { text: 'Corr' });
    expect(rows.rows[0]!.restricted).toBe(true);
    await call(core, 'persons:restrict', { id: personId, restricted: false, reden: 'Bezwaar afgehandeld.' });
    expect(await codeOf(core, 'cases:note', { id: caseId, tekst: 'Na de beperking.' })).toBe('ok');
  });
});
