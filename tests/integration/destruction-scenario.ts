// The scene of destruction-remains.test.ts (engine-neutral: what the app and the database show
// afterwards) and destruction-remains-file.test.ts (SQLCipher only: the pages of the file). Issue
// 15: a distinctive fictitious name is put everywhere the application keeps free text about a
// casus — signal, note, minutes (typed item title, inbreng, duiding, besluit, actie, a weging), an
// addendum of adopted minutes, audit reasons (also those of a minutes print and a partner's
// uittreksel: the meeting's), an inzage, a mentor trajectory from the casus — then the casus is
// destroyed after its term.
import { expect } from 'vitest';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { TrajectoryView } from '../../src-shared/ipc/trajectories';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { Core } from '../../src-main/core/core';
import { sql } from '../../src-main/core/db/sql';
import { addAccount, call, codeOf, loginAs, makeCore, rawSql, tempDir, withDatabase, BEHEERDER } from './helpers';

export const NAME = 'Zebulon Quaxtorp (fictief)';
export const TRACES = ['Quaxtorp', 'Zebulon', 'QUAXTORP', 'quaxtorp'];

export interface Scene {
  core: Core;
  clock: ReturnType<typeof makeCore>['clock'];
  regisseur: { username: string; password: string; id: number };
}

const platform = {
  print: { pdf: async () => new Uint8Array([37, 80, 68, 70]), print: async () => true },
  files: {
    saveAs: async (name: string) => ({ saved: true, fileName: name }),
    chooseSaveLocation: async () => null,
    chooseFile: async () => null,
    chooseFolder: async () => null,
  },
};

/** A core on a fresh database (the engine of the run) with a procesregisseur logged in. */
/**
 * Opens a mentor trajectory from a mentortraject action on the casus, with personal text everywhere
 * it can hold some: the roepnaam, and `word` in the action, a goal and a contact's note.
 */
export async function openTrajectoryAbout(
  core: Core,
  caseId: number,
  { roepnaam, word }: { roepnaam: string; word: string },
): Promise<number> {
  const dossier = await call<CaseDossier>(core, 'cases:save-action', {
    caseId,
    soort: 'interventie',
    interventietype: 'mentortraject',
    omschrijving: `Mentor zoeken voor ${word}.`,
    actiehouderPartner: 'zvh',
    actiehouderNaam: 'R. Regisseur',
    deadline: '2026-06-01',
  });
  const traject = await call<TrajectoryView>(core, 'trajectories:open', {
    bron: 'casus_interventie',
    caseActionId: dossier.actions.at(-1)!.id,
    aanmeldDatum: '2026-03-01',
    menteeRoepnaam: roepnaam,
    doelen: [{ id: 'd1', tekst: `${word} gaat naar school`, behaald: true }],
  });
  await call(core, 'trajectories:add-contact', {
    trajectoryId: traject.id,
    datum: '2026-03-02',
    duurMinuten: 45,
    type: 'ontmoeting',
    notitie: `Contact over ${word}.`,
  });
  return traject.id;
}

export async function openScene(): Promise<Scene> {
  const { core, clock } = makeCore(tempDir(), { platform });
  await withDatabase(core);
  const regisseur = await addAccount(core, { username: 'regisseur', roles: ['procesregisseur'], regionIds: [1] });
  await loginAs(core, regisseur);
  return { core, clock, regisseur };
}

export async function register(core: Core, naam: string, ontvangen: string) {
  return call<RegisteredSignal>(core, 'signals:register', {
    person: { nieuw: { naam, roepnaam: naam.split(' ')[0], geboortedatum: '2008-04-04', gemeenteId: 1 } },
    signal: {
      melderPartner: 'politie',
      melderContact: 'Agent Pietersen (fictief)',
      ontvangen,
      omschrijving: `Voorbeeld — fictief signaal over ${naam}.`,
      ideologie: 'jihadistisch',
      ernst: 'ernstig',
      bron: 'online',
    },
  });
}

/** An adopted meeting with an item about each casus (and minutes naming the person), plus an addendum. */
export async function adoptedMeeting(
  { core, regisseur }: Scene,
  gone: RegisteredSignal,
  kept: RegisteredSignal,
  weigh = true,
): Promise<MeetingView> {
  let meeting = await call<MeetingView>(core, 'meetings:create', {
    type: 'ico',
    title: 'Casusoverleg december',
    datum: '2026-03-10',
    starttijd: '09:30',
    locatie: 'Vergaderzaal 2',
    regionId: 1,
    voorzitterId: regisseur.id,
    notulistId: null,
    invitedPartners: ['gemeente', 'politie'],
    invitedPersons: '',
  });
  // The destroyed casus is on this agenda twice, as a signal and as a casus: core no longer adds a
  // casus that is already on the agenda (CASE_ON_AGENDA), but agendas made before that rule hold
  // such pairs, and destruction must redact both. So the second item is made about the other
  // casus and then turned into one about this casus, as an older database has it.
  meeting = await call<MeetingView>(core, 'meetings:save-agenda', {
    id: meeting.id,
    items: [
      { kind: 'signaal', signalId: gone.signalId, title: 'Signaal Quaxtorp wegen', plannedMinutes: 10 },
      { kind: 'casus', caseId: kept.caseId, title: 'Bespreking Zebulon Quaxtorp', plannedMinutes: 20 },
    ],
  });
  await rawSql(core, sql`UPDATE agenda_item SET casus_id = ${gone.caseId} WHERE id = ${meeting.items[1]!.id}`);
  meeting = await call<MeetingView>(core, 'meetings:save-agenda', {
    id: meeting.id,
    items: [
      ...meeting.items.map((item) => ({
        id: item.id,
        kind: item.kind,
        title: item.title,
        plannedMinutes: item.plannedMinutes,
      })),
      { kind: 'casus', caseId: kept.caseId, title: 'Bespreking Blijvend', plannedMinutes: 10 },
    ],
  });
  const [signalItem, goneItem, keptItem] = meeting.items;
  await call(core, 'meetings:save-item', {
    itemId: goneItem!.id,
    spentSeconds: 600,
    minutes: {
      inbreng: [{ id: 'i1', partner: 'politie', tekst: 'Quaxtorp is bekend van uitingen online.', artikel: 'Art. 7' }],
      duiding: 'Zebulon Quaxtorp lijkt vatbaar.',
      besluiten: [{ id: 'b1', tekst: 'Plan van aanpak voor Quaxtorp.' }],
      acties: [
        {
          id: 'a1',
          omschrijving: 'Gesprek met Quaxtorp en ouders',
          actiehouderPartner: 'gemeente',
          actiehouderNaam: 'J. Jansen',
          deadline: '2026-04-01',
        },
      ],
    },
  });
  await call(core, 'meetings:save-item', {
    itemId: keptItem!.id,
    spentSeconds: 60,
    minutes: { inbreng: [], duiding: 'Blijvend onderwerp van zorg.', besluiten: [], acties: [] },
  });
  await call(core, 'meetings:save-item', {
    itemId: signalItem!.id,
    spentSeconds: 60,
    minutes: { inbreng: [], duiding: '', besluiten: [{ id: 'w1', tekst: '' }], acties: [] },
  });
  if (weigh) {
    await call(core, 'meetings:record-weging', {
      itemId: signalItem!.id,
      besluitId: 'w1',
      besluit: 'bespreken_casusoverleg',
      motivering: 'Quaxtorp naar het casusoverleg.',
    });
  }
  await call(core, 'meetings:adopt', { id: meeting.id });
  await call(core, 'meetings:addendum', { id: meeting.id, tekst: 'Correctie: de actie voor Quaxtorp loopt tot mei.' });
  return call<MeetingView>(core, 'meetings:addendum', { id: meeting.id, tekst: 'Correctie: Blijvend, deadline mei.' });
}

/**
 * The name everywhere, then the casus destroyed after its term (the beheerder is logged in
 * afterwards). A second casus, reopened, is not due and stays.
 */
export async function nameEverywhereThenDestroy(
  scene: Scene,
): Promise<{ gone: RegisteredSignal; kept: RegisteredSignal; meeting: MeetingView }> {
  const { core, clock } = scene;
  const gone = await register(core, NAME, '2026-02-02');
  const kept = await register(core, 'Blijvend Persoon (fictief)', '2026-02-03');
  await call(core, 'cases:note', { id: gone.caseId, tekst: 'Notitie: Quaxtorp belde.' });
  const meeting = await adoptedMeeting(scene, gone, kept);

  // Disclosures whose reasons name the person: a print of the casus and an inzage export.
  await call(core, 'print:view', {
    document: 'casusoverzicht',
    title: 'Casusoverzicht',
    reason: 'Inzageverzoek van Zebulon Quaxtorp',
    target: 'pdf',
    subject: { type: 'casus', id: gone.caseId },
  });
  // Prints of the whole meeting (audit object: the meeting) whose reasons name the person too.
  for (const document of ['notulen', 'notulen-uittreksel']) {
    await call(core, 'print:view', {
      document,
      title: 'Notulen Casusoverleg december',
      reason: `Notulen voor het dossier van Zebulon Quaxtorp (${document})`,
      target: 'pdf',
      subject: { type: 'overleg', id: meeting.id },
    });
  }
  await call(core, 'rights:inzage', { personId: gone.personId, excludeThirdParties: false });
  await call(core, 'rights:inzage-export', {
    personId: gone.personId,
    excludeThirdParties: true,
    reason: 'Inzage voor Quaxtorp, per post',
  });

  // A mentor trajectory from the casus, with the name in its roepnaam, goal and notes.
  await openTrajectoryAbout(core, gone.caseId, { roepnaam: 'Zebulon', word: 'Quaxtorp' });
  for (const id of [gone.caseId, kept.caseId]) {
    await call(core, 'cases:transition', {
      id,
      to: 'afgesloten',
      toelichting: id === gone.caseId ? 'Quaxtorp verhuisd.' : 'Afgerond.',
      outcome: 'verhuisd',
    });
  }
  // Reopened, so only the first casus is due.
  await call(core, 'cases:transition', { id: kept.caseId, to: 'aangemeld', toelichting: 'Nieuw signaal.' });

  clock.advance(6 * 365 * 24 * 3600 * 1000);
  await loginAs(core, BEHEERDER);
  // An export of the casus's audit trail, with a reason naming the person: sealed under the casus.
  await call(core, 'audit:export', {
    filter: { objectType: 'casus', objectId: String(gone.caseId) },
    reason: 'Auditspoor voor het inzageverzoek van Quaxtorp',
  });
  // A refused print (the beheerder does not see cases) is recorded on the casus all the same.
  expect(
    await codeOf(core, 'print:view', {
      document: 'casusoverzicht',
      title: 'Casusoverzicht',
      reason: 'Poging voor Quaxtorp',
      target: 'pdf',
      subject: { type: 'casus', id: gone.caseId },
    }),
  ).not.toBe('ok');
  expect(await call(core, 'retention:destroy', { caseIds: [gone.caseId], confirmation: 'VERNIETIG 1' })).toMatchObject({
    cases: 1,
    persons: 1,
    trajectories: 1,
  });
  return { gone, kept, meeting };
}
