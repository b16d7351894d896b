// The mentor project and the gemeentelijke experts in the demo ("Voorbeeld — fictief"): two
// mentorconsultants, eight mentors with their training, thirteen trajectories (some from casus
// interventions of type mentortraject, the others aanmeldingen by partners), contact, support and
// evaluation moments, network activities and the consultations of the demo expert. Every date is
// counted back from the day the demo is made, so the dashboard has a past year and a current one.
// Names are invented; everything goes through the services the application uses.
import type { EntityManager } from 'typeorm';
import type { AdviesOnderwerp, ActivityType, EindReden, Uitkomst } from '../../../src-shared/domain/mentoring';
import type { Actor } from '../handlers';
import { ActiviteitEntity, MentorEntity } from '../db/entities/mentoring';
import { assignGemeenten, saveAdvies } from '../experts/expert-service';
import { saveConsultant, saveMentor, saveTraining, setMentorStatus, mentorById } from '../mentoring/mentor-service';
import {
  addContact,
  addEvaluation,
  addSupport,
  assignMentor,
  changeTrajectoryStatus,
  openTrajectory,
} from '../trajectories/trajectory-service';
import { TrajectoryEntity } from '../db/entities/mentoring';
import type { Workspace } from '../workspace';
import { query } from '../db/sql';
import { firstGemeenten, mentortrajectInterventions } from './queries';

const FICTIEF = 'Voorbeeld — fictief.';

/** [naam, region index, capacity, consultant index, days ago they started] */
const MENTORS: [string, number, number, number, number][] = [
  ['Anna de Wit (fictief)', 0, 2, 0, 600],
  ['Bram Koster (fictief)', 0, 1, 0, 600],
  ['Cas Meijer (fictief)', 1, 2, 1, 600],
  ['Dewi Hoekstra (fictief)', 1, 1, 1, 600],
  ['Emre Yilmaz (fictief)', 2, 2, 0, 250],
  ['Fleur Jansen (fictief)', 2, 1, 1, 250],
  ['Gijs Bos (fictief)', 0, 1, 0, 250],
  ['Hanna Smit (fictief)', 1, 1, 1, 600],
];

/** [days ago, module, soort, attendees (mentor index)] */
const SESSIONS: [number, string, 'training' | 'intervisie', number[]][] = [
  [560, 'basistraining', 'training', [0, 1, 2, 3, 7]],
  [540, 'radicalisering', 'training', [0, 1, 2, 3, 7]],
  [520, 'gespreksvoering', 'training', [0, 1, 2, 3, 7]],
  [500, 'veiligheid', 'training', [0, 1, 2, 3, 7]],
  [400, 'intervisie', 'intervisie', [0, 1, 2, 3, 7]],
  [230, 'basistraining', 'training', [4, 5, 6]],
  [210, 'radicalisering', 'training', [4, 5, 6]],
  [190, 'gespreksvoering', 'training', [4, 5]],
  [170, 'veiligheid', 'training', [4, 5]],
  [120, 'intervisie', 'intervisie', [0, 1, 2, 3, 4, 5]],
  [30, 'intervisie', 'intervisie', [0, 2, 4, 5]],
];

interface DemoTrajectory {
  /** Days ago: aanmelding, match, start, pause, end. */
  aanmeld: number;
  mentor: number | null;
  start: number | null;
  pause?: number;
  end?: [number, EindReden, Uitkomst];
  /** Opened from a casus intervention when the demo has one to spare. */
  fromCase?: boolean;
}

const TRAJECTEN: DemoTrajectory[] = [
  { aanmeld: 480, mentor: 0, start: 470, end: [300, 'doelen_bereikt', 'positief'] },
  { aanmeld: 470, mentor: 1, start: 455, end: [380, 'gestopt_mentee', 'geen_verandering'] },
  { aanmeld: 450, mentor: 2, start: 440, fromCase: true },
  { aanmeld: 420, mentor: 3, start: 400, end: [200, 'doorverwezen', 'deels_positief'] },
  { aanmeld: 400, mentor: 7, start: 390, end: [150, 'doelen_bereikt', 'positief'] },
  { aanmeld: 330, mentor: null, start: null, end: [300, 'geen_match', 'onbekend'] },
  { aanmeld: 280, mentor: 0, start: 270, fromCase: true },
  { aanmeld: 260, mentor: 2, start: 250, pause: 60 },
  { aanmeld: 160, mentor: 4, start: 150, fromCase: true },
  { aanmeld: 140, mentor: 5, start: 130, end: [20, 'gestopt_mentor', 'onbekend'] },
  { aanmeld: 100, mentor: 4, start: 90, fromCase: true },
  { aanmeld: 60, mentor: 1, start: null },
  { aanmeld: 20, mentor: null, start: null },
];

/** [days ago, type, titel, doelgroep, bereik, signalen] */
const ACTIVITIES: [number, ActivityType, string, string, number, number][] = [
  [600, 'voorlichting', 'Voorlichting ouderavond (fictief)', 'Ouders', 50, 2],
  [450, 'training_professionals', 'Training signaleren voor jongerenwerkers (fictief)', 'Jongerenwerkers', 35, 1],
  [380, 'netwerkbijeenkomst', 'Netwerkbijeenkomst onderwijs en zorg (fictief)', 'Onderwijs, wijkteams', 22, 0],
  [300, 'voorlichting', 'Voorlichting mbo-docenten (fictief)', 'Docenten', 45, 1],
  [200, 'netwerkbijeenkomst', 'Netwerkbijeenkomst sportverenigingen (fictief)', 'Sportverenigingen', 30, 2],
  [150, 'training_professionals', 'Training wijkagenten (fictief)', 'Politie', 25, 0],
  [80, 'voorlichting', 'Voorlichting moskeebestuur en jongeren (fictief)', 'Jongeren, vrijwilligers', 60, 3],
  [10, 'netwerkbijeenkomst', 'Netwerkbijeenkomst gemeenten (fictief)', 'Gemeenten', 18, 1],
];

/** [days ago, gemeente index, onderwerp, minutes] — consultations of the demo expert. */
const ADVIEZEN: [number, number, AdviesOnderwerp, number][] = [
  [600, 0, 'regierol', 60],
  [500, 2, 'signaal_duiding', 45],
  [420, 5, 'casusoverleg', 90],
  [350, 1, 'beleid', 30],
  [320, 0, 'regierol', 60],
  [280, 1, 'signaal_duiding', 45],
  [250, 0, 'casusoverleg', 90],
  [200, 2, 'bestuurlijke_maatregel', 60],
  [150, 3, 'netwerk_voorlichting', 120],
  [90, 1, 'signaal_duiding', 30],
  [40, 4, 'beleid', 60],
  [5, 0, 'regierol', 45],
];

type Manager = EntityManager;

export async function seedMentoring(
  ws: Workspace,
  accounts: { regisseur: number; expert: number },
  regionIds: number[],
  today: string,
): Promise<{ mentors: number; trajecten: number }> {
  const ago = (days: number) =>
    new Date(new Date(`${today}T12:00:00Z`).getTime() - days * 86_400_000).toISOString().slice(0, 10);
  const actor = (days: number, accountId = accounts.regisseur): Actor => ({
    accountId,
    now: new Date(`${ago(days)}T10:00:00`),
  });
  return ws.transaction(async (manager: Manager) => {
    if ((await manager.count(MentorEntity)) > 0) return { mentors: 0, trajecten: 0 };
    const scope = { accountId: accounts.regisseur, regionIds };
    const consultants = [
      await saveConsultant(
        manager,
        {
          naam: 'Carla Consultant (fictief)',
          organisatie: 'Stichting Mentorwerk (fictief)',
          accountId: null,
          active: true,
        },
        actor(700),
      ),
      await saveConsultant(
        manager,
        { naam: 'Karim Coach (fictief)', organisatie: 'Stichting Mentorwerk (fictief)', accountId: null, active: true },
        actor(700),
      ),
    ];
    const mentorIds: number[] = [];
    for (const [naam, region, capacity, consultant, since] of MENTORS) {
      mentorIds.push(
        await saveMentor(
          manager,
          {
            naam,
            contact: '06-00000000 (fictief)',
            toelichting: FICTIEF,
            regionId: regionIds[region % regionIds.length]!,
            capacity,
            consultantId: consultants[consultant]!.id,
            sinds: ago(since),
          },
          actor(since),
        ),
      );
    }
    for (const [days, module, soort, attendees] of SESSIONS) {
      await saveTraining(
        manager,
        {
          datum: ago(days),
          soort,
          module,
          trainer: 'Trainer (fictief)',
          regionId: null,
          toelichting: FICTIEF,
          attendees: attendees.map((i) => mentorIds[i]!),
        },
        actor(days),
      );
    }

    // Casus interventions of type mentortraject, one per person, in cases the scope may see.
    const actions = await query<{ id: number }>(manager, mentortrajectInterventions());
    for (const [index, t] of TRAJECTEN.entries()) {
      const action = t.fromCase ? actions.shift() : undefined;
      const opened = await openTrajectory(
        manager,
        scope,
        action
          ? {
              bron: 'casus_interventie',
              caseActionId: action.id,
              aanmeldDatum: ago(t.aanmeld),
              menteeRoepnaam: '',
              doelen: [],
            }
          : {
              bron: 'aanmelding_partner',
              aanmelderPartner: ['onderwijs', 'wijkteam', 'politie', 'gemeente'][index % 4]!,
              regionId: regionIds[index % regionIds.length]!,
              gemeenteId: null,
              aanmeldDatum: ago(t.aanmeld),
              menteeRoepnaam: `Mentee ${String.fromCharCode(65 + index)} (fictief)`,
              menteeGeboortejaar: Number(today.slice(0, 4)) - 15 - (index % 5),
              doelen: [],
            },
        actor(t.aanmeld),
      );
      await manager.update(
        TrajectoryEntity,
        { id: opened.id },
        {
          doelen: [
            { id: 'd1', tekst: 'Dagbesteding of school weer oppakken (fictief)', behaald: Boolean(t.end) },
            { id: 'd2', tekst: 'Een positief netwerk opbouwen (fictief)', behaald: false },
          ],
        },
      );
      const current = () => manager.findOneByOrFail(TrajectoryEntity, { id: opened.id });
      const status = async (days: number, to: 'lopend' | 'gepauzeerd' | 'afgerond', end?: DemoTrajectory['end']) =>
        changeTrajectoryStatus(
          manager,
          await current(),
          {
            id: opened.id,
            to,
            datum: ago(days),
            toelichting: FICTIEF,
            eindReden: end?.[1] ?? null,
            uitkomst: end?.[2] ?? null,
          },
          actor(days),
        );
      if (t.mentor !== null) {
        const matched = t.start === null ? t.aanmeld - 10 : t.aanmeld - Math.ceil((t.aanmeld - t.start) / 2);
        await assignMentor(
          manager,
          await current(),
          { id: opened.id, mentorId: mentorIds[t.mentor]!, datum: ago(matched), toelichting: '' },
          actor(matched),
        );
      }
      if (t.start !== null) {
        await status(t.start, 'lopend');
        const until = t.end?.[0] ?? t.pause ?? 0;
        for (const [i, after] of [7, 28, 56].entries()) {
          const day = t.start - after;
          if (day < until) continue;
          await addContact(
            manager,
            await current(),
            {
              trajectoryId: opened.id,
              datum: ago(day),
              duurMinuten: [60, 30, 45][i]!,
              type: (['ontmoeting', 'telefonisch', 'online'] as const)[i]!,
              notitie: `${FICTIEF} Gesprek over school en vrije tijd.`,
            },
            actor(day),
          );
        }
        const mentor = await mentorById(manager, mentorIds[t.mentor!]!);
        await addSupport(
          manager,
          await current(),
          { trajectoryId: opened.id, datum: ago(t.start - 35), consultantId: mentor.consultantId!, notitie: FICTIEF },
          actor(t.start - 35),
        );
      }
      if (t.pause !== undefined) await status(t.pause, 'gepauzeerd');
      if (t.end) {
        if (t.start !== null) {
          for (const soort of ['mentor', 'mentee'] as const) {
            await addEvaluation(
              manager,
              await current(),
              { trajectoryId: opened.id, datum: ago(t.end[0]), soort, evalRoundId: null, notitie: FICTIEF },
              actor(t.end[0]),
            );
          }
        }
        await status(t.end[0], 'afgerond', t.end);
      }
    }
    // Hanna takes a break after her trajectory ended.
    await setMentorStatus(
      manager,
      await mentorById(manager, mentorIds[7]!),
      'niet_beschikbaar',
      ago(100),
      FICTIEF,
      actor(100),
    );

    for (const [days, type, titel, doelgroep, bereik, signalen] of ACTIVITIES) {
      await manager.save(ActiviteitEntity, {
        datum: ago(days),
        type,
        titel,
        doelgroep,
        regionId: regionIds[days % regionIds.length]!,
        gemeenteId: null,
        bereik,
        signalen,
        toelichting: FICTIEF,
        accountId: accounts.regisseur,
        createdAt: actor(days).now.toISOString(),
        updatedAt: actor(days).now.toISOString(),
      });
    }

    const gemeenten = await query<{ id: number }>(manager, firstGemeenten(11));
    await assignGemeenten(
      manager,
      accounts.expert,
      gemeenten.map((g) => g.id),
    );
    for (const [days, gemeente, onderwerp, minutes] of ADVIEZEN) {
      await saveAdvies(
        manager,
        {
          gemeenteId: gemeenten[gemeente]!.id,
          datum: ago(days),
          onderwerp,
          duurMinuten: minutes,
          toelichting: FICTIEF,
        },
        actor(days, accounts.expert),
      );
    }
    return { mentors: mentorIds.length, trajecten: TRAJECTEN.length };
  });
}
