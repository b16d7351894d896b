// Handlers for mentoring:* and trajectories:*. Mentors, trainings and activities are the project's own (one pool for the
// province); trajectories concern a mentee and are scoped to the caller's ZVH regions like cases,
// and one opened from a casus follows that casus's need-to-know (views.ts, visibleTrajects).
// Audit notes name the object, never a person: a trajectory by its id, a mentor by its id.
import { Between, type FindOptionsWhere } from 'typeorm';
import { isoDay } from '../../../src-shared/domain/format';
import type { ActivityView } from '../../../src-shared/ipc/mentoring';
import { formatMessage } from '../../../src-shared/i18n/messages';
import { AppError } from '../../../src-shared/ipc/errors';
import { scopeFor } from '../access/access';
import type { Actor } from '../handlers';
import {
  ActiviteitEntity,
  MentorConsultantEntity,
  TrainingSessionEntity,
  TrajectoryEntity,
  type Activiteit,
  type Trajectory,
} from '../db/entities/mentoring';
import { GemeenteEntity } from '../db/entities/reference';
import { plain, tx, type Handlers, type TxContext } from '../handlers';
import type { Workspace } from '../workspace';
import { anonymise, codebookCsv, datasetCsv, datasetXlsx } from './dataset';
import { computeMentorDashboard, trajectoryFacts } from './figures';
import {
  assertRegion,
  invalid,
  mentorById,
  saveConsultant,
  saveMentor,
  saveTraining,
  setMentorStatus,
} from './mentor-service';
import { mentoringSettings, saveMentoringSettings } from './settings';
import {
  addContact,
  addEvaluation,
  addSupport,
  assignMentor,
  changeTrajectoryStatus,
  mentorMatches,
  openTrajectory,
  saveGoals,
} from './traject-service';
import {
  buildMentorView,
  buildTrajectoryView,
  listMentors,
  trainingViews,
  trajectorySummaries,
  visibleTrajectory,
  visibleTrajectories,
} from './views';

type MentorChannel = Extract<keyof Handlers, `mentoring:${string}` | `trajectories:${string}`>;

const yearRange = (year: number | null) => (year ? { datum: Between(`${year}-01-01`, `${year}-12-31`) } : {});

const activityView = ({ accountId: _a, createdAt: _c, updatedAt: _u, ...view }: Activiteit): ActivityView => view;

export function mentoringHandlers(ws: Workspace): Pick<Handlers, MentorChannel> {
  const actor = (ctx: TxContext): Actor => ({ accountId: ctx.session?.user.id ?? null, now: ws.clock.now() });
  const today = () => isoDay(ws.clock.now());
  /** The trajectory if the caller may see it; the audit entry names it. */
  const traject = async (ctx: TxContext, id: number): Promise<Trajectory> => {
    ctx.note({ objectType: 'mentortraject', objectId: id });
    return visibleTrajectory(ctx.manager, await scopeFor(ctx.manager, ctx.session), id);
  };
  const trajectoryView = async (ctx: TxContext, id: number) => {
    const scope = await scopeFor(ctx.manager, ctx.session);
    return buildTrajectoryView(ctx.manager, scope, await visibleTrajectory(ctx.manager, scope, id));
  };
  const mentorNote = (ctx: TxContext, id: number) => ctx.note({ objectType: 'mentor', objectId: id });

  return {
    'mentoring:settings': tx((_input, ctx) => mentoringSettings(ctx.manager)),
    'mentoring:save-settings': tx(async (input, ctx) => {
      ctx.note({ objectType: 'mentorproject', details: { targetPerYear: input.targetPerYear } });
      return saveMentoringSettings(ctx.manager, input);
    }),
    'mentoring:consultants': tx(async (_input, ctx) => {
      ctx.note({ objectType: 'mentorconsultant' });
      return (await ctx.manager.find(MentorConsultantEntity, { order: { naam: 'ASC' } })).map(
        ({ createdAt: _c, ...c }) => ({ ...c, active: Boolean(c.active) }),
      );
    }),
    'mentoring:save-consultant': tx(async (input, ctx) => {
      const { createdAt: _c, ...saved } = await saveConsultant(ctx.manager, input, actor(ctx));
      ctx.note({ objectType: 'mentorconsultant', objectId: saved.id });
      return { ...saved, active: Boolean(saved.active) };
    }),
    'mentoring:mentors': tx((input, ctx) => {
      ctx.note({ objectType: 'mentor' });
      return listMentors(ctx.manager, input);
    }),
    'mentoring:mentor': tx(async (input, ctx) => {
      mentorNote(ctx, input.id);
      return buildMentorView(ctx.manager, await scopeFor(ctx.manager, ctx.session), input.id);
    }),
    'mentoring:save-mentor': tx(async (input, ctx) => {
      const id = await saveMentor(ctx.manager, input, actor(ctx));
      mentorNote(ctx, id);
      return buildMentorView(ctx.manager, await scopeFor(ctx.manager, ctx.session), id);
    }),
    'mentoring:set-mentor-status': tx(async (input, ctx) => {
      mentorNote(ctx, input.id);
      const mentor = await mentorById(ctx.manager, input.id);
      await setMentorStatus(ctx.manager, mentor, input.status, input.datum, input.toelichting, actor(ctx));
      ctx.note({ details: { van: mentor.status, naar: input.status } });
      return buildMentorView(ctx.manager, await scopeFor(ctx.manager, ctx.session), input.id);
    }),
    'mentoring:trainings': tx(async (input, ctx) => {
      ctx.note({ objectType: 'training' });
      const sessions = await ctx.manager.find(TrainingSessionEntity, {
        where: yearRange(input.year),
        order: { datum: 'DESC', id: 'DESC' },
      });
      return trainingViews(ctx.manager, sessions);
    }),
    'mentoring:save-training': tx(async (input, ctx) => {
      const id = await saveTraining(ctx.manager, input, actor(ctx));
      ctx.note({ objectType: 'training', objectId: id, details: { aanwezigen: input.attendees.length } });
      const session = await ctx.manager.findOneByOrFail(TrainingSessionEntity, { id });
      return (await trainingViews(ctx.manager, [session]))[0]!;
    }),
    'trajectories:matches': tx(async (input, ctx) =>
      mentorMatches(ctx.manager, await traject(ctx, input.trajectoryId)),
    ),
    'trajectories:list': tx(async (input, ctx) => {
      ctx.note({ objectType: 'mentortraject' });
      const scope = await scopeFor(ctx.manager, ctx.session);
      if (!scope.regionIds.length) return [];
      const where: FindOptionsWhere<Trajectory> = {};
      if (input.status) where.status = input.status;
      if (input.mentorId) where.mentorId = input.mentorId;
      const rows = await ctx.manager.find(TrajectoryEntity, { where, order: { aanmeldDatum: 'DESC', id: 'DESC' } });
      return trajectorySummaries(ctx.manager, await visibleTrajectories(ctx.manager, scope, rows));
    }),
    'trajectories:get': tx(async (input, ctx) => {
      await traject(ctx, input.id);
      return trajectoryView(ctx, input.id);
    }),
    'trajectories:open': tx(async (input, ctx) => {
      const scope = await scopeFor(ctx.manager, ctx.session);
      const created = await openTrajectory(ctx.manager, scope, input, actor(ctx));
      ctx.note({ objectType: 'mentortraject', objectId: created.id, details: { bron: input.bron } });
      return trajectoryView(ctx, created.id);
    }),
    'trajectories:assign': tx(async (input, ctx) => {
      await assignMentor(ctx.manager, await traject(ctx, input.id), input, actor(ctx));
      ctx.note({ details: { mentor: input.mentorId } });
      return trajectoryView(ctx, input.id);
    }),
    'trajectories:set-status': tx(async (input, ctx) => {
      const found = await traject(ctx, input.id);
      await changeTrajectoryStatus(ctx.manager, found, input, actor(ctx));
      ctx.note({ details: { van: found.status, naar: input.to } });
      return trajectoryView(ctx, input.id);
    }),
    'trajectories:save-goals': tx(async (input, ctx) => {
      await saveGoals(ctx.manager, await traject(ctx, input.id), input.doelen, actor(ctx));
      return trajectoryView(ctx, input.id);
    }),
    'trajectories:add-contact': tx(async (input, ctx) => {
      await addContact(ctx.manager, await traject(ctx, input.trajectoryId), input, actor(ctx));
      return trajectoryView(ctx, input.trajectoryId);
    }),
    'trajectories:add-evaluation': tx(async (input, ctx) => {
      await addEvaluation(ctx.manager, await traject(ctx, input.trajectoryId), input, actor(ctx));
      return trajectoryView(ctx, input.trajectoryId);
    }),
    'trajectories:add-support': tx(async (input, ctx) => {
      await addSupport(ctx.manager, await traject(ctx, input.trajectoryId), input, actor(ctx));
      return trajectoryView(ctx, input.trajectoryId);
    }),
    'mentoring:activities': tx(async (input, ctx) => {
      ctx.note({ objectType: 'activiteit' });
      const rows = await ctx.manager.find(ActiviteitEntity, {
        where: yearRange(input.year),
        order: { datum: 'DESC', id: 'DESC' },
      });
      return rows.map(activityView);
    }),
    'mentoring:save-activity': tx(async (input, ctx) => {
      await assertRegion(ctx.manager, 'regionId', input.regionId);
      if (input.gemeenteId !== null) {
        const gemeente = await ctx.manager.findOne(GemeenteEntity, { where: { id: input.gemeenteId } });
        if (gemeente?.regionId !== input.regionId) throw invalid('gemeenteId', 'validation.gemeenteOutsideRegion');
      }
      const existing = input.id ? await ctx.manager.findOne(ActiviteitEntity, { where: { id: input.id } }) : null;
      if (input.id && !existing) throw new AppError('NOT_FOUND');
      const stamp = ws.clock.now().toISOString();
      const { id: _id, ...fields } = input;
      const saved = await ctx.manager.save(ActiviteitEntity, {
        ...(existing ?? { createdAt: stamp, accountId: actor(ctx).accountId }),
        ...fields,
        updatedAt: stamp,
      });
      ctx.note({ objectType: 'activiteit', objectId: saved.id });
      return activityView(saved);
    }),
    'mentoring:dashboard': tx((input, ctx) => {
      ctx.note({ objectType: 'mentorproject', details: { jaar: input.year } });
      return computeMentorDashboard(ctx.manager, input.year, today());
    }),
    'mentoring:export': plain(async (input, ctx) => {
      ctx.note({
        objectType: 'mentorproject',
        details: { van: input.fromYear, tot: input.toYear, formaat: input.format },
      });
      const facts = await ctx.read((manager) => trajectoryFacts(manager));
      const records = anonymise(facts, { from: `${input.fromYear}-01-01`, to: `${input.toYear}-12-31` }, today());
      ctx.note({
        details: { van: input.fromYear, tot: input.toYear, formaat: input.format, trajecten: records.length },
      });
      const heading = formatMessage('nl', 'mentorExport.heading', { from: input.fromYear, to: input.toYear });
      const base = `cter-mentortrajecten-${input.fromYear}-${input.toYear}`;
      if (input.format === 'xlsx') {
        const saved = await ws.platform.files.saveAs(`${base}.xlsx`, await datasetXlsx(records, heading), 'xlsx');
        return { saved: saved.saved, fileName: saved.fileName ?? null, codebookFileName: saved.fileName ?? null };
      }
      const data = await ws.platform.files.saveAs(`${base}.csv`, datasetCsv(records), 'csv');
      if (!data.saved) return { saved: false, fileName: null, codebookFileName: null };
      // CSV holds one table: the codebook goes into a file of its own next to the data.
      const book = await ws.platform.files.saveAs(`${base}-codeboek.csv`, codebookCsv(heading, records), 'csv');
      return { saved: true, fileName: data.fileName ?? null, codebookFileName: book.fileName ?? null };
    }),
  };
}
