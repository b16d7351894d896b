// The demo environment: fictitious accounts and persons, evaluation rounds, and two meetings — one held and vastgesteld
// with minutes whose actions became case actions, one planned with an agenda from the suggestions.
import { describe, expect, it } from 'vitest';
import type { RoundSummary } from '../../src-shared/ipc/evaluations';
import type { FollowUpAction, MeetingSummary, MeetingView } from '../../src-shared/ipc/meetings';
import type { MyWork } from '../../src-shared/ipc/work';
import { call, loginAs, makeCore } from './helpers';

describe('demo environment', () => {
  it('has a held casusoverleg with minutes and a planned informatieoverleg', async () => {
    const { core } = makeCore();
    const events: unknown[] = [];
    core.onEvent((event) => events.push(event));
    const { password } = await core.setup.setupDemo();
    // Seeding works in a session of its own; nobody logged in at the window, so nobody is told
    // "U bent afgemeld." when it ends.
    expect(events).toEqual([]);
    await loginAs(core, { username: 'regisseur', password });

    const meetings = await call<MeetingSummary[]>(core, 'meetings:list', {});
    expect(meetings.map(({ type, status, datum }) => ({ type, status, datum }))).toEqual(
      expect.arrayContaining([
        { type: 'ico', status: 'vastgesteld', datum: '2026-11-15' },
        { type: 'i2o', status: 'concept', datum: '2026-12-02' },
      ]),
    );
    const held = await call<MeetingView>(core, 'meetings:get', { id: meetings.find((m) => m.type === 'ico')!.id });
    expect(held.items).toHaveLength(3);
    expect(held.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(held.attendance.filter((a) => a.status === 'aanwezig')).toHaveLength(3);
    for (const item of held.items) {
      expect(item.casus).not.toBeNull();
      expect(item.minutes.duiding).toContain('fictief');
      expect(item.minutes.acties[0]!.caseActionId).toEqual(expect.any(Number));
    }
    const planned = await call<MeetingView>(core, 'meetings:get', { id: meetings.find((m) => m.type === 'i2o')!.id });
    expect(planned.items.length).toBeGreaterThan(0);
    // Three days ahead: its minutes cannot be adopted yet, and each casus is on its agenda once.
    expect(planned.canAdopt).toBe(false);
    const plannedCases = planned.items.map((item) => item.casus?.id).filter((id) => id !== undefined);
    expect(new Set(plannedCases).size).toBe(plannedCases.length);
    // And fictitious evaluation rounds with their recommendations.
    const rounds = await call<RoundSummary[]>(core, 'evaluations:rounds', {});
    expect(rounds.map((r) => r.titel)).toContain('Procesevaluatie casusoverleg, dit jaar (fictief)');
    // Creating the demo database derives keys for five accounts and seeds 250 persons.
  }, 90_000);

  it('leaves only recent actions open past their deadline, each saying what it is about', async () => {
    const { core, clock } = makeCore();
    const { password } = await core.setup.setupDemo();
    await loginAs(core, { username: 'regisseur', password });
    const today = clock.now().toISOString().slice(0, 10);
    const quarterAgo = new Date(clock.now().getTime() - 90 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

    const actions = await call<FollowUpAction[]>(core, 'meetings:actions', {});
    const late = actions.filter((a) => (a.status === 'open' || a.status === 'lopend') && a.deadline < today);
    // As happens: a few recent actions slipped. Not years-old ones ("3188 dagen te laat").
    expect(late.length).toBeGreaterThan(0);
    expect(late.filter((a) => a.deadline < quarterAgo)).toEqual([]);
    // An action says what is to be done, not the same sentence for every casus.
    expect(new Set(actions.map((a) => a.omschrijving)).size).toBeGreaterThan(3);
    const work = await call<MyWork>(core, 'work:mine', {});
    expect(work.overdueActions.every((item) => item.date >= quarterAgo)).toBe(true);
  }, 90_000);
});
