// Data for the mentor trajectory spec, made through core's router (the same dispatch the pages
// use): a mentorconsultant, mentors who completed the required training (so they are inzetbaar),
// one still in training, a round of the shipped mentee questionnaire, and a casus with a plan van
// aanpak intervention of type mentortraject. Everything is fictitious.
import type { MentoringSettings, MentorView } from '../../../src-shared/ipc/mentoring';
import type { CaseDossier } from '../../../src-shared/ipc/cases';
import type { RoundView, TemplateSummary } from '../../../src-shared/ipc/evaluations';
import type { AppHarness } from './fixtures';
import { day, dispatch, registerSignal, MIDDEN, NOORD } from './casework';

export async function mentorProject(app: AppHarness) {
  const consultant = await dispatch<{ id: number }>(app, 'mentoring:save-consultant', {
    naam: 'Carla Consultant (fictief)',
    organisatie: 'Stichting Mentorwerk (fictief)',
  });
  const mentor = (naam: string, regionId: number, capacity: number) =>
    dispatch<MentorView>(app, 'mentoring:save-mentor', {
      naam,
      regionId,
      capacity,
      consultantId: consultant.id,
      sinds: day(-200),
    });
  const anna = await mentor('Anna de Wit (fictief)', NOORD, 2);
  const dewi = await mentor('Dewi Hoekstra (fictief)', NOORD, 1);
  const bram = await mentor('Bram Koster (fictief)', MIDDEN, 3);
  await mentor('Cas Meijer (fictief)', NOORD, 4);
  const settings = await dispatch<MentoringSettings>(app, 'mentoring:settings', {});
  const required = settings.modules.filter((m) => m.required && m.active);
  for (const [i, module] of required.entries()) {
    await dispatch(app, 'mentoring:save-training', {
      datum: day(-150 + i * 10),
      soort: 'training',
      module: module.code,
      trainer: 'Trainer (fictief)',
      attendees: [anna.id, dewi.id, bram.id],
    });
  }
  const templates = await dispatch<TemplateSummary[]>(app, 'evaluations:templates', {});
  const mentee = templates.find((t) => t.sleutel === 'mentortraject-mentee' && t.latest)!;
  const round = await dispatch<RoundView>(app, 'evaluations:save-round', {
    titel: 'Mentees dit jaar (fictief)',
    templateId: mentee.id,
    periodFrom: `${day(0).slice(0, 4)}-01-01`,
    periodTo: `${day(0).slice(0, 4)}-12-31`,
    anonymity: 'anoniem-dag',
  });
  await dispatch(app, 'evaluations:set-round-status', { id: round.id, status: 'open' });
  return { consultant, anna, dewi, bram, round };
}

/** A casus (regio Noord) whose plan van aanpak has an intervention of type mentortraject. */
export async function caseWithMentortraject(app: AppHarness) {
  const signal = await registerSignal(app, { naam: 'Sam Voorbeeld (fictief)', roepnaam: 'Sam' });
  const dossier = await dispatch<CaseDossier>(app, 'cases:save-action', {
    caseId: signal.caseId,
    soort: 'interventie',
    interventietype: 'mentortraject',
    omschrijving: 'Een mentor zoeken voor Sam (fictief).',
    actiehouderPartner: 'zvh',
    actiehouderNaam: 'R. Regisseur (fictief)',
    deadline: day(30),
  });
  return { caseId: signal.caseId, caseNumber: dossier.number, actionId: dossier.actions[0]!.id };
}
