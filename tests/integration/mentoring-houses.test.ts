// The mentor project on an installation of several houses (ZVHs; security review 2026-12-07): a
// house sees only its own regions' trajectories (trajectories:list), and so the dashboard's exact
// counts of what hangs from a trajectory (mentees, trajectories, contacts, support) are of those
// regions only. Before, the dashboard counted every house's trajectories, so one house read
// another's exact figures by subtracting its own. The evaluation dataset (mentoring:export) holds
// the same trajectories: one row each, so its rows are counts too. On both engines.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import type { MentorDashboard } from '../../src-shared/domain/mentoring-dashboard';
import type { TrajectoryView } from '../../src-shared/ipc/trajectories';
import { dialogs } from './evaluation-helpers';
import { addAccount, call, loginAs, makeCore, tempDir, withDatabase } from './helpers';

type Account = { id: number; username: string; password: string };
const NOORD = 1;
const ZUID = 3;

let core: Core;
/** The core's file dialogs; what it saves is kept, so a test reads the exported file. */
let files: ReturnType<typeof dialogs>;
const accounts: Record<'noord' | 'zuid' | 'beide', Account> = {} as never;

/** `count` partner aanmeldingen in `regionId`, each with one contact of 30 minutes and one support moment. */
async function trajectories(regionId: number, count: number, consultantId: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const traject = await call<TrajectoryView>(core, 'trajectories:open', {
      bron: 'aanmelding_partner',
      aanmelderPartner: 'onderwijs',
      regionId,
      aanmeldDatum: '2026-03-01',
      menteeGeboortejaar: 2009,
    });
    await call(core, 'trajectories:add-contact', {
      trajectoryId: traject.id,
      datum: '2026-03-10',
      duurMinuten: 30,
      type: 'ontmoeting',
      notitie: '',
    });
    await call(core, 'trajectories:add-support', { trajectoryId: traject.id, datum: '2026-03-11', consultantId });
  }
}

const counted = (dashboard: MentorDashboard) => ({
  aangemeld: dashboard.trajectories.aangemeld,
  contacts: dashboard.contacts,
  support: dashboard.support,
});

beforeEach(async () => {
  files = dialogs();
  ({ core } = makeCore(tempDir(), { platform: files.platform }));
  await withDatabase(core);
  accounts.noord = await addAccount(core, { username: 'noord', roles: ['procesregisseur'], regionIds: [NOORD] });
  accounts.zuid = await addAccount(core, { username: 'zuid', roles: ['procesregisseur'], regionIds: [ZUID] });
  accounts.beide = await addAccount(core, { username: 'beide', roles: ['evaluator'], regionIds: [NOORD, ZUID] });
  await loginAs(core, accounts.noord);
  const consultant = await call<{ id: number }>(core, 'mentoring:save-consultant', { naam: 'Consultant (fictief)' });
  await trajectories(NOORD, 3, consultant.id);
  await loginAs(core, accounts.zuid);
  await trajectories(ZUID, 1, consultant.id);
});

describe('the mentor dashboard of several houses', () => {
  it("counts the trajectories of the caller's own regions only", async () => {
    const year = { year: 2026 };
    await loginAs(core, accounts.noord);
    expect(counted(await call<MentorDashboard>(core, 'mentoring:dashboard', year))).toEqual({
      aangemeld: 3,
      contacts: { count: 3, minutes: 90 },
      support: 3,
    });
    await loginAs(core, accounts.zuid);
    expect(counted(await call<MentorDashboard>(core, 'mentoring:dashboard', year))).toEqual({
      aangemeld: 1,
      contacts: { count: 1, minutes: 30 },
      support: 1,
    });
    // An account of both regions sees both, as one house with two regions does.
    await loginAs(core, accounts.beide);
    expect(counted(await call<MentorDashboard>(core, 'mentoring:dashboard', year))).toEqual({
      aangemeld: 4,
      contacts: { count: 4, minutes: 120 },
      support: 4,
    });
  });
});

describe('the evaluation dataset of several houses', () => {
  /** The data rows of the CSV the caller exports for 2026 (header and trailing line left out). */
  async function exportedRows(account: Account): Promise<string[]> {
    await loginAs(core, account);
    files.saved.length = 0;
    await call(core, 'mentoring:export', { fromYear: 2026, toYear: 2026, format: 'csv', reason: 'evaluatie' });
    const lines = files.saved[0]!.bytes.toString('utf8').replace('\uFEFF', '').split('\r\n');
    return lines.slice(1).filter((line) => line !== '');
  }

  it("holds the trajectories of the caller's own regions only", async () => {
    expect(await exportedRows(accounts.noord)).toHaveLength(3);
    expect(await exportedRows(accounts.zuid)).toHaveLength(1);
    expect(await exportedRows(accounts.beide)).toHaveLength(4);
  });
});
