// Handlers for mentoring:* (the mentor project: mentors, trainings, activities, consultants,
// settings, dashboard and export). Mentors, trainings and activities are the project's own (one
// pool for the province); a young person's trajectory is in trajectories/. Audit notes name the
// object, never a person: a mentor by its id.
import { Between } from 'typeorm';
import { isoDay } from '../../../src-shared/domain/format';
import type { ActivityView } from '../../../src-shared/ipc/mentoring';
import { formatMessage } from '../../../src-shared/i18n/messages';
import { AppError } from '../../../src-shared/ipc/errors';
import type { Clock } from '../clock';
import {
  ActiviteitEntity,
  MentorConsultantEntity,
  TrainingSessionEntity,
  type Activiteit,
} from '../db/entities/mentoring';
import { GemeenteEntity } from '../db/entities/reference';
import { scopeFor } from '../access/access';
import { actorOf, plain, scopeOf, tx, type Handlers, type TxContext } from '../handlers';
import type { Platform } from '../platform';
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
import { buildMentorView, listMentors, trainingViews } from './views';

type MentoringChannel = Extract<keyof Handlers, `mentoring:${string}`>;

const yearRange = (year: number | null) => (year ? { datum: Between(`${year}-01-01`, `${year}-12-31`) } : {});

const activityView = ({ accountId: _a, createdAt: _c, updatedAt: _u, ...view }: Activiteit): ActivityView => view;

export function mentoringHandlers({
  clock,
  platform,
}: {
  clock: Clock;
  platform: Platform;
}): Pick<Handlers, MentoringChannel> {
  const actor = (ctx: TxContext) => actorOf(ctx, clock);
  const today = () => isoDay(clock.now());
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
      return buildMentorView(ctx.manager, await scopeOf(ctx), input.id);
    }),
    'mentoring:save-mentor': tx(async (input, ctx) => {
      const id = await saveMentor(ctx.manager, input, actor(ctx));
      mentorNote(ctx, id);
      return buildMentorView(ctx.manager, await scopeOf(ctx), id);
    }),
    'mentoring:set-mentor-status': tx(async (input, ctx) => {
      mentorNote(ctx, input.id);
      const mentor = await mentorById(ctx.manager, input.id);
      await setMentorStatus(ctx.manager, mentor, input.status, input.datum, input.toelichting, actor(ctx));
      ctx.note({ details: { van: mentor.status, naar: input.status } });
      return buildMentorView(ctx.manager, await scopeOf(ctx), input.id);
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
      const stamp = clock.now().toISOString();
      const { id: _id, ...fields } = input;
      const saved = await ctx.manager.save(ActiviteitEntity, {
        ...(existing ?? { createdAt: stamp, accountId: actor(ctx).accountId }),
        ...fields,
        updatedAt: stamp,
      });
      ctx.note({ objectType: 'activiteit', objectId: saved.id });
      return activityView(saved);
    }),
    'mentoring:dashboard': tx(async (input, ctx) => {
      ctx.note({ objectType: 'mentorproject', details: { jaar: input.year } });
      return computeMentorDashboard(ctx.manager, await scopeOf(ctx), input.year, today());
    }),
    'mentoring:export': plain(async (input, ctx) => {
      ctx.note({
        objectType: 'mentorproject',
        details: { van: input.fromYear, tot: input.toYear, formaat: input.format },
      });
      const facts = await ctx.read(async (manager) => trajectoryFacts(manager, await scopeFor(manager, ctx.session)));
      const records = anonymise(facts, { from: `${input.fromYear}-01-01`, to: `${input.toYear}-12-31` }, today());
      ctx.note({
        details: { van: input.fromYear, tot: input.toYear, formaat: input.format, trajecten: records.length },
      });
      const heading = formatMessage('nl', 'mentorExport.heading', { from: input.fromYear, to: input.toYear });
      const base = `cter-mentortrajecten-${input.fromYear}-${input.toYear}`;
      if (input.format === 'xlsx') {
        const saved = await platform.files.saveAs(`${base}.xlsx`, await datasetXlsx(records, heading), 'xlsx');
        return { saved: saved.saved, fileName: saved.fileName ?? null, codebookFileName: saved.fileName ?? null };
      }
      const data = await platform.files.saveAs(`${base}.csv`, datasetCsv(records), 'csv');
      if (!data.saved) return { saved: false, fileName: null, codebookFileName: null };
      // CSV holds one table: the codebook goes into a file of its own next to the data.
      const book = await platform.files.saveAs(`${base}-codeboek.csv`, codebookCsv(heading, records), 'csv');
      return { saved: true, fileName: data.fileName ?? null, codebookFileName: book.fileName ?? null };
    }),
  };
}
