// Meetings in core: agenda, attendance, live minutes with decisions that become wegingen and
// actions that become case actions, vaststellen with a content hash, addenda, the per-partner
// extract, the follow-up of actions, and need-to-know within a meeting.
import { beforeEach, describe, expect, it } from 'vitest';
import type { AgendaSuggestion, FollowUpAction, MeetingView } from '../../src-shared/ipc/meetings';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { MyWork } from '../../src-shared/ipc/work';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { Core } from '../../src-main/core/core';
import { addAccount, call, codeOf, loginAs, makeCore, withDatabase } from './helpers';

let core: Core;
let voorzitter: { id: number; username: string; password: string };
let notulist: { id: number; username: string; password: string };

const details = (extra: Record<string, unknown> = {}) => ({
  type: 'i2o',
  title: 'Informatieoverleg Noord (fictief)',
  datum: '2026-11-24',
  starttijd: '09:30',
  locatie: 'Vergaderzaal 2',
  regionId: 1,
  voorzitterId: voorzitter.id,
  notulistId: notulist.id,
  invitedPartners: ['gemeente', 'politie', 'om'],
  invitedPersons: 'J. Jansen (gemeente), K. de Wit (politie) — fictief',
  ...extra,
});

async function register(naam: string) {
  return call<RegisteredSignal>(core, 'signals:register', {
    person: { nieuw: { naam, geboortedatum: '2008-01-01', gemeenteId: 1 } },
    signal: {
      melderPartner: 'politie',
      ontvangen: '2026-11-10',
      omschrijving: 'Voorbeeld — fictief signaal.',
      ideologie: 'jihadistisch',
      ernst: 'matig',
      bron: 'online',
    },
  });
}

beforeEach(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  voorzitter = await addAccount(core, {
    username: 'voorzitter',
    roles: ['procesregisseur'],
    regionIds: [1],
    displayName: 'Vera Voorzitter',
  });
  notulist = await addAccount(core, {
    username: 'notulist',
    roles: ['notulist'],
    regionIds: [1],
    displayName: 'Niels Notulist',
  });
  await loginAs(core, voorzitter);
});

describe('a meeting from agenda to vaststellen', () => {
  it('runs an informatieoverleg with a weging, actions, vaststellen, addendum and extract', async () => {
    const signal = await register('Agenda Persoon (fictief)');
    const other = await register('Tweede Persoon (fictief)');
    await call(core, 'signals:weigh', {
      signalId: other.signalId,
      besluit: 'bespreken_casusoverleg',
      motivering: 'Naar het casusoverleg.',
      deelnemers: ['politie'],
      datum: '2026-11-12',
    });
    let meeting = await call<MeetingView>(core, 'meetings:create', details());
    // The list names chair and notulist (the notulist's start page shows hers).
    expect(await call(core, 'meetings:list', {})).toEqual([
      expect.objectContaining({ id: meeting.id, voorzitterId: voorzitter.id, notulistId: notulist.id }),
    ]);
    const suggestions = await call<AgendaSuggestion[]>(core, 'meetings:suggestions', { id: meeting.id });
    expect(suggestions.map((s) => [s.reason, s.signalId ?? s.caseId])).toEqual(
      expect.arrayContaining([
        ['weging', signal.signalId],
        ['eerste-ico', other.caseId],
      ]),
    );
    meeting = await call<MeetingView>(core, 'meetings:update', {
      id: meeting.id,
      details: details(),
      attendance: [
        { partner: 'gemeente', status: 'aanwezig', namen: 'J. Jansen' },
        { partner: 'politie', status: 'aanwezig', namen: 'K. de Wit' },
        { partner: 'om', status: 'afgemeld', namen: '' },
      ],
    });
    meeting = await call<MeetingView>(core, 'meetings:save-agenda', {
      id: meeting.id,
      items: [
        { kind: 'signaal', signalId: signal.signalId, title: 'Nieuw signaal', plannedMinutes: 10 },
        { kind: 'casus', caseId: other.caseId, title: 'Eerste bespreking', plannedMinutes: 20 },
        { kind: 'overig', title: 'Rondvraag', plannedMinutes: 5 },
      ],
    });
    const [signalItem, caseItem, overig] = meeting.items;
    expect(caseItem!.casus).toMatchObject({ number: other.caseNumber, naam: 'Tweede Persoon (fictief)' });

    // The notulist types; every save is acknowledged with a time.
    await loginAs(core, notulist);
    const saved = await call<{ savedAt: string }>(core, 'meetings:save-item', {
      itemId: caseItem!.id,
      spentSeconds: 600,
      minutes: {
        inbreng: [{ id: 'i1', partner: 'politie', tekst: 'Bekend van eerdere uitingen.', artikel: 'Art. 7 lid 2' }],
        duiding: 'Zorgelijk, maar nog geen concrete dreiging.',
        besluiten: [{ id: 'b1', tekst: 'Plan van aanpak opstellen.' }],
        acties: [
          {
            id: 'a1',
            omschrijving: 'Gesprek met ouders',
            actiehouderPartner: 'gemeente',
            actiehouderNaam: 'J. Jansen',
            deadline: '2026-11-01',
          },
          { id: 'a2', omschrijving: 'Nog niet af', actiehouderPartner: '', actiehouderNaam: '', deadline: '' },
        ],
      },
    });
    expect(saved.savedAt).toMatch(/^\d{4}-/);
    await call(core, 'meetings:save-item', {
      itemId: overig!.id,
      spentSeconds: 60,
      minutes: { inbreng: [], duiding: 'Geen punten voor de rondvraag.', besluiten: [], acties: [] },
    });
    await loginAs(core, voorzitter);
    const dossier = await call<CaseDossier>(core, 'cases:get', { id: other.caseId });
    expect(dossier.actions.map((a) => [a.omschrijving, a.actiehouderPartner])).toEqual([
      ['Gesprek met ouders', 'gemeente'],
    ]);
    await call(core, 'cases:update', {
      id: other.caseId,
      regionId: 1,
      procesregisseurId: voorzitter.id,
      partners: ['gemeente'],
      afgeschermd: false,
      namedAccountIds: [],
    });
    expect((await call<MyWork>(core, 'work:mine')).overdueActions.map((a) => a.text)).toContain('Gesprek met ouders');

    // A decision on the signal is recorded as its weging: the signal and the casus follow.
    await call(core, 'meetings:save-item', {
      itemId: signalItem!.id,
      spentSeconds: 300,
      minutes: { inbreng: [], duiding: '', besluiten: [{ id: 'w1', tekst: '' }], acties: [] },
    });
    const weighed = await call<{ item: MeetingView['items'][number] }>(core, 'meetings:record-weging', {
      itemId: signalItem!.id,
      besluitId: 'w1',
      besluit: 'bespreken_casusoverleg',
      motivering: 'Besproken in het informatieoverleg: naar een ICO.',
    });
    expect(weighed.item.minutes.besluiten[0]!.weging).toMatchObject({
      besluit: 'bespreken_casusoverleg',
      wegingId: expect.any(Number),
    });
    const weighedCase = await call<CaseDossier>(core, 'cases:get', { id: signal.caseId });
    expect(weighedCase.state).toBe('casusoverleg');
    expect(weighedCase.signals[0]!.wegingen[0]).toMatchObject({
      datum: '2026-11-24',
      deelnemers: ['gemeente', 'politie'],
    });

    // Vaststellen: only the chair; afterwards read-only with a hash, corrections by addendum.
    await loginAs(core, notulist);
    expect(await codeOf(core, 'meetings:adopt', { id: meeting.id })).toBe('NOT_CHAIR');
    await loginAs(core, voorzitter);
    meeting = await call<MeetingView>(core, 'meetings:adopt', { id: meeting.id });
    expect(meeting).toMatchObject({
      status: 'vastgesteld',
      vastgesteldDoor: 'Vera Voorzitter',
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(
      await codeOf(core, 'meetings:save-item', { itemId: overig!.id, spentSeconds: 1, minutes: { duiding: 'later' } }),
    ).toBe('MEETING_ADOPTED');
    expect(await codeOf(core, 'meetings:save-agenda', { id: meeting.id, items: [] })).toBe('MEETING_ADOPTED');
    meeting = await call<MeetingView>(core, 'meetings:addendum', {
      id: meeting.id,
      tekst: 'Correctie: de deadline is 01-12-2026.',
    });
    expect(meeting.addenda[0]).toMatchObject({
      tekst: 'Correctie: de deadline is 01-12-2026.',
      door: 'Vera Voorzitter',
    });
    expect((await call<MeetingView>(core, 'meetings:get', { id: meeting.id })).contentHash).toBe(meeting.contentHash);

    // The extract for the OM (absent, not involved) holds nothing; for the police: its items.
    const om = await call<MeetingView>(core, 'meetings:extract', { id: meeting.id, partner: 'om' });
    expect(om.items).toEqual([]);
    const politie = await call<MeetingView>(core, 'meetings:extract', { id: meeting.id, partner: 'politie' });
    expect(politie.items.map((i) => i.title)).toEqual(['Nieuw signaal', 'Eerste bespreking', 'Rondvraag']);
    const gemeente = await call<MeetingView>(core, 'meetings:extract', { id: meeting.id, partner: 'gemeente' });
    expect(gemeente.items.map((i) => i.title)).toEqual(['Eerste bespreking', 'Rondvraag']);

    // Follow-up across meetings, and the open action suggested for the next meeting.
    const overdue = await call<FollowUpAction[]>(core, 'meetings:actions', { overdue: true });
    expect(overdue.map((a) => [a.omschrijving, a.meeting?.title])).toEqual([
      ['Gesprek met ouders', 'Informatieoverleg Noord (fictief)'],
    ]);
    const next = await call<MeetingView>(
      core,
      'meetings:create',
      details({ datum: '2026-12-15', title: 'Volgend overleg (fictief)' }),
    );
    const carried = await call<AgendaSuggestion[]>(core, 'meetings:suggestions', { id: next.id });
    expect(carried.filter((s) => s.reason === 'open-actie').map((s) => s.title)).toEqual([
      `${other.caseNumber} — Gesprek met ouders`,
    ]);
  });

  it('never drops typed minutes when the agenda changes', async () => {
    const meeting = await call<MeetingView>(core, 'meetings:create', details());
    const agenda = await call<MeetingView>(core, 'meetings:save-agenda', {
      id: meeting.id,
      items: [{ kind: 'overig', title: 'Punt met notulen' }],
    });
    await call(core, 'meetings:save-item', {
      itemId: agenda.items[0]!.id,
      spentSeconds: 0,
      minutes: { duiding: 'Al getypt.' },
    });
    expect(await core.dispatch('meetings:save-agenda', { id: meeting.id, items: [] })).toMatchObject({
      ok: false,
      error: { code: 'ITEM_HAS_MINUTES', params: { title: 'Punt met notulen' } },
    });
  });
});

describe('follow-up of actions', () => {
  it('filters by casus, alone and with partner, status and overdue', async () => {
    const first = await register('Eerste Actie (fictief)');
    const second = await register('Tweede Actie (fictief)');
    const meeting = await call<MeetingView>(core, 'meetings:create', details());
    const agenda = await call<MeetingView>(core, 'meetings:save-agenda', {
      id: meeting.id,
      items: [
        { kind: 'casus', caseId: first.caseId },
        { kind: 'casus', caseId: second.caseId },
      ],
    });
    const action = (id: string, omschrijving: string, actiehouderPartner: string, deadline: string) => ({
      id,
      omschrijving,
      actiehouderPartner,
      actiehouderNaam: 'J. Jansen (fictief)',
      deadline,
    });
    await call(core, 'meetings:save-item', {
      itemId: agenda.items[0]!.id,
      spentSeconds: 0,
      minutes: {
        acties: [
          action('a1', 'Huisbezoek', 'gemeente', '2020-01-10'),
          action('a2', 'Informatie opvragen', 'politie', '2099-01-10'),
        ],
      },
    });
    await call(core, 'meetings:save-item', {
      itemId: agenda.items[1]!.id,
      spentSeconds: 0,
      minutes: { acties: [action('b1', 'Gesprek met school', 'gemeente', '2020-02-10')] },
    });
    const titles = async (filter: Record<string, unknown>) =>
      (await call<FollowUpAction[]>(core, 'meetings:actions', filter)).map((a) => a.omschrijving);
    expect(await titles({})).toEqual(['Huisbezoek', 'Gesprek met school', 'Informatie opvragen']);
    expect(await titles({ caseId: first.caseId })).toEqual(['Huisbezoek', 'Informatie opvragen']);
    expect(await titles({ caseId: second.caseId })).toEqual(['Gesprek met school']);
    expect(await titles({ caseId: first.caseId, partner: 'politie' })).toEqual(['Informatie opvragen']);
    expect(await titles({ caseId: first.caseId, overdue: true })).toEqual(['Huisbezoek']);
    expect(await titles({ caseId: second.caseId, status: 'afgerond' })).toEqual([]);
    // Still to be done first, the nearest deadline first; then what was finished, the latest first.
    await call(core, 'cases:save-action', {
      caseId: second.caseId,
      soort: 'actie',
      omschrijving: 'Dossier overdragen',
      actiehouderPartner: 'gemeente',
      actiehouderNaam: 'J. Jansen (fictief)',
      deadline: '2019-05-01',
      status: 'afgerond',
    });
    await call(core, 'cases:save-action', {
      caseId: second.caseId,
      soort: 'actie',
      omschrijving: 'Verslag sturen',
      actiehouderPartner: 'gemeente',
      actiehouderNaam: 'J. Jansen (fictief)',
      deadline: '2021-05-01',
      status: 'vervallen',
    });
    expect(await titles({})).toEqual([
      'Huisbezoek',
      'Gesprek met school',
      'Informatie opvragen',
      'Verslag sturen',
      'Dossier overdragen',
    ]);
    expect(await titles({ status: 'openstaand' })).toEqual(['Huisbezoek', 'Gesprek met school', 'Informatie opvragen']);
    expect(await core.dispatch('meetings:actions', { status: 'klaar' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const all = await call<FollowUpAction[]>(core, 'meetings:actions', { caseId: first.caseId });
    expect(all.every((a) => a.caseId === first.caseId && a.caseNumber === first.caseNumber)).toBe(true);
    // A casus outside the caller's regions answers like one without actions.
    const elders = await addAccount(core, { username: 'elders', roles: ['procesregisseur'], regionIds: [2] });
    await loginAs(core, elders);
    expect(await titles({ caseId: first.caseId })).toEqual([]);
  });
});

describe('need-to-know in meetings', () => {
  it('another region does not see the meeting; a shielded casus is withheld from who is not named', async () => {
    const shielded = await register('Afgeschermd Persoon (fictief)');
    await call(core, 'cases:update', {
      id: shielded.caseId,
      regionId: 1,
      procesregisseurId: null,
      partners: [],
      afgeschermd: true,
      namedAccountIds: [],
    });
    const meeting = await call<MeetingView>(core, 'meetings:create', details());
    const agenda = await call<MeetingView>(core, 'meetings:save-agenda', {
      id: meeting.id,
      items: [{ kind: 'casus', caseId: shielded.caseId, title: 'Afgeschermd punt' }],
    });
    await call(core, 'meetings:save-item', {
      itemId: agenda.items[0]!.id,
      spentSeconds: 0,
      minutes: { duiding: 'Vertrouwelijke duiding.' },
    });
    await loginAs(core, notulist);
    const seen = await call<MeetingView>(core, 'meetings:get', { id: meeting.id });
    expect(seen.items[0]).toMatchObject({ withheld: true, title: '', casus: null, minutes: { duiding: '' } });
    expect(
      await codeOf(core, 'meetings:save-item', { itemId: agenda.items[0]!.id, spentSeconds: 0, minutes: {} }),
    ).toBe('NOT_FOUND');
    // The notulist reorders the agenda as the screen sends it back: the withheld item without casus
    // or title. It keeps both.
    const reordered = await call<MeetingView>(core, 'meetings:save-agenda', {
      id: meeting.id,
      items: [
        { kind: 'overig', title: 'Rondvraag' },
        { id: seen.items[0]!.id, kind: 'casus', caseId: null, signalId: null, title: '' },
      ],
    });
    expect(reordered.items.map((item) => [item.title, item.withheld])).toEqual([
      ['Rondvraag', false],
      ['', true],
    ]);
    await loginAs(core, voorzitter);
    const asChair = await call<MeetingView>(core, 'meetings:get', { id: meeting.id });
    expect(asChair.items[1]).toMatchObject({ title: 'Afgeschermd punt', casus: { id: shielded.caseId } });
    // Printing the minutes checks access to the meeting (not to a person that happens to share its id).
    const print = { document: 'notulen', title: 'Notulen', reason: 'voor de partners', target: 'pdf' };
    const printMeeting = { ...print, subject: { type: 'overleg', id: meeting.id } };
    // No print service in this core: passing the access check ends in PRINT_FAILED, not NOT_FOUND.
    expect(await codeOf(core, 'print:view', printMeeting)).toBe('PRINT_FAILED');
    const elders = await addAccount(core, { username: 'elders', roles: ['procesregisseur'], regionIds: [2] });
    await loginAs(core, elders);
    expect(await codeOf(core, 'meetings:get', { id: meeting.id })).toBe('NOT_FOUND');
    expect(await codeOf(core, 'print:view', printMeeting)).toBe('NOT_FOUND');
    expect(await call(core, 'meetings:list', {})).toEqual([]);
  });
});
