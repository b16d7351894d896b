// A meeting's states (issue 21, item 7): the minutes of a meeting are adopted on or after its day,
// never before (core's clock decides); and a casus appears once on an agenda, whether it comes as a
// signal to weigh, as a casus due or with an open action.
import { beforeEach, describe, expect, it } from 'vitest';
import type { AgendaSuggestion, MeetingView } from '../../src-shared/ipc/meetings';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { Core } from '../../src-main/core/core';
import { addAccount, call, loginAs, makeCore, withDatabase } from './helpers';

let core: Core;
let clock: ReturnType<typeof makeCore>['clock'];
let voorzitter: { id: number; username: string; password: string };

const details = (datum: string) => ({
  type: 'i2o',
  title: 'Informatieoverleg Noord (fictief)',
  datum,
  starttijd: '09:30',
  locatie: 'Vergaderzaal 2',
  regionId: 1,
  voorzitterId: voorzitter.id,
  notulistId: null,
  invitedPartners: ['gemeente', 'politie'],
  invitedPersons: '',
});

const signalOf = (person: { nieuw: Record<string, unknown> } | { id: number }) => ({
  person,
  signal: {
    melderPartner: 'politie',
    ontvangen: '2026-11-10',
    omschrijving: 'Voorbeeld — fictief signaal.',
    ideologie: 'jihadistisch',
    ernst: 'matig',
    bron: 'online',
  },
});

beforeEach(async () => {
  ({ core, clock } = makeCore());
  await withDatabase(core);
  voorzitter = await addAccount(core, {
    username: 'voorzitter',
    roles: ['procesregisseur'],
    regionIds: [1],
    displayName: 'Vera Voorzitter',
  });
  await loginAs(core, voorzitter);
});

describe('adopting the minutes', () => {
  it('is refused before the meeting’s day and offered from that day on', async () => {
    // The test clock stands at 2026-11-29: a meeting three days ahead has not been held.
    const meeting = await call<MeetingView>(core, 'meetings:create', details('2026-12-02'));
    expect(meeting.canAdopt).toBe(false);
    expect(await core.dispatch('meetings:adopt', { id: meeting.id })).toMatchObject({
      ok: false,
      error: { code: 'MEETING_NOT_YET_HELD', params: { datum: '02-12-2026' } },
    });
    expect((await call<MeetingView>(core, 'meetings:get', { id: meeting.id })).status).toBe('concept');

    clock.set(new Date('2026-12-02T08:00:00'));
    expect((await call<MeetingView>(core, 'meetings:get', { id: meeting.id })).canAdopt).toBe(true);
    expect((await call<MeetingView>(core, 'meetings:adopt', { id: meeting.id })).status).toBe('vastgesteld');
  });

  it('is allowed on the meeting’s own day', async () => {
    const meeting = await call<MeetingView>(core, 'meetings:create', details('2026-11-29'));
    expect(meeting.canAdopt).toBe(true);
    expect((await call<MeetingView>(core, 'meetings:adopt', { id: meeting.id })).status).toBe('vastgesteld');
  });
});

describe('one casus, one agenda item', () => {
  it('suggests a casus with a new signal once, and refuses it twice on the agenda', async () => {
    // A casus due for its first casusoverleg that received a new signal: two reasons, one casus.
    const first = await call<RegisteredSignal>(
      core,
      'signals:register',
      signalOf({ nieuw: { naam: 'Dubbel Persoon (fictief)', geboortedatum: '2008-01-01', gemeenteId: 1 } }),
    );
    await call(core, 'signals:weigh', {
      signalId: first.signalId,
      besluit: 'bespreken_casusoverleg',
      motivering: 'Naar het casusoverleg.',
      deelnemers: ['politie'],
      datum: '2026-11-12',
    });
    const second = await call<RegisteredSignal>(core, 'signals:register', signalOf({ id: first.personId }));
    expect(second.caseId).toBe(first.caseId);

    const meeting = await call<MeetingView>(core, 'meetings:create', details('2026-11-24'));
    const suggestions = await call<AgendaSuggestion[]>(core, 'meetings:suggestions', { id: meeting.id });
    expect(suggestions.filter((s) => s.caseId === first.caseId).map((s) => [s.kind, s.signalId])).toEqual([
      ['signaal', second.signalId],
    ]);

    expect(
      await core.dispatch('meetings:save-agenda', {
        id: meeting.id,
        items: [
          { kind: 'signaal', signalId: second.signalId, plannedMinutes: 10 },
          { kind: 'casus', caseId: first.caseId, plannedMinutes: 10 },
        ],
      }),
    ).toMatchObject({ ok: false, error: { code: 'CASE_ON_AGENDA', params: { number: first.caseNumber } } });
    const saved = await call<MeetingView>(core, 'meetings:save-agenda', {
      id: meeting.id,
      items: [{ kind: 'signaal', signalId: second.signalId, plannedMinutes: 10 }],
    });
    // Added later, the casus is refused too, and no longer suggested.
    expect(
      await core.dispatch('meetings:save-agenda', {
        id: meeting.id,
        items: [
          { id: saved.items[0]!.id, kind: 'signaal', signalId: second.signalId, plannedMinutes: 10 },
          { kind: 'casus', caseId: first.caseId, plannedMinutes: 10 },
        ],
      }),
    ).toMatchObject({ ok: false, error: { code: 'CASE_ON_AGENDA' } });
    expect(
      (await call<AgendaSuggestion[]>(core, 'meetings:suggestions', { id: meeting.id })).filter(
        (s) => s.caseId === first.caseId,
      ),
    ).toEqual([]);
    expect((await call<MeetingView>(core, 'meetings:get', { id: meeting.id })).items).toHaveLength(1);
  });
});
