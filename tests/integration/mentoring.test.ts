// The mentor project in core, through the router: training that makes a mentor inzetbaar,
// trajectories from a casus intervention and from a partner, matching with capacity, the status
// timeline, sensitive contact notes (audited views), need-to-know by region, the dashboard, and
// the anonymised export with its codebook (audited with the reason).
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MentorDashboard } from '../../src-shared/domain/mentoring-dashboard';
import type { MentorSuggestion } from '../../src-shared/domain/mentoring';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { MentorView } from '../../src-shared/ipc/mentoring';
import type { TrajectorySummary, TrajectoryView } from '../../src-shared/ipc/trajectories';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { Core } from '../../src-main/core/core';
import type { Platform } from '../../src-main/core/platform';
import { sql } from '../../src-main/core/db/sql';
import { addAccount, BEHEERDER, call, codeOf, loginAs, makeCore, rawSql, tempDir, withDatabase } from './helpers';

// Accounts and logins derive keys (deliberately slow): the longer scenarios get more time.
let core: Core;
let saved: { name: string; bytes: Buffer }[];
let regisseur: { id: number; username: string; password: string };

function platform(): Platform {
  return {
    print: { pdf: async () => new Uint8Array(), print: async () => true },
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

const REQUIRED = ['basistraining', 'radicalisering', 'gespreksvoering', 'veiligheid'];

async function mentor(naam: string, extra: Record<string, unknown> = {}) {
  return call<MentorView>(core, 'mentoring:save-mentor', {
    naam,
    regionId: 1,
    capacity: 1,
    sinds: '2025-12-01',
    ...extra,
  });
}

async function train(mentorIds: number[], modules = REQUIRED, from = 1) {
  for (const [i, module] of modules.entries()) {
    await call(core, 'mentoring:save-training', {
      datum: `2026-0${from + i}-10`,
      soort: 'training',
      module,
      trainer: 'Trainer (fictief)',
      attendees: mentorIds,
    });
  }
}

async function mentortrajectAction(naam: string, interventietype = 'mentortraject') {
  const signal = await call<RegisteredSignal>(core, 'signals:register', {
    person: { nieuw: { naam, roepnaam: 'Sam', geboortedatum: '2009-06-01', gemeenteId: 1 } },
    signal: {
      melderPartner: 'onderwijs',
      ontvangen: '2026-02-01',
      omschrijving: 'Voorbeeld — fictief signaal over radicaliserende uitingen.',
      ideologie: 'rechts_extremistisch',
      ernst: 'matig',
      bron: 'omgeving',
    },
  });
  const dossier = await call<CaseDossier>(core, 'cases:save-action', {
    caseId: signal.caseId,
    soort: 'interventie',
    interventietype,
    omschrijving: 'Mentor zoeken voor de jongere.',
    actiehouderPartner: 'zvh',
    actiehouderNaam: 'R. Regisseur',
    deadline: '2026-06-01',
  });
  return { caseId: signal.caseId, actionId: dossier.actions[0]!.id };
}

beforeEach(async () => {
  saved = [];
  ({ core } = makeCore(tempDir(), { platform: platform() }));
  await withDatabase(core);
  regisseur = await addAccount(core, {
    username: 'regisseur',
    roles: ['procesregisseur'],
    regionIds: [1],
    displayName: 'Ravi Regisseur',
  });
  await loginAs(core, regisseur);
});

describe('mentors and training', () => {
  it('makes a mentor inzetbaar on the day the last required module was attended, never by hand before', async () => {
    const consultant = await call<{ id: number }>(core, 'mentoring:save-consultant', {
      naam: 'Carla Consultant (fictief)',
      organisatie: 'Stichting Voorbeeld',
    });
    let anna = await mentor('Anna Mentor (fictief)', { consultantId: consultant.id, capacity: 2 });
    expect(anna).toMatchObject({ status: 'in_opleiding', consultant: { naam: 'Carla Consultant (fictief)' } });
    expect(anna.missingModules).toEqual(REQUIRED);
    expect(
      await codeOf(core, 'mentoring:set-mentor-status', { id: anna.id, status: 'inzetbaar', datum: '2026-01-05' }),
    ).toBe('MENTOR_TRAINING_INCOMPLETE');
    await train([anna.id], REQUIRED.slice(0, 3));
    anna = await call<MentorView>(core, 'mentoring:mentor', { id: anna.id });
    expect(anna.status).toBe('in_opleiding');
    // The last module, recorded later but held on 10 April.
    await train([anna.id], ['veiligheid', 'intervisie'], 4);
    anna = await call<MentorView>(core, 'mentoring:mentor', { id: anna.id });
    expect(anna.status).toBe('inzetbaar');
    expect(anna.trainingComplete).toBe(true);
    expect(anna.history.map((h) => [h.datum, h.from, h.to, h.automatisch, h.door])).toEqual([
      ['2025-12-01', null, 'in_opleiding', false, 'Ravi Regisseur'],
      ['2026-04-10', 'in_opleiding', 'inzetbaar', true, 'Ravi Regisseur'],
    ]);
    expect(anna.trainings.map((t) => [t.datum, t.module])).toEqual([
      ['2026-05-10', 'intervisie'],
      ['2026-04-10', 'veiligheid'],
      ['2026-03-10', 'gespreksvoering'],
      ['2026-02-10', 'radicalisering'],
      ['2026-01-10', 'basistraining'],
    ]);
    await call(core, 'mentoring:set-mentor-status', { id: anna.id, status: 'niet_beschikbaar', datum: '2026-06-01' });
    expect(
      await codeOf(core, 'mentoring:set-mentor-status', { id: anna.id, status: 'inzetbaar', datum: '2026-07-01' }),
    ).toBe('ok');
    expect(
      await codeOf(core, 'mentoring:set-mentor-status', { id: anna.id, status: 'in_opleiding', datum: '2026-07-02' }),
    ).toBe('TRANSITION_NOT_ALLOWED');
  }, 120_000);

  it('lets the beheerder set the target and the modules; a new required module is needed from then on', async () => {
    await loginAs(core, BEHEERDER);
    const settings = await call<{ targetPerYear: number; modules: { code: string; required: boolean }[] }>(
      core,
      'mentoring:settings',
    );
    expect(settings.targetPerYear).toBe(10);
    const next = await call<{ targetPerYear: number; modules: { code: string; required: boolean; active: boolean }[] }>(
      core,
      'mentoring:save-settings',
      {
        targetPerYear: 12,
        modules: [
          ...settings.modules.map((m) => ({ ...m, active: m.code !== 'verdieping' })),
          { label: 'Online radicalisering', required: true, active: true },
        ],
      },
    );
    expect(next.targetPerYear).toBe(12);
    expect(next.modules.at(-1)).toMatchObject({ code: 'online_radicalisering', required: true, active: true });
    await loginAs(core, regisseur);
    const bram = await mentor('Bram Mentor (fictief)');
    await train([bram.id]);
    const view = await call<MentorView>(core, 'mentoring:mentor', { id: bram.id });
    expect([view.status, view.missingModules]).toEqual(['in_opleiding', ['online_radicalisering']]);
  }, 120_000);
});

describe('trajectories', () => {
  it('runs from a casus intervention to the end, with matching, moments and a dated timeline', async () => {
    const anna = await mentor('Anna Mentor (fictief)');
    const cas = await mentor('Cas Mentor (fictief)', { capacity: 2, regionId: 2 });
    await train([anna.id, cas.id]);
    const consultant = await call<{ id: number }>(core, 'mentoring:save-consultant', {
      naam: 'Carla Consultant (fictief)',
    });
    const { caseId, actionId } = await mentortrajectAction('Sam Voorbeeld (fictief)');
    let traject = await call<TrajectoryView>(core, 'trajectories:open', {
      bron: 'casus_interventie',
      caseActionId: actionId,
      aanmeldDatum: '2026-03-01',
      doelen: [{ id: 'd1', tekst: 'Weer naar school', behaald: false }],
    });
    expect(traject).toMatchObject({
      code: 'MT-2026-001',
      status: 'aangemeld',
      regionId: 1,
      gemeenteId: 1,
      casus: { id: caseId },
      menteeRoepnaam: 'Sam',
    });
    expect(
      await codeOf(core, 'trajectories:open', {
        bron: 'casus_interventie',
        caseActionId: actionId,
        aanmeldDatum: '2026-03-02',
      }),
    ).toBe('TRAJECT_EXISTS');
    const other = await mentortrajectAction('Geen Mentortraject (fictief)', 'gesprek');
    expect(
      await codeOf(core, 'trajectories:open', {
        bron: 'casus_interventie',
        caseActionId: other.actionId,
        aanmeldDatum: '2026-03-02',
      }),
    ).toBe('NOT_MENTORTRAJECT');

    // Same region first, although Cas has more places.
    const matches = await call<MentorSuggestion[]>(core, 'trajectories:matches', { trajectoryId: traject.id });
    expect(matches.map((m) => [m.naam, m.sameRegion, m.free])).toEqual([
      ['Anna Mentor (fictief)', true, 1],
      ['Cas Mentor (fictief)', false, 2],
    ]);
    expect(await codeOf(core, 'trajectories:set-status', { id: traject.id, to: 'lopend', datum: '2026-03-05' })).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
    await call(core, 'trajectories:assign', { id: traject.id, mentorId: anna.id, datum: '2026-03-10' });
    traject = await call<TrajectoryView>(core, 'trajectories:set-status', {
      id: traject.id,
      to: 'lopend',
      datum: '2026-03-20',
      toelichting: 'Kennismaking geslaagd.',
    });
    expect([traject.status, traject.startDatum, traject.mentor?.naam]).toEqual([
      'lopend',
      '2026-03-20',
      'Anna Mentor (fictief)',
    ]);

    // Anna's one place is taken: a partner's aanmelding cannot get her.
    const second = await call<TrajectoryView>(core, 'trajectories:open', {
      bron: 'aanmelding_partner',
      aanmelderPartner: 'onderwijs',
      regionId: 1,
      gemeenteId: 2,
      aanmeldDatum: '2026-04-01',
      menteeRoepnaam: 'Kim',
      menteeGeboortejaar: 2008,
    });
    expect(second.code).toBe('MT-2026-002');
    expect(await codeOf(core, 'trajectories:assign', { id: second.id, mentorId: anna.id, datum: '2026-04-02' })).toBe(
      'MENTOR_NOT_AVAILABLE',
    );

    // A round of one of the shipped templates (installed when the database is opened).
    await rawSql(
      core,
      sql`INSERT INTO eval_round (id, template_id, titel, period_from, period_to, anonymity, created_at, updated_at)
         VALUES (7, (SELECT min(id) FROM eval_template), 'Mentees 2026', '2026-01-01', '2026-12-31', 'op-naam', 'x', 'x')`,
    );
    await call(core, 'trajectories:add-contact', {
      trajectoryId: traject.id,
      datum: '2026-04-02',
      duurMinuten: 90,
      type: 'ontmoeting',
      notitie: 'Gevoelige notitie Zebrapad over de thuissituatie.',
    });
    await call(core, 'trajectories:add-contact', {
      trajectoryId: traject.id,
      datum: '2026-04-16',
      duurMinuten: 30,
      type: 'telefonisch',
    });
    expect(
      await codeOf(core, 'trajectories:add-evaluation', {
        trajectoryId: traject.id,
        datum: '2026-06-01',
        soort: 'mentee',
        evalRoundId: 99,
      }),
    ).toBe('INVALID_INPUT');
    await call(core, 'trajectories:add-evaluation', {
      trajectoryId: traject.id,
      datum: '2026-06-01',
      soort: 'mentee',
      evalRoundId: 7,
    });
    await call(core, 'trajectories:add-support', {
      trajectoryId: traject.id,
      datum: '2026-05-01',
      consultantId: consultant.id,
      notitie: 'Intervisiegesprek met de mentor.',
    });
    await call(core, 'trajectories:save-goals', {
      id: traject.id,
      doelen: [{ id: 'd1', tekst: 'Weer naar school', behaald: true }],
    });
    expect(await codeOf(core, 'trajectories:set-status', { id: traject.id, to: 'afgerond', datum: '2026-09-01' })).toBe(
      'TRAJECT_END_REQUIRED',
    );
    expect(
      await codeOf(core, 'trajectories:set-status', {
        id: traject.id,
        to: 'afgerond',
        datum: '2026-03-01',
        eindReden: 'doelen_bereikt',
        uitkomst: 'positief',
      }),
    ).toBe('INVALID_INPUT');
    traject = await call<TrajectoryView>(core, 'trajectories:set-status', {
      id: traject.id,
      to: 'afgerond',
      datum: '2026-09-01',
      eindReden: 'doelen_bereikt',
      uitkomst: 'positief',
    });
    expect(traject.timeline.map((e) => [e.datum, e.from, e.to, e.door, e.mentor?.naam ?? null])).toEqual([
      ['2026-03-01', null, 'aangemeld', 'Ravi Regisseur', null],
      ['2026-03-10', 'aangemeld', 'gematcht', 'Ravi Regisseur', 'Anna Mentor (fictief)'],
      ['2026-03-20', 'gematcht', 'lopend', 'Ravi Regisseur', 'Anna Mentor (fictief)'],
      ['2026-09-01', 'lopend', 'afgerond', 'Ravi Regisseur', 'Anna Mentor (fictief)'],
    ]);
    expect(traject.contacts.map((c) => [c.duurMinuten, c.type])).toEqual([
      [90, 'ontmoeting'],
      [30, 'telefonisch'],
    ]);
    expect(traject.evaluaties[0]).toMatchObject({ soort: 'mentee', evalRound: { id: 7, titel: 'Mentees 2026' } });
    expect(traject.support[0]).toMatchObject({ consultant: { naam: 'Carla Consultant (fictief)' } });
    expect(
      await codeOf(core, 'trajectories:add-contact', {
        trajectoryId: traject.id,
        datum: '2026-09-02',
        duurMinuten: 5,
        type: 'online',
      }),
    ).toBe('TRAJECT_CLOSED');
    // Ended, Anna is free again.
    expect(await codeOf(core, 'trajectories:assign', { id: second.id, mentorId: anna.id, datum: '2026-09-02' })).toBe(
      'ok',
    );

    const dashboard = await call<MentorDashboard>(core, 'mentoring:dashboard', { year: 2026 });
    expect(dashboard).toMatchObject({
      referenceDay: '2026-11-29',
      target: 10,
      mentees: { guided: 1, share: 0.1 },
      trajectories: { active: 0, aangemeld: 2, started: 1, ended: 1 },
      mentors: { trained: 2, available: 2, inTraining: 0 },
      trainings: { sessions: 4, training: 4, attendances: 8 },
      contacts: { count: 2, minutes: 120 },
      support: 1,
    });

    // The contact notes are sensitive: reading the trajectory is an audited view.
    await loginAs(core, BEHEERDER);
    const audit = await call<{ entries: { action: string; kind: string; objectType: string; objectId: string }[] }>(
      core,
      'audit:query',
      { filter: { action: 'trajectories:get' } },
    );
    expect(audit.entries).toEqual([]);
    await loginAs(core, regisseur);
    await call(core, 'trajectories:get', { id: traject.id });
    await loginAs(core, BEHEERDER);
    const views = await call<{ entries: { kind: string; objectType: string; objectId: string; actorName: string }[] }>(
      core,
      'audit:query',
      { filter: { action: 'trajectories:get' } },
    );
    expect(views.entries.map((e) => [e.kind, e.objectType, e.objectId, e.actorName])).toEqual([
      ['view', 'mentortraject', String(traject.id), 'regisseur'],
    ]);
    const changes = await call<{ entries: { action: string; objectId: string }[] }>(core, 'audit:query', {
      filter: { objectType: 'mentortraject', kind: 'change' },
    });
    expect(changes.entries.filter((e) => e.objectId === String(traject.id)).length).toBeGreaterThanOrEqual(8);
  }, 120_000);

  it('keeps trajectories to the regions of the caller and refuses roles without access before validating', async () => {
    const traject = await call<TrajectoryView>(core, 'trajectories:open', {
      bron: 'aanmelding_partner',
      aanmelderPartner: 'politie',
      regionId: 1,
      aanmeldDatum: '2026-05-01',
    });
    expect(
      await codeOf(core, 'trajectories:open', {
        bron: 'aanmelding_partner',
        aanmelderPartner: 'politie',
        regionId: 2,
        aanmeldDatum: '2026-05-01',
      }),
    ).toBe('INVALID_INPUT');
    const elders = await addAccount(core, { username: 'elders', roles: ['gemeentelijk_expert'], regionIds: [2] });
    await loginAs(core, elders);
    expect(await codeOf(core, 'trajectories:get', { id: traject.id })).toBe('NOT_FOUND');
    expect(await call<TrajectorySummary[]>(core, 'trajectories:list', {})).toEqual([]);

    const notulist = await addAccount(core, { username: 'notulist', roles: ['notulist'], regionIds: [1] });
    await loginAs(core, notulist);
    // Refused before the (invalid) input is looked at.
    expect(await codeOf(core, 'trajectories:get', { id: 'geen getal' })).toBe('FORBIDDEN');
    expect(await codeOf(core, 'mentoring:dashboard', { year: 2026 })).toBe('FORBIDDEN');
    const evaluator = await addAccount(core, { username: 'evaluator', roles: ['evaluator'] });
    await loginAs(core, evaluator);
    expect(await codeOf(core, 'mentoring:dashboard', { year: 2026 })).toBe('ok');
    expect(await codeOf(core, 'trajectories:get', { id: traject.id })).toBe('FORBIDDEN');
    expect(await codeOf(core, 'mentoring:save-mentor', {})).toBe('FORBIDDEN');
  }, 120_000);
});

describe('the external evaluation export', () => {
  it('writes anonymised CSV with a codebook file and XLSX with a codebook sheet, audited with the reason', async () => {
    const anna = await mentor('Anna Mentor (fictief)');
    await train([anna.id]);
    const { actionId } = await mentortrajectAction('Sam Uniekenaam (fictief)');
    const traject = await call<TrajectoryView>(core, 'trajectories:open', {
      bron: 'casus_interventie',
      caseActionId: actionId,
      aanmeldDatum: '2026-03-01',
    });
    await call(core, 'trajectories:assign', { id: traject.id, mentorId: anna.id, datum: '2026-03-02' });
    await call(core, 'trajectories:set-status', { id: traject.id, to: 'lopend', datum: '2026-03-09' });
    await call(core, 'trajectories:add-contact', {
      trajectoryId: traject.id,
      datum: '2026-03-16',
      duurMinuten: 60,
      type: 'ontmoeting',
      notitie: 'Geheimwoord Kwartelkoning.',
    });
    expect(await codeOf(core, 'mentoring:export', { fromYear: 2026, toYear: 2026, format: 'csv' })).toBe(
      'INVALID_INPUT',
    );
    for (const format of ['csv', 'xlsx']) {
      expect(
        await codeOf(core, 'mentoring:export', {
          fromYear: 2026,
          toYear: 2026,
          format,
          reason: 'externe evaluatie 2026',
        }),
      ).toBe('ok');
    }
    expect(saved.map((s) => s.name)).toEqual([
      'cter-mentortrajecten-2026-2026.csv',
      'cter-mentortrajecten-2026-2026-codeboek.csv',
      'cter-mentortrajecten-2026-2026.xlsx',
    ]);
    const csv = saved[0]!.bytes.toString('utf8').replace('\uFEFF', '').split('\r\n');
    expect(csv[0]!.split(';').slice(0, 4)).toEqual(['traject', 'regio', 'bron', 'aanmeldmaand']);
    // The only trajectory is unique in its region, source, months, duration (37 weeks from 9 March
    // to 29 November: 26-51) and age band (16 on 1 March 2026): disclosure control leaves all of
    // those out as x (it used to publish them), and the codebook says so. Still alone then, its
    // status and counts are left out too (they once told its one contact of 60 minutes).
    expect(csv[1]).toBe('T001;x;x;x;x;x;x;x;x;x;x;x;x;x;x;x;x;x;x');
    const book = saved[1]!.bytes.toString('utf8');
    expect(book).toContain('leeftijdsgroep;Leeftijd van de mentee bij aanmelding');
    expect(book).toContain('komt in dit bestand in minstens 5 trajecten voor');
    expect(book).toContain(
      '(variabele en aantal trajecten): eindmaand 1, startmaand 1, aanmeldmaand 1, duur_weken 1, bron 1, leeftijdsgroep 1, regio 1.',
    );
    expect(book).toContain('Bij 1 traject was ook het weglaten van alle kenmerken hierboven niet genoeg');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved[2]!.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Trajecten', 'Codeboek']);
    const row = workbook.getWorksheet('Trajecten')!.getRow(2).values as unknown[];
    expect(row.slice(1, 20)).toEqual(['T001', ...Array(18).fill('x')]);
    expect(JSON.stringify(workbook.getWorksheet('Codeboek')!.getSheetValues())).toContain(
      '(variabele en aantal trajecten): eindmaand 1',
    );
    for (const file of [saved[0]!, saved[1]!]) {
      const text = file.bytes.toString('utf8');
      for (const secret of ['Uniekenaam', 'Sam', 'Anna', 'Kwartelkoning', '2009', 'MT-2026', '2026-03-16', 'CTER-']) {
        expect(text, secret).not.toContain(secret);
      }
    }
    const sheetText = JSON.stringify(workbook.getWorksheet('Trajecten')!.getSheetValues());
    expect(sheetText).not.toMatch(/Uniekenaam|Kwartelkoning|Anna|2026-03-16/);
    await loginAs(core, BEHEERDER);
    const audit = await call<{ entries: { action: string; reason: string; objectType: string; result: string }[] }>(
      core,
      'audit:query',
      { filter: { kind: 'export' } },
    );
    expect(audit.entries.map((e) => [e.action, e.reason, e.objectType, e.result])).toEqual([
      ['mentoring:export', 'externe evaluatie 2026', 'mentorproject', 'ok'],
      ['mentoring:export', 'externe evaluatie 2026', 'mentorproject', 'ok'],
      // The attempt without a reason is refused, and recorded as such.
      ['mentoring:export', null, null, 'INVALID_INPUT'],
    ]);
  }, 120_000);
});
