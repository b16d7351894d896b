// Issue 15: after destruction the person is really gone. A distinctive fictitious name is put
// everywhere the application keeps free text about a casus — signal, note, minutes (typed item
// title, inbreng, duiding, besluit, actie, a weging), an addendum of adopted minutes, audit
// reasons (also those of a minutes print and a partner's uittreksel: the meeting's), an inzage, a mentor trajectory from the casus — then the casus is destroyed after its
// term and the database file is read page by page with the raw key (the recovery path): live rows,
// free pages, index pages, the full-text index and the write-ahead log hold the name nowhere,
// while the audit chain and the adopted minutes' hash still verify.
import { existsSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { TrajectoryView } from '../../src-shared/ipc/trajectories';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { AuditVerification } from '../../src-shared/ipc/audit';
import type { Core } from '../../src-main/core/core';
import { MeetingEntity } from '../../src-main/core/db/entities/meeting';
import { loadHashable, minutesHash, minutesIntact } from '../../src-main/core/meetings/minutes-hash';
import { addAccount, call, codeOf, loginAs, makeCore, tempDir, withDatabase, BEHEERDER } from './helpers';
import { contains, decryptPages } from './sqlcipher-pages';

const NAME = 'Zebulon Quaxtorp (fictief)';
const TRACES = ['Quaxtorp', 'Zebulon', 'QUAXTORP', 'quaxtorp'];

let core: Core;
let clock: ReturnType<typeof makeCore>['clock'];
let regisseur: { username: string; password: string; id: number };

const platform = {
  print: { pdf: async () => new Uint8Array([37, 80, 68, 70]), print: async () => true },
  files: {
    saveAs: async (name: string) => ({ saved: true, fileName: name }),
    chooseSaveLocation: async () => null,
    chooseFile: async () => null,
    chooseFolder: async () => null,
  },
};

async function register(naam: string, ontvangen: string) {
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

beforeEach(async () => {
  ({ core, clock } = makeCore(tempDir(), { platform }));
  await withDatabase(core);
  regisseur = await addAccount(core, { username: 'regisseur', roles: ['procesregisseur'], regionIds: [1] });
  await loginAs(core, regisseur);
});

/** An adopted meeting with an item about each casus (and minutes naming the person), plus an addendum. */
async function adoptedMeeting(gone: RegisteredSignal, kept: RegisteredSignal, weigh = true): Promise<MeetingView> {
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
  meeting = await call<MeetingView>(core, 'meetings:save-agenda', {
    id: meeting.id,
    items: [
      { kind: 'signaal', signalId: gone.signalId, title: 'Signaal Quaxtorp wegen', plannedMinutes: 10 },
      { kind: 'casus', caseId: gone.caseId, title: 'Bespreking Zebulon Quaxtorp', plannedMinutes: 20 },
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

describe('destruction without remains', () => {
  it('leaves the name nowhere in the file, while the audit chain and the adopted minutes verify', async () => {
    const gone = await register(NAME, '2026-02-02');
    const kept = await register('Blijvend Persoon (fictief)', '2026-02-03');
    await call(core, 'cases:note', { id: gone.caseId, tekst: 'Notitie: Quaxtorp belde.' });
    const meeting = await adoptedMeeting(gone, kept);

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
    const dossier = await call<CaseDossier>(core, 'cases:save-action', {
      caseId: gone.caseId,
      soort: 'interventie',
      interventietype: 'mentortraject',
      omschrijving: 'Mentor zoeken voor Quaxtorp.',
      actiehouderPartner: 'zvh',
      actiehouderNaam: 'R. Regisseur',
      deadline: '2026-06-01',
    });
    const traject = await call<TrajectoryView>(core, 'trajectories:open', {
      bron: 'casus_interventie',
      caseActionId: dossier.actions.at(-1)!.id,
      aanmeldDatum: '2026-03-01',
      menteeRoepnaam: 'Zebulon',
      doelen: [{ id: 'd1', tekst: 'Quaxtorp gaat naar school', behaald: true }],
    });
    await call(core, 'trajectories:add-contact', {
      trajectoryId: traject.id,
      datum: '2026-03-02',
      duurMinuten: 45,
      type: 'ontmoeting',
      notitie: 'Contact met Quaxtorp.',
    });
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
    expect(
      await call(core, 'retention:destroy', { caseIds: [gone.caseId], confirmation: 'VERNIETIG 1' }),
    ).toMatchObject({
      cases: 1,
      persons: 1,
      trajectories: 1,
    });

    // The audit log still verifies; the reasons about the person read as gone, others stay.
    expect(await call<AuditVerification>(core, 'audit:verify')).toMatchObject({ ok: true, firstBroken: null });
    const audit = await call<{
      entries: { action: string; objectType: string | null; objectId: string | null; reason: string | null }[];
    }>(core, 'audit:query', { filter: { action: 'print:view' } });
    // Who printed which meeting, and when, stays; the reason typed for it is gone.
    expect(audit.entries.map((e) => [e.objectType, e.objectId, e.reason])).toEqual([
      ['casus', String(gone.caseId), null],
      ['overleg', String(meeting.id), null],
      ['overleg', String(meeting.id), null],
      ['casus', String(gone.caseId), null],
    ]);
    const exports = await call<typeof audit>(core, 'audit:query', { filter: { action: 'audit:export' } });
    expect(exports.entries.map((e) => [e.objectType, e.objectId, e.reason])).toEqual([
      ['casus', String(gone.caseId), null],
    ]);

    // The adopted minutes: structure kept, text neutral, hash still explainable.
    await loginAs(core, regisseur);
    const after = await call<MeetingView>(core, 'meetings:get', { id: meeting.id });
    expect(after.contentHash).toBe(meeting.contentHash);
    expect(after.redaction).toMatchObject({ years: 5 });
    expect(after.items.map((item) => [item.kind, item.plannedMinutes, item.casus?.number ?? null])).toEqual([
      ['signaal', 10, null],
      ['casus', 20, null],
      ['casus', 10, kept.caseNumber],
    ]);
    const line = expect.stringMatching(/^Verwijderd na bewaartermijn \(\d{2}-\d{2}-\d{4}\)$/);
    expect(after.items[1]).toMatchObject({ title: line, minutes: { duiding: line } });
    expect(after.items[1]!.minutes.acties[0]).toMatchObject({ omschrijving: line, deadline: '2026-04-01' });
    expect(after.items[2]!.minutes.duiding).toBe('Blijvend onderwerp van zorg.');
    expect(after.addenda.map((a) => a.tekst)).toEqual([line, 'Correctie: Blijvend, deadline mei.']);
    const ws = core.workspace;
    const manager = ws.requireOpen().database.source.manager;
    const stored = await manager.findOneByOrFail(MeetingEntity, { id: meeting.id });
    expect(await minutesIntact(manager, stored)).toBe(true);
    // Any other change to the adopted minutes is still seen.
    const handle = ws.requireOpen().database.handle!;
    handle.prepare("UPDATE agenda_item SET title = 'Bespreking Anders' WHERE id = ?").run(after.items[2]!.id);
    expect(await minutesIntact(manager, stored)).toBe(false);
    handle.prepare("UPDATE agenda_item SET title = 'Bespreking Blijvend' WHERE id = ?").run(after.items[2]!.id);
    expect(await minutesIntact(manager, stored)).toBe(true);

    // And in the file: every page decrypted, free pages and index pages included; the WAL is empty.
    const path = ws.databasePath();
    const key = Buffer.from(ws.requireOpen().key);
    await core.close();
    expect(existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`).length : 0).toBe(0);
    const pages = decryptPages(path, key);
    expect(contains(pages, 'Blijvend onderwerp van zorg')).toBe(true); // the decryption works
    for (const trace of TRACES) expect(contains(pages, trace), trace).toBe(false);
    // Nor in UTF-16 (SQLite may hold text so) or in the FTS tokens' lower case.
    expect(pages.includes(Buffer.from('Quaxtorp', 'utf16le'))).toBe(false);
  });
});

describe('minutes adopted before hash scheme 2', () => {
  it('are checked at the first redaction and stay verifiable; minutes that did not match stay broken', async () => {
    const gone = await register(NAME, '2026-02-02');
    const kept = await register('Blijvend Persoon (fictief)', '2026-02-03');
    const intact = await adoptedMeeting(gone, kept);
    const tampered = await adoptedMeeting(gone, kept, false);
    let manager = core.workspace.requireOpen().database.source.manager;
    // Stored as an older version did: one scheme-1 hash over everything (the second one wrong).
    for (const [meeting, bad] of [
      [intact, false],
      [tampered, true],
    ] as const) {
      const stored = await manager.findOneByOrFail(MeetingEntity, { id: meeting.id });
      const v1 = minutesHash(await loadHashable(manager, stored), 1);
      await manager.update(
        MeetingEntity,
        { id: meeting.id },
        { hashScheme: 1, contentHash: bad ? v1.replace(/^./, 'x') : v1 },
      );
    }
    await call(core, 'cases:transition', {
      id: gone.caseId,
      to: 'afgesloten',
      toelichting: 'Klaar.',
      outcome: 'verhuisd',
    });
    clock.advance(6 * 365 * 24 * 3600 * 1000);
    await loginAs(core, BEHEERDER);
    await call(core, 'retention:destroy', { caseIds: [gone.caseId], confirmation: 'VERNIETIG 1' });

    // The connection changes with every login: read through the open one.
    manager = core.workspace.requireOpen().database.source.manager;
    const after = await manager.findOneByOrFail(MeetingEntity, { id: intact.id });
    expect(after).toMatchObject({
      hashScheme: 1,
      redactionYears: 5,
      redactionBaseHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await minutesIntact(manager, after)).toBe(true);
    const broken = await manager.findOneByOrFail(MeetingEntity, { id: tampered.id });
    expect(broken.redactionBaseHash).toBeNull();
    expect(await minutesIntact(manager, broken)).toBe(false);
  });
});
