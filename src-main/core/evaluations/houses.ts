// Evaluation rounds per house (issue 18 point 7: several ZVHs on one server). A round is for one
// house, a ZVH region (`eval_round.region_id`), or for every house (NULL, province-wide; every
// round made before migration 0033). Need-to-know between houses, written once here:
// - an account of a house reads a round when it is for every house or for one of its regions
//   (`roundVisibleSql`); any other round does not exist for it (NOT_FOUND, nothing revealed);
// - the provincial coordinator reads every house's rounds, but only in the disclosure-controlled
//   form (province.ts), and never a response, a kiosk or anything editable (permissions.ts).
// The region half of the rule is access/access.ts `inRegionsSql`, the one used for cases.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import type { RoundHouses } from '../../../src-shared/ipc/evaluations';
import { inRegionsSql, scopeFor, type AccessScope } from '../access/access';
import { ZvhRegionEntity } from '../db/entities/reference';
import { query, raw, render, sql, type Sql } from '../db/sql';
import type { OpenSession } from '../workspace';

export interface RoundReader {
  scope: AccessScope;
  /** The provincial coordinator: every house's rounds, in the disclosure-controlled form only. */
  province: boolean;
}

/**
 * Who reads. `province` only for a channel the coordinator may use and an account holding that
 * role; the channels that edit, or read responses, pass `false`: they follow the house's rule.
 */
export async function readerOf(
  manager: EntityManager,
  session: OpenSession | null,
  province: boolean,
): Promise<RoundReader> {
  const scope = await scopeFor(manager, session);
  return { scope, province: province && session!.user.roles.includes('coordinator') };
}

/** A round under `alias` is one the reader may read: for every house, or for one of its regions. */
export function roundVisibleSql(reader: RoundReader, alias: string): Sql {
  if (reader.province) return sql`1 = 1`;
  // inRegionsSql checks the alias before it goes into the text.
  const inRegions = inRegionsSql(reader.scope, alias);
  return sql`(${raw(alias)}.region_id IS NULL OR ${inRegions})`;
}

/** Throws NOT_FOUND unless the round exists and the reader may read it. */
export async function checkRound(manager: EntityManager, reader: RoundReader, roundId: number): Promise<void> {
  const found = await query<{ id: number }>(
    manager,
    sql`SELECT r.id AS "id" FROM eval_round r WHERE r.id = ${roundId} AND ${roundVisibleSql(reader, 'r')}`,
  );
  if (!found.length) throw new AppError('NOT_FOUND');
}

/** The houses the account may make a round for, in name order; `everyHouse` when it holds them all. */
export async function roundHouses(manager: EntityManager, scope: AccessScope): Promise<RoundHouses> {
  const all = await manager.find(ZvhRegionEntity, { order: { name: 'ASC' } });
  return {
    houses: all.filter((r) => scope.regionIds.includes(r.id)).map((r) => ({ id: r.id, naam: r.name })),
    everyHouse: all.every((r) => scope.regionIds.includes(r.id)),
  };
}

/**
 * The house a round is saved for. `wanted` undefined: the account's only region, or every house
 * for an account that holds every region (as every round was before houses). A region must be one
 * of the account's; every house (null) only for an account holding every region.
 */
export async function houseFor(
  manager: EntityManager,
  scope: AccessScope,
  wanted: number | null | undefined,
): Promise<number | null> {
  const all = (await manager.find(ZvhRegionEntity, { select: { id: true } })).map((r) => r.id);
  const everyRegion = all.every((id) => scope.regionIds.includes(id));
  const refuse = (key: string) => {
    throw new AppError('INVALID_INPUT', undefined, { regionId: { key } });
  };
  if (wanted === undefined) {
    if (everyRegion) return null;
    if (scope.regionIds.length === 1) return scope.regionIds[0]!;
    return refuse(scope.regionIds.length ? 'evaluations.house.choose' : 'evaluations.house.none');
  }
  if (wanted === null) return everyRegion ? null : refuse('evaluations.house.allNotAllowed');
  return scope.regionIds.includes(wanted) ? wanted : refuse('evaluations.house.notYours');
}

/** The same rule for a query builder on eval_round under `alias`, its values as named parameters. */
export function roundVisibleWhere(
  reader: RoundReader,
  alias: string,
): { text: string; params: Record<string, unknown> } {
  const { text, params } = render(roundVisibleSql(reader, alias), 'postgres');
  const name = (n: string) => `house_${alias}_${n}`;
  return {
    text: text.replace(/\$(\d+)/g, (_, n: string) => `:${name(n)}`),
    params: Object.fromEntries(params.map((value, index) => [name(String(index + 1)), value])),
  };
}
