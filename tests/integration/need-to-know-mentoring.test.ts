// Need-to-know for mentor trajectories: a trajectory opened from a casus follows that casus. When
// the casus is afgeschermd, only the accounts named on it see the trajectory in the list, open it,
// see it on the mentor's page, or change it; everyone else of the region gets the answer for a
// trajectory that does not exist, and the dashboard still counts it.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import type { MentorDashboard } from '../../src-shared/domain/mentoring-dashboard';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { MentorView, TrajectSummary, TrajectView } from '../../src-shared/ipc/mentoring';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { addAccount, call, codeOf, loginAs, makeCore, withDatabase } from './helpers';

type Account = { id: number; username: string; password: string };
let core: Core;
let regisseur: Account;
let named: Account;
let collega: Account;
let mentorId: number;
let consultantId: number;
let shielded: TrajectView;
let open: TrajectView;

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
    await call<MentorView>(core, 'mentor:save', {
      naam: 'Anna Mentor (fictief)',
      regionId: 1,
      capacity: 3,
      sinds: '2025-12-01',
    })
  ).id;
  for (const [i, module] of ['basistraining', 'radicalisering', 'gespreksvoering', 'veiligheid'].entries()) {
    await call(core, 'mentor:save-training', {
      datum: `2026-0${i + 1}-10`,
      soort: 'training',
      module,
      trainer: 'Trainer (fictief)',
      attendees: [mentorId],
    });
  }
  consultantId = (await call<{ id: number }>(core, 'mentor:save-consultant', { naam: 'Carla Consultant (fictief)' }))
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
  shielded = await call<TrajectView>(core, 'mentor:open-trajectory', {
    bron: 'casus_interventie',
    casusActionId: actionId,
    aanmeldDatum: '2026-05-01',
    doelen: [{ id: 'd1', tekst: 'Weer naar school', behaald: false }],
  });
  shielded = await call<TrajectView>(core, 'mentor:assign', {
    id: shielded.id,
    mentorId,
    datum: '2026-05-02',
    toelichting: '',
  });
  const gewoon = await mentortrajectAction('Gewoon Persoon (fictief)');
  open = await call<TrajectView>(core, 'mentor:open-trajectory', {
    bron: 'casus_interventie',
    casusActionId: gewoon.actionId,
    aanmeldDatum: '2026-05-03',
  });
  open = await call<TrajectView>(core, 'mentor:assign', {
    id: open.id,
    mentorId,
    datum: '2026-05-04',
    toelichting: '',
  });
});

/** Every trajectory channel with an input that would succeed for someone who may see it. */
const writes = (id: number) =>
  [
    ['mentor:matches', { trajectId: id }],
    ['mentor:trajectory', { id }],
    ['mentor:assign', { id, mentorId, datum: '2026-06-01', toelichting: 'Andere mentor' }],
    ['mentor:trajectory-status', { id, to: 'lopend', datum: '2026-06-01', toelichting: 'Gestart' }],
    ['mentor:save-goals', { id, doelen: [{ id: 'd9', tekst: 'Overschreven doel', behaald: true }] }],
    ['mentor:add-contact', { trajectId: id, datum: '2026-06-01', duurMinuten: 60, type: 'ontmoeting', notitie: 'x' }],
    ['mentor:add-evaluation', { trajectId: id, datum: '2026-06-01', soort: 'mentor', notitie: 'x' }],
    ['mentor:add-support', { trajectId: id, datum: '2026-06-01', consultantId, notitie: 'x' }],
  ] as const;

describe('a trajectory opened from an afgeschermde casus', () => {
  it('is not in the list, the mentor page or any channel for an account not named on the casus', async () => {
    await loginAs(core, collega);
    const list = await call<TrajectSummary[]>(core, 'mentor:trajectories', {});
    expect(list.map((t) => t.id)).toEqual([open.id]);
    expect(await call<TrajectSummary[]>(core, 'mentor:trajectories', { mentorId })).toHaveLength(1);
    const mentor = await call<MentorView>(core, 'mentor:get', { id: mentorId });
    expect(mentor.trajectories.map((t) => t.id)).toEqual([open.id]);
    // The place it takes is still counted: counts name no one.
    expect(mentor.occupied).toBe(2);
    expect(JSON.stringify([list, mentor])).not.toContain(shielded.code);
    for (const [channel, input] of writes(shielded.id)) {
      expect(await codeOf(core, channel, input), channel).toBe('NOT_FOUND');
      expect(
        await codeOf(core, channel, { ...input, ...('id' in input ? { id: 999_999 } : { trajectId: 999_999 }) }),
      ).toBe('NOT_FOUND');
    }
    expect((await call<MentorDashboard>(core, 'mentor:dashboard', { year: 2026 })).year).toBe(2026);

    // Nothing of it changed.
    await loginAs(core, regisseur);
    const after = await call<TrajectView>(core, 'mentor:trajectory', { id: shielded.id });
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
    const list = await call<TrajectSummary[]>(core, 'mentor:trajectories', {});
    expect(list.map((t) => t.id).sort()).toEqual([shielded.id, open.id].sort());
    expect(list.find((t) => t.id === shielded.id)?.casusActionId).toBe(shielded.casusActionId);
    expect((await call<MentorView>(core, 'mentor:get', { id: mentorId })).trajectories).toHaveLength(2);
    const goals = await call<TrajectView>(core, 'mentor:save-goals', {
      id: shielded.id,
      doelen: [{ id: 'd1', tekst: 'Weer naar school', behaald: true }],
    });
    expect(goals).toMatchObject({ doelen: [{ behaald: true }], casus: { id: shielded.casus!.id } });
  });

  it('follows the casus when it is shielded after the trajectory was opened, and when the shield is lifted', async () => {
    await loginAs(core, collega);
    expect(await codeOf(core, 'mentor:trajectory', { id: open.id })).toBe('ok');
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
    expect(await codeOf(core, 'mentor:trajectory', { id: open.id })).toBe('NOT_FOUND');
    expect(await call<TrajectSummary[]>(core, 'mentor:trajectories', {})).toEqual([]);
    await loginAs(core, regisseur);
    await shield(false);
    await loginAs(core, collega);
    expect(await codeOf(core, 'mentor:trajectory', { id: open.id })).toBe('ok');
  });
});
