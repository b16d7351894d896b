// The background of an agenda item for the notulist (meetings:item-context, issue 21 item 8): the
// signal, the casus's latest wegingen and the besluiten of the last two earlier meetings about it.
// Need-to-know: nothing for a general item, nothing for an afgeschermde casus the caller is not
// named on, and no earlier meeting of a region the caller does not work in.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ItemContext, MeetingView } from '../../src-shared/ipc/meetings';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { Core } from '../../src-main/core/core';
import { addAccount, call, loginAs, makeCore, withDatabase } from './helpers';

let core: Core;
let voorzitter: { id: number; username: string; password: string };
let notulist: { id: number; username: string; password: string };

async function register(naam: string, omschrijving: string) {
  return call<RegisteredSignal>(core, 'signals:register', {
    person: { nieuw: { naam, geboortedatum: '2008-01-01', gemeenteId: 1 } },
    signal: {
      melderPartner: 'politie',
      ontvangen: '2026-10-01',
      omschrijving,
      ideologie: 'jihadistisch',
      ernst: 'matig',
      bron: 'online',
    },
  });
}

/** A meeting on `datum` with the items given, the minutes' besluiten of the first one saved. */
async function meetingOn(datum: string, title: string, items: unknown[], besluiten: string[] = []) {
  const meeting = await call<MeetingView>(core, 'meetings:create', {
    type: 'ico',
    title,
    datum,
    starttijd: '09:30',
    regionId: 1,
    voorzitterId: voorzitter.id,
    notulistId: notulist.id,
  });
  const agenda = await call<MeetingView>(core, 'meetings:save-agenda', { id: meeting.id, items });
  if (besluiten.length)
    await call(core, 'meetings:save-item', {
      itemId: agenda.items[0]!.id,
      spentSeconds: 0,
      minutes: {
        inbreng: [],
        duiding: '',
        besluiten: besluiten.map((tekst, i) => ({ id: `b${i}`, tekst })),
        acties: [],
      },
    });
  return agenda;
}

const context = (itemId: number) => call<ItemContext>(core, 'meetings:item-context', { itemId });

beforeEach(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  voorzitter = await addAccount(core, { username: 'voorzitter', roles: ['procesregisseur'], regionIds: [1] });
  notulist = await addAccount(core, { username: 'notulist', roles: ['notulist'], regionIds: [1] });
  await loginAs(core, voorzitter);
});

describe('the background of an agenda item', () => {
  it('gives the signal, the latest weging and the besluiten of the last two earlier meetings', async () => {
    const signal = await register('Achtergrond Persoon (fictief)', 'Uitingen op school — fictief.');
    await call(core, 'signals:weigh', {
      signalId: signal.signalId,
      besluit: 'bespreken_casusoverleg',
      motivering: 'Bespreken in het casusoverleg (fictief).',
      deelnemers: ['politie'],
      datum: '2026-10-03',
    });
    const casus = { kind: 'casus', caseId: signal.caseId, title: 'Bespreking', plannedMinutes: 20 };
    await meetingOn('2026-10-06', 'Casusoverleg oktober (fictief)', [casus], ['Eerste besluit, te oud.']);
    await meetingOn('2026-10-20', 'Casusoverleg eind oktober (fictief)', [casus], ['Gesprek met de school.']);
    await meetingOn('2026-11-03', 'Casusoverleg november (fictief)', [casus], ['Mentor zoeken.', ' ']);
    const today = await meetingOn('2026-11-24', 'Casusoverleg (fictief)', [
      casus,
      { kind: 'overig', title: 'Rondvraag', plannedMinutes: 5 },
    ]);
    // A later meeting is not "earlier", whatever its id.
    await meetingOn('2026-12-08', 'Casusoverleg december (fictief)', [casus], ['Nog niet besproken.']);

    await loginAs(core, notulist);
    const shown = await context(today.items[0]!.id);
    expect(shown.signal).toMatchObject({
      ontvangen: '2026-10-01',
      melderPartner: 'politie',
      ideologie: 'jihadistisch',
      omschrijving: 'Uitingen op school — fictief.',
    });
    expect(shown.wegingen).toEqual([
      {
        datum: '2026-10-03',
        besluit: 'bespreken_casusoverleg',
        motivering: 'Bespreken in het casusoverleg (fictief).',
      },
    ]);
    expect(shown.earlier.map((m) => [m.title, m.datum, m.besluiten])).toEqual([
      ['Casusoverleg november (fictief)', '2026-11-03', ['Mentor zoeken.']],
      ['Casusoverleg eind oktober (fictief)', '2026-10-20', ['Gesprek met de school.']],
    ]);
    // A general item has no background.
    expect(await context(today.items[1]!.id)).toEqual({ signal: null, wegingen: [], earlier: [] });
  });

  it('gives nothing for an afgeschermde casus the caller is not named on', async () => {
    const signal = await register('Afgeschermd Persoon (fictief)', 'Geheim — fictief.');
    await call(core, 'cases:update', {
      id: signal.caseId,
      regionId: 1,
      procesregisseurId: null,
      partners: [],
      afgeschermd: true,
      namedAccountIds: [],
    });
    const casus = { kind: 'casus', caseId: signal.caseId, title: 'Geheim punt', plannedMinutes: 20 };
    await meetingOn('2026-11-03', 'Casusoverleg november (fictief)', [casus], ['Geheim besluit.']);
    const today = await meetingOn('2026-11-24', 'Casusoverleg (fictief)', [casus]);
    // The chair (named on it) sees it; the notulist nothing, not even that there was a meeting.
    expect((await context(today.items[0]!.id)).earlier).toHaveLength(1);
    await loginAs(core, notulist);
    const result = await core.dispatch('meetings:item-context', { itemId: today.items[0]!.id });
    expect(result).toEqual({ ok: true, value: { signal: null, wegingen: [], earlier: [] } });
    expect(JSON.stringify(result)).not.toMatch(/Geheim/);
  });

  it('refuses an item of a meeting outside the caller’s regions', async () => {
    const signal = await register('Regio Persoon (fictief)', 'Alleen in regio Noord — fictief.');
    const today = await meetingOn('2026-11-24', 'Casusoverleg (fictief)', [
      { kind: 'casus', caseId: signal.caseId, title: 'Bespreking', plannedMinutes: 20 },
    ]);
    const elders = await addAccount(core, { username: 'elders', roles: ['notulist'], regionIds: [2] });
    await loginAs(core, elders);
    const result = await core.dispatch('meetings:item-context', { itemId: today.items[0]!.id });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/Regio Persoon|regio Noord/);
  });
});
