// Need-to-know inside a meeting's agenda: items about a casus the caller may not see are withheld
// from her, and no write of hers can delete, move, edit or name them — whether she sends the agenda
// without them, with their placeholders in another order, or empty.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { addAccount, call, codeOf, loginAs, makeCore, withDatabase } from './helpers';

let core: Core;
let voorzitter: { id: number; username: string; password: string };
let notulist: { id: number; username: string; password: string };
let meetingId: number;
let hidden: { een: number; twee: number };
let hiddenSignal: number;
let hiddenCase: number;

async function shieldedCase(naam: string): Promise<RegisteredSignal> {
  const registered = await call<RegisteredSignal>(core, 'signals:register', {
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
  // Shielded by the voorzitter, who stays named on it; the notulist is not.
  await call(core, 'cases:update', {
    id: registered.caseId,
    regionId: 1,
    procesregisseurId: null,
    partners: [],
    afgeschermd: true,
    namedAccountIds: [],
  });
  return registered;
}

/** The agenda as the voorzitter (who sees everything) sees it. */
async function asChair() {
  await loginAs(core, voorzitter);
  const view = await call<MeetingView>(core, 'meetings:get', { id: meetingId });
  await loginAs(core, notulist);
  return view.items.map((item) => ({
    title: item.title,
    plannedMinutes: item.plannedMinutes,
    duiding: item.minutes.duiding,
  }));
}

/** A save of the agenda by the notulist: its answer must never name a hidden item. */
async function saveAsNotulist(items: unknown[]) {
  const result = await core.dispatch('meetings:save-agenda', { id: meetingId, items });
  expect(JSON.stringify(result)).not.toMatch(/Geheim|Afgeschermd/);
  return result;
}

beforeEach(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  voorzitter = await addAccount(core, { username: 'voorzitter', roles: ['procesregisseur'], regionIds: [1] });
  notulist = await addAccount(core, { username: 'notulist', roles: ['notulist'], regionIds: [1] });
  await loginAs(core, voorzitter);
  const een = await shieldedCase('Afgeschermd Een (fictief)');
  const twee = await shieldedCase('Afgeschermd Twee (fictief)');
  const meeting = await call<MeetingView>(core, 'meetings:create', {
    type: 'i2o',
    title: 'Informatieoverleg (fictief)',
    datum: '2026-11-24',
    starttijd: '09:30',
    regionId: 1,
    voorzitterId: voorzitter.id,
    notulistId: notulist.id,
  });
  meetingId = meeting.id;
  const agenda = await call<MeetingView>(core, 'meetings:save-agenda', {
    id: meetingId,
    items: [
      { kind: 'overig', title: 'Opening' },
      { kind: 'casus', caseId: een.caseId, title: 'Geheim punt een', plannedMinutes: 20 },
      { kind: 'overig', title: 'Rondvraag' },
      { kind: 'casus', caseId: twee.caseId, title: 'Geheim punt twee', plannedMinutes: 25 },
    ],
  });
  hidden = { een: agenda.items[1]!.id, twee: agenda.items[3]!.id };
  hiddenSignal = een.signalId;
  hiddenCase = een.caseId;
  // Only the first hidden item has minutes; the second would once have been deleted silently.
  await call(core, 'meetings:save-item', {
    itemId: hidden.een,
    spentSeconds: 0,
    minutes: { duiding: 'Vertrouwelijke duiding.' },
  });
  await loginAs(core, notulist);
});

const HIDDEN_EEN = { title: 'Geheim punt een', plannedMinutes: 20, duiding: 'Vertrouwelijke duiding.' };
const HIDDEN_TWEE = { title: 'Geheim punt twee', plannedMinutes: 25, duiding: '' };

describe('an agenda with items the caller may not see', () => {
  it('keeps hidden items in their places when the agenda is sent without them', async () => {
    const seen = await call<MeetingView>(core, 'meetings:get', { id: meetingId });
    expect(seen.items.map((item) => item.withheld)).toEqual([false, true, false, true]);
    const [opening, , rondvraag] = seen.items;
    const result = await saveAsNotulist([
      { id: rondvraag!.id, kind: 'overig', title: 'Rondvraag' },
      { id: opening!.id, kind: 'overig', title: 'Opening' },
      { kind: 'overig', title: 'Nieuw punt' },
    ]);
    expect(result.ok).toBe(true);
    expect(await asChair()).toEqual([
      { title: 'Rondvraag', plannedMinutes: 10, duiding: '' },
      HIDDEN_EEN,
      { title: 'Opening', plannedMinutes: 10, duiding: '' },
      HIDDEN_TWEE,
      { title: 'Nieuw punt', plannedMinutes: 10, duiding: '' },
    ]);
  });

  it('removes only what the caller sees when she empties the agenda', async () => {
    const result = await saveAsNotulist([]);
    expect(result.ok).toBe(true);
    expect(await asChair()).toEqual([HIDDEN_EEN, HIDDEN_TWEE]);
  });

  it('keeps the order of hidden items among themselves and ignores what is sent for them', async () => {
    const seen = await call<MeetingView>(core, 'meetings:get', { id: meetingId });
    const [opening, , rondvraag] = seen.items;
    const result = await saveAsNotulist([
      { id: hidden.twee, kind: 'overig', title: 'Overschreven', plannedMinutes: 1 },
      { id: rondvraag!.id, kind: 'overig', title: 'Rondvraag' },
      { id: hidden.een, kind: 'overig', title: '', plannedMinutes: 2 },
      { id: opening!.id, kind: 'overig', title: 'Opening' },
    ]);
    expect(result.ok).toBe(true);
    expect(await asChair()).toEqual([
      HIDDEN_EEN,
      { title: 'Rondvraag', plannedMinutes: 10, duiding: '' },
      HIDDEN_TWEE,
      { title: 'Opening', plannedMinutes: 10, duiding: '' },
    ]);
  });

  it('answers a duplicated item as invalid input and changes nothing', async () => {
    const seen = await call<MeetingView>(core, 'meetings:get', { id: meetingId });
    const opening = seen.items[0]!;
    const result = await saveAsNotulist([
      { id: opening.id, kind: 'overig', title: 'Opening' },
      { id: opening.id, kind: 'overig', title: 'Opening' },
    ]);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await asChair()).map((item) => item.title)).toEqual([
      'Opening',
      'Geheim punt een',
      'Rondvraag',
      'Geheim punt twee',
    ]);
  });

  it('answers every item channel for a hidden item as for an item that does not exist', async () => {
    const besluit = { besluitId: 'b1', besluit: 'geen_actie', motivering: 'Een motivering van genoeg tekens.' };
    // The notulist may not record wegingen at all: a colleague of the region who is not named asks.
    const collega = await addAccount(core, { username: 'collega', roles: ['gemeentelijk_expert'], regionIds: [1] });
    for (const itemId of [hidden.een, hidden.twee, 999_999]) {
      expect(await codeOf(core, 'meetings:save-item', { itemId, spentSeconds: 0, minutes: {} })).toBe('NOT_FOUND');
    }
    await loginAs(core, collega);
    for (const itemId of [hidden.een, hidden.twee, 999_999]) {
      expect(await codeOf(core, 'meetings:save-item', { itemId, spentSeconds: 0, minutes: {} })).toBe('NOT_FOUND');
      expect(await codeOf(core, 'meetings:record-weging', { itemId, ...besluit })).toBe('NOT_FOUND');
    }
    expect(await asChair()).toEqual([
      { title: 'Opening', plannedMinutes: 10, duiding: '' },
      HIDDEN_EEN,
      { title: 'Rondvraag', plannedMinutes: 10, duiding: '' },
      HIDDEN_TWEE,
    ]);
  });

  it('answers a new item about a hidden casus or signal as one about a casus or signal that does not exist', async () => {
    const codes = async (items: unknown[]) => {
      const result = await saveAsNotulist(items);
      return result.ok ? 'ok' : result.error.code;
    };
    expect(await codes([{ kind: 'signaal', signalId: hiddenSignal }])).toBe(
      await codes([{ kind: 'signaal', signalId: 999_999 }]),
    );
    expect(await codes([{ kind: 'casus', caseId: hiddenCase }])).toBe(
      await codes([{ kind: 'casus', caseId: 999_999 }]),
    );
    expect((await asChair()).map((item) => item.title)).toEqual([
      'Opening',
      'Geheim punt een',
      'Rondvraag',
      'Geheim punt twee',
    ]);
  });
});
