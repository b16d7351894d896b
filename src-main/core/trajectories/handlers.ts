// Handlers for trajectories:* (a young person's mentor trajectory: opening, matching, status,
// goals, contact, evaluation and support moments). Trajectories concern a mentee and are scoped to
// the caller's ZVH regions like cases; one opened from a casus follows that casus's need-to-know
// (access/trajectories.ts). Audit notes name the trajectory by its id, never a person.
import type { FindOptionsWhere } from 'typeorm';
import { visibleTrajectories, visibleTrajectory } from '../access/trajectories';
import type { Clock } from '../clock';
import { TrajectoryEntity, type Trajectory } from '../db/entities/mentoring';
import { actorOf, scopeOf, tx, type Handlers, type TxContext } from '../handlers';
import {
  addContact,
  addEvaluation,
  addSupport,
  assignMentor,
  changeTrajectoryStatus,
  mentorMatches,
  openTrajectory,
  saveGoals,
} from './trajectory-service';
import { buildTrajectoryView, trajectorySummaries } from './views';

type TrajectoryChannel = Extract<keyof Handlers, `trajectories:${string}`>;

export function trajectoryHandlers({ clock }: { clock: Clock }): Pick<Handlers, TrajectoryChannel> {
  const actor = (ctx: TxContext) => actorOf(ctx, clock);
  /** The trajectory if the caller may see it; the audit entry names it. */
  const traject = async (ctx: TxContext, id: number): Promise<Trajectory> => {
    ctx.note({ objectType: 'mentortraject', objectId: id });
    return visibleTrajectory(ctx.manager, await scopeOf(ctx), id);
  };
  const trajectoryView = async (ctx: TxContext, id: number) => {
    const scope = await scopeOf(ctx);
    return buildTrajectoryView(ctx.manager, scope, await visibleTrajectory(ctx.manager, scope, id));
  };

  return {
    'trajectories:matches': tx(async (input, ctx) =>
      mentorMatches(ctx.manager, await traject(ctx, input.trajectoryId)),
    ),
    'trajectories:list': tx(async (input, ctx) => {
      ctx.note({ objectType: 'mentortraject' });
      const scope = await scopeOf(ctx);
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
      const scope = await scopeOf(ctx);
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
      await saveGoals(ctx.manager, await traject(ctx, input.id), input.doelen, input.version, actor(ctx));
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
  };
}
