// Handlers for retention:* (beheerder).
import { destructionConfirmation } from '../../../src-shared/ipc/retention';
import { AppError } from '../../../src-shared/ipc/errors';
import { isoDay } from '../../../src-shared/domain/format';
import { plain, tx, type Handlers } from '../handlers';
import type { CaseSearch } from '../search/case-search';
import { deleteCopies, knownCopies } from '../backup/copies';
import type { WorkspaceParts } from '../workspace';
import { asSystem } from '../access/row-security';
import { countDueCases, destroyCases, dueCases } from './retention-service';
import { countDueTrajectories, destroyTrajectories, dueTrajectories } from './trajectory-retention';

export function retentionHandlers({
  clock,
  db,
  vaultState,
  search,
}: Pick<WorkspaceParts, 'clock' | 'db' | 'vaultState'> & { search: CaseSearch }): Pick<
  Handlers,
  | 'retention:due'
  | 'retention:due-trajectories'
  | 'retention:due-count'
  | 'retention:destroy'
  | 'retention:copies'
  | 'retention:delete-copies'
> {
  return {
    'retention:due': tx(async (_input, ctx) => {
      ctx.note({ objectType: 'bewaartermijn' });
      return asSystem(ctx.manager, 'retention', () => dueCases(ctx.manager, clock.now()));
    }),
    'retention:due-trajectories': tx(async (_input, ctx) => {
      ctx.note({ objectType: 'bewaartermijn' });
      return dueTrajectories(ctx.manager, clock.now());
    }),
    'retention:due-count': tx(async (_input, ctx) => ({
      cases: await asSystem(ctx.manager, 'retention', () => countDueCases(ctx.manager, clock.now())),
      trajectories: await countDueTrajectories(ctx.manager, clock.now()),
    })),
    'retention:copies': plain((_input, ctx) => {
      ctx.note({ objectType: 'kopieen' });
      return { today: isoDay(clock.now()), copies: knownCopies(vaultState.databasePath()) };
    }),
    'retention:delete-copies': plain((input, ctx) => {
      const deleted = deleteCopies(vaultState.databasePath(), input.ids);
      ctx.note({ objectType: 'kopieen', details: { deleted } });
      return { deleted };
    }),
    'retention:destroy': plain(async (input, ctx) => {
      const ids = [...new Set(input.caseIds)];
      const trajectoryIds = [...new Set(input.trajectoryIds)];
      if (input.confirmation.trim() !== destructionConfirmation(ids.length + trajectoryIds.length))
        throw new AppError('DESTRUCTION_CONFIRMATION');
      // The audit entry names how much, never whom.
      const result = await ctx.commit(async (manager) =>
        asSystem(manager, 'retention', async () => {
          const now = clock.now();
          const done = ids.length
            ? await destroyCases(manager, search, ids, now)
            : { cases: 0, persons: 0, records: 0, trajectories: 0 };
          done.trajectories += await destroyTrajectories(manager, trajectoryIds, now);
          ctx.note({ objectType: 'vernietiging', details: done });
          return done;
        }),
      );
      // Outside the transaction: give freed pages back and empty the write-ahead log. (On
      // PostgreSQL that is autovacuum's job, and the DBA's.)
      const { database } = db.requireOpen();
      if (database.engine === 'sqlcipher') {
        await db.queue.run(async () => {
          database.handle.pragma('incremental_vacuum');
          database.handle.pragma('wal_checkpoint(TRUNCATE)');
        });
      }
      return result;
    }),
  };
}
