// The demo's mentor project and expert consultations (all fictitious): the dashboard shows the
// figures the demo dataset was written to produce, for the current year and the one before, and
// seeding again adds nothing. The clock stands on 29 November 2026 (see helpers.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { MentorDashboard } from '../../src-shared/domain/mentoring-dashboard';
import type { ExpertOverview } from '../../src-shared/ipc/experts';
import type { MentorSummary } from '../../src-shared/ipc/mentoring';
import type { TrajectorySummary } from '../../src-shared/ipc/trajectories';
import type { Core } from '../../src-main/core/core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src-main/core/demo/seed';
import { call, loginAs, makeCore } from './helpers';

let core: Core;
const demo = (username: string) => ({ username, password: DEMO_PASSWORD });

beforeAll(async () => {
  ({ core } = makeCore());
  const first = DEMO_ACCOUNTS[0]!;
  await core.setup.createDatabase(core.workspace.databasePath(), {
    demo: true,
    username: first.username,
    password: DEMO_PASSWORD,
    displayName: first.displayName,
  });
  // Few persons keep the test quick; the mentor project does not depend on their number.
  await core.setup.seed(40);
}, 300_000);

describe('the demo mentor project', () => {
  it('shows the demo figures on the dashboard for this year and the last', async () => {
    await loginAs(core, demo('evaluator'));
    const now = await call<MentorDashboard>(core, 'mentoring:dashboard', { year: 2026 });
    expect(now).toEqual({
      year: 2026,
      referenceDay: '2026-11-29',
      target: 10,
      mentees: { guided: 9, share: 0.9 },
      trajectories: { active: 5, aangemeld: 8, started: 5, ended: 5 },
      mentors: { trained: 2, available: 6, inTraining: 1, notAvailable: 1 },
      trainings: { sessions: 6, training: 4, intervisie: 2, attendances: 20 },
      activities: {
        count: 5,
        reach: 178,
        signals: 7,
        perType: {
          voorlichting: { count: 2, reach: 105, signals: 4 },
          netwerkbijeenkomst: { count: 2, reach: 48, signals: 3 },
          training_professionals: { count: 1, reach: 25, signals: 0 },
        },
      },
      contacts: { count: 15, minutes: 675 },
      support: 5,
    });
    const last = await call<MentorDashboard>(core, 'mentoring:dashboard', { year: 2025 });
    expect(last).toMatchObject({
      referenceDay: '2025-12-31',
      mentees: { guided: 5, share: 0.5 },
      trajectories: { active: 4, aangemeld: 5, started: 5, ended: 1 },
      mentors: { trained: 5, available: 5, inTraining: 0, notAvailable: 0 },
      trainings: { sessions: 5, training: 4, intervisie: 1, attendances: 25 },
      activities: { count: 3, reach: 107, signals: 3 },
      contacts: { count: 15, minutes: 675 },
      support: 5,
    });
    const experts = await call<ExpertOverview>(core, 'experts:overview', { year: 2026 });
    expect(experts.totals).toEqual({ count: 8, minutes: 510, gemeenten: 5 });
    expect(experts.perExpert.map((e) => [e.displayName, e.count])).toEqual([['Eva Expert (fictief)', 8]]);
    expect((await call<ExpertOverview>(core, 'experts:overview', { year: 2025 })).totals).toEqual({
      count: 4,
      minutes: 225,
      gemeenten: 4,
    });
  }, 120_000);

  it('has fictitious mentors and trajectories, partly from casus interventions, and seeds only once', async () => {
    await loginAs(core, demo('regisseur'));
    const mentors = await call<MentorSummary[]>(core, 'mentoring:mentors', {});
    expect(mentors).toHaveLength(8);
    expect(mentors.every((m) => m.naam.endsWith('(fictief)'))).toBe(true);
    const trajectories = await call<TrajectorySummary[]>(core, 'trajectories:list', {});
    expect(trajectories).toHaveLength(13);
    expect(trajectories.filter((t) => t.status === 'afgerond')).toHaveLength(6);
    const fromCases = trajectories.filter((t) => t.bron === 'casus_interventie').length;
    const available = core.workspace
      .requireOpen()
      .database.handle!.prepare(
        `SELECT count(DISTINCT c.person_id) AS n FROM casus_action a JOIN casus c ON c.id = a.casus_id
          WHERE a.interventietype = 'mentortraject' AND c.afgeschermd = 0`,
      )
      .get() as { n: number };
    expect(fromCases).toBe(Math.min(4, available.n));
    // The list names the intervention each came from, so the dossier can link to it.
    expect(trajectories.every((t) => (t.bron === 'casus_interventie') === (t.caseActionId !== null))).toBe(true);
    await core.setup.seed(40);
    expect(await call<MentorSummary[]>(core, 'mentoring:mentors', {})).toHaveLength(8);
  }, 120_000);
});
