// Need-to-know for mentor trajectories: a trajectory opened from a casus follows that casus. When
// the casus is afgeschermd, only the accounts named on it see the trajectory in the list, open it,
// see it on the mentor's page, or change it; everyone else of the region gets the answer for a
// trajectory that does not exist, and the dashboard still counts it.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import type { MentorDashboard } from '../../src-shared/domain/mentoring-dashboard';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { MentorView } from '../../src-shared/ipc/mentoring';
import type { TrajectorySummary, TrajectoryView } from '../../src-shared/ipc/trajectories';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { addAccount, call, codeOf, loginAs, makeCore, withDatabase } from './helpers';

type Account = { id: number; username: string; password: string };
let core: Core;
let regisseur: Account;
let named: Account;
let collega: Account;
let mentorId: number;
let consultantId: number;
let shielded: TrajectoryView;
let open: TrajectoryView;

async function mentortrajectAction(naam: string) {
  const signal = await call<RegisteredSignal>(core, 'signals:register', {
    person: { nieuw: { naam, roepnaam: 'Sam', geboortedatum: '2009-06-01', gemeenteId: 1 } },
    signal: {
      melderPartner: 'onderwijs',
      ontvangen: '2026-02-01',
      omschrijving: 'Voorbeeld — fictief signaal.',
      ideologie: 'rechts_extremistisch',
      ernst: 'matig',
      bron: 'omgeving',
    },
  });
  const dossier = await call<CaseDossier>(core, 'cases:save-action', {
    caseId: signal.caseId,
    soort: 'interventie',
    interventietype: 'mentortraject',
    omschrijving: 'Mentor zoeken voor de jongere.',
    actiehouderPartner: 'zvh',
    actiehouderNaam: 'R. Regisseur',
    deadline: '2026-06-01',
  });
  return { caseId: signal.caseId, actionId: dossier.actions[0]!.id };
}

beforeEach(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  regisseur = await addAccount(core, { username: 'regisseur', roles: ['procesregisseur'], regionIds: [1] });
  named = await addAccount(core, { username: 'genoemd', roles: ['gemeentelijk_expert'], regionIds: [1] });
  collega = await addAccount(core, { username: 'collega', roles: ['gemeentelijk_expert'], regionIds: [1] });
  await loginAs(core, regisseur);
  mentorId = (
    await call<MentorView>(core, 'mentoring:save-mentor', {
      naam: 'Anna Mentor (fictief)',
      regionId: 1,
      capacity: 3,
      sinds: '2025-12-01',
    })
  ).id;
  for (const [i, module] of ['basistraining', 'radicalisering', 'gespreksvoering', 'veiligheid'].entries()) {
    await call(core, 'mentoring:save-training', {
      datum: `2026-0${i + 1}-10`,
      soort: 'training',
      module,
      trainer: 'Trainer (fictief)',
      attendees: [mentorId],
    });
  }
  consultantId = (await call<{ id: number }>(core, 'mentoring:save-consultant', { naam: 'Carla Consultant (fictief)' }))
    .id;

  const { caseId, actionId } = await mentortrajectAction('Afgeschermd Persoon (fictief)');
  await call(core, 'cases:update', {
    id: caseId,
    regionId: 1,
    procesregisseurId: regisseur.id,
    partners: [],
    afgeschermd: true,
    namedAccountIds: [named.id],
  });
  shielded = await call<TrajectoryView>(core, 'trajectories:open', {
    bron: 'casus_interventie',
    caseActionId: actionId,
    aanmeldDatum: '2026-05-01',
    doelen: [{ id: 'd1', tekst: 'Weer naar school', behaald: false }],
  });
  shielded = await call<TrajectoryView>(core, 'trajectories:assign', {
    id: shielded.id,
    mentorId,
    datum: '2026-05-02',
    toelichting: '',
  });
  const gewoon = await mentortrajectAction('Gewoon Persoon (fictief)');
  open = await call<TrajectoryView>(core, 'trajectories:open', {
    bron: 'casus_interventie',
    caseActionId: gewoon.actionId,
    aanmeldDatum: '2026-05-03',
  });
  open = await call<TrajectoryView>(core, 'trajectories:assign', {
    id: open.id,
    mentorId,
    datum: '2026-05-04',
    toelichting: '',
  });
});

/** Every trajectory channel with an input that would succeed for someone who may see it. */
const writes = (id: number) =>
  [
    ['trajectories:matches', { trajectoryId: id }],
    ['trajectories:get', { id }],
    ['trajectories:assign', { id, mentorId, datum: '2026-06-01', toelichting: 'Andere mentor' }],
    ['trajectories:set-status', { id, to: 'lopend', datum: '2026-06-01', toelichting: 'Gestart' }],
    ['trajectories:save-goals', { id, doelen: [{ id: 'd9', tekst: 'Overschreven doel', behaald: true }] }],
    [
      'trajectories:add-contact',
      { trajectoryId: id, datum: '2026-06-01', duurMinuten: 60, type: 'ontmoeting', notitie: 'x' },
    ],
    ['trajectories:add-evaluation', { trajectoryId: id, datum: '2026-06-01', soort: 'mentor', notitie: 'x' }],
    ['trajectories:add-support', { trajectoryId: id, datum: '2026-06-01', consultantId, notitie: 'x' }],
  ] as const;

describe('a trajectory opened from an afgeschermde casus', () => {
  it('is not in the list, the mentor page or any channel for an account not named on the casus', async () => {
    await loginAs(core, collega);
    const list = await call<TrajectorySummary[]>(core, 'trajectories:list', {});
    expect(list.map((t) => t.id)).toEqual([open.id]);
    expect(await call<TrajectorySummary[]>(core, 'trajectories:list', { mentorId })).toHaveLength(1);
    const mentor = await call<MentorView>(core, 'mentoring:mentor', { id: mentorId });
    expect(mentor.trajectories.map((t) => t.id)).toEqual([open.id]);
    // The place it takes is still counted: counts name no one.
    expect(mentor.occupied).toBe(2);
    expect(JSON.stringify([list, mentor])).not.toContain(shielded.code);
    for (const [channel, input] of writes(shielded.id)) {
      expect(await codeOf(core, channel, input), channel).toBe('NOT_FOUND');
      expect(
        await codeOf(core, channel, { ...input, ...('id' in input ? { id: 999_999 } : { trajectoryId: 999_999 }) }),
      ).toBe('NOT_FOUND');
    }
    expect((await call<MentorDashboard>(core, 'mentoring:dashboard', { year: 2026 })).year).toBe(2026);

    // Nothing of it changed.
    await loginAs(core, regisseur);
    const after = await call<TrajectoryView>(core, 'trajectories:get', { id: shielded.id });
    expect(after).toMatchObject({
      status: 'gematcht',
      doelen: [{ id: 'd1', tekst: 'Weer naar school', behaald: false }],
      contacts: [],
      evaluaties: [],
      support: [],
    });
    expect(after.timeline).toHaveLength(2);
  });

  it('is seen and changed by the accounts named on the casus', async () => {
    await loginAs(core, named);
    const list = await call<TrajectorySummary[]>(core, 'trajectories:list', {});
    expect(list.map((t) => t.id).sort()).toEqual([shielded.id, open.id].sort());
    expect(list.find((t) => t.id === shielded.id)?.caseActionId).toBe(shielded.caseActionId);
    expect((await call<MentorView>(core, 'mentoring:mentor', { id: mentorId })).trajectories).toHaveLength(2);
    const goals = await call<TrajectoryView>(core, 'trajectories:save-goals', {
      id: shielded.id,
      doelen: [{ id: 'd1', tekst: 'Weer naar school', behaald: true }],
    });
    expect(goals).toMatchObject({ doelen: [{ behaald: true }], casus: { id: shielded.casus!.id } });
  });

  it('follows the casus when it is shielded after the trajectory was opened, and when the shield is lifted', async () => {
    await loginAs(core, collega);
    expect(await codeOf(core, 'trajectories:get', { id: open.id })).toBe('ok');
    await loginAs(core, regisseur);
    const casus = open.casus!.id;
    const shield = (afgeschermd: boolean) =>
      call(core, 'cases:update', {
        id: casus,
        regionId: 1,
        procesregisseurId: null,
        partners: [],
        afgeschermd,
        namedAccountIds: [],
      });
    await shield(true);
    await loginAs(core, collega);
    expect(await codeOf(core, 'trajectories:get', { id: open.id })).toBe('NOT_FOUND');
    expect(await call<TrajectorySummary[]>(core, 'trajectories:list', {})).toEqual([]);
    await loginAs(core, regisseur);
    await shield(false);
    await loginAs(core, collega);
    expect(await codeOf(core, 'trajectories:get', { id: open.id })).toBe('ok');
  });
});
