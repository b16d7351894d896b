// Optimistic concurrency for the records two people edit (casus, plan actions, monitoring, a
// meeting and its agenda, minutes items, questionnaires and rounds, mentors, trajectories). Such a
// row has a `version`, raised by one on every save, and `updated_by`, the account that saved last.
// A form sends the version it loaded; the save is one
//   UPDATE … SET …, version = version + 1, updated_by = ? WHERE id = ? AND version = ?
// and a row count of 0 means someone saved in between: the save is refused with STALE_VERSION,
// never silently overwritten. The statement is TypeORM's update query builder (it maps properties
// to columns and JSON columns to text on both engines, and reports the affected rows on both). On
// PostgreSQL in a transaction its text is sent as a statement kept per connection (`keptWrite`,
// db/kept.ts): parsed and planned once per connection instead of on every save; with
// `sendWithNext`, in the same message as the transaction's next statements (a save that reads
// afterwards: one round trip fewer), checked when its answer comes.
import type { EntityManager, EntitySchema, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import { AccountEntity } from './entities/account';
import { dialectOf, fromRendered } from './sql';
import { keepsStatements, keptWrite, sendWithNext } from './kept';

export interface Versioned extends ObjectLiteral {
  id: number;
  version: number;
  updatedBy: number | null;
}

/** Who saves: the account (null for a system task). */
export interface Saver {
  accountId: number | null;
}

/**
 * Writes `changes` to row `id` when it is still at `expected`, raises its version and records the
 * saver; answers the new version. `expected` undefined: a caller without a form (a script, the
 * CLI, a system task) — the row is written as it is and its version still raised, so a form that
 * loaded it before is refused afterwards.
 *
 * `compare` names the fields of the form and the values the caller is saving; on a refusal the
 * error lists the fields whose stored value differs (`stored` gives the stored value of a field
 * that is not a column of the row, e.g. a list kept in another table).
 */
export async function saveVersioned<T extends Versioned>(
  manager: EntityManager,
  entity: EntitySchema<T>,
  id: number,
  expected: number | undefined,
  changes: QueryDeepPartialEntity<T>,
  saver: Saver,
  compare: StaleCompare<T>,
  options: { sendWithNext?: boolean } = {},
): Promise<number> {
  const update = manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1', updatedBy: saver.accountId } as QueryDeepPartialEntity<T>)
    .where('id = :id', { id });
  if (expected !== undefined) update.andWhere('version = :expected', { expected });
  const refusal = () => refusalOf(manager, entity, id, compare);
  if (expected !== undefined && options.sendWithNext) {
    // Its round trip saved: it goes with whatever the transaction sends next (db/kept.ts).
    const [text, params] = update.getQueryAndParameters();
    const check = async (affected: number) => {
      if (affected !== 1) throw await refusal();
    };
    if (sendWithNext(manager, fromRendered(text, params, dialectOf(manager)), check)) return expected + 1;
  }
  const affected = await updated(manager, update);
  if (affected === 1) {
    if (expected !== undefined) return expected + 1;
    const row = await manager.findOne(entity, { where: { id } as never });
    return (row as T | null)?.version ?? 1;
  }
  throw await refusal();
}

/** Why a save of row `id` changed nothing: NOT_FOUND when it is gone, else STALE_VERSION. */
async function refusalOf<T extends Versioned>(
  manager: EntityManager,
  entity: EntitySchema<T>,
  id: number,
  compare: StaleCompare<T>,
): Promise<AppError> {
  const current = (await manager.findOne(entity, { where: { id } as never })) as T | null;
  if (!current) return new AppError('NOT_FOUND');
  return staleError(manager, current, compare);
}

/** The rows an UPDATE changed: kept per connection on PostgreSQL in a transaction, else TypeORM's execute. */
async function updated(
  manager: EntityManager,
  update: { getQueryAndParameters(): [string, unknown[]]; execute(): Promise<{ affected?: number | null }> },
): Promise<number> {
  if (keepsStatements(manager)) {
    const [text, params] = update.getQueryAndParameters();
    const kept = await keptWrite(manager, fromRendered(text, params, dialectOf(manager)));
    if (kept) return kept.affected;
  }
  return (await update.execute()).affected ?? 0;
}

/** Raises the version of a row another change touched (a status move), so open forms reload. */
export async function bumpVersion<T extends Versioned>(
  manager: EntityManager,
  entity: EntitySchema<T>,
  id: number,
  saver: Saver,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(entity)
    .set({ version: () => 'version + 1', updatedBy: saver.accountId } as QueryDeepPartialEntity<T>)
    .where('id = :id', { id })
    .execute();
}

/** The form's fields and what the caller saves, to name the fields that differ on a refusal. */
export interface StaleCompare<T> {
  wanted: Record<string, unknown>;
  /** Stored values of fields that are not columns of the row (a list kept in another table). */
  stored?: (row: T) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** When the row was saved last, where it has no `updatedAt`. */
  savedAt?: (row: T) => string | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * STALE_VERSION with who saved last (display name, or empty for a system task), when (ISO), the
 * current version and the form's fields whose stored value differs from what the caller saves (a
 * comma-separated list of field names; the form has their labels). No stored value itself is
 * sent: the caller reloads the record to see them, through the same access rules as always.
 */
export async function staleError<T extends Versioned>(
  manager: EntityManager,
  current: T,
  compare: StaleCompare<T>,
): Promise<AppError> {
  const extra = compare.stored ? await compare.stored(current) : {};
  const fields = Object.entries(compare.wanted)
    .filter(([field, value]) => !same(field in extra ? extra[field] : current[field], value))
    .map(([field]) => field);
  const saver =
    current.updatedBy === null ? null : await manager.findOne(AccountEntity, { where: { id: current.updatedBy } });
  const savedAt = (compare.savedAt ? compare.savedAt(current) : (current.updatedAt as string | null)) ?? '';
  return new AppError('STALE_VERSION', {
    savedBy: saver?.displayName ?? '',
    savedAt,
    version: current.version,
    fields: fields.join(','),
  });
}
