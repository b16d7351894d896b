// The configurable lists and the regions, read for forms and checked on every write that uses a
// code: a signal can only carry an ideology, severity, source or partner that exists.
import type { EntityManager } from 'typeorm';
import type { DecisionEffect } from '../../../src-shared/domain/casus';
import { AppError, type FieldError } from '../../../src-shared/ipc/errors';
import { LIST_NAMES, type ListName, type ListValue, type ReferenceData } from '../../../src-shared/ipc/lists';
import { GemeenteEntity, ListValueEntity, ZvhRegionEntity } from '../db/entities/reference';
import { asSystem } from '../access/row-security';
import { query } from '../db/sql';
import { codeFromLabel } from './codes';
import { usesOfGemeente, usesOfRegion } from './queries';

export async function referenceData(manager: EntityManager): Promise<ReferenceData> {
  const values = await manager.find(ListValueEntity, { order: { list: 'ASC', sort: 'ASC' } });
  const regions = await manager.find(ZvhRegionEntity, { order: { name: 'ASC' } });
  const gemeenten = await manager.find(GemeenteEntity);
  const lists = Object.fromEntries(LIST_NAMES.map((name) => [name, [] as ListValue[]])) as Record<
    ListName,
    ListValue[]
  >;
  for (const value of values) {
    lists[value.list as ListName]?.push({
      code: value.code,
      label: value.label,
      active: value.active,
      effect: (value.effect as DecisionEffect | null) ?? null,
    });
  }
  return {
    lists,
    regions: regions.map(({ id, name }) => ({ id, name })),
    gemeenten: gemeenten
      .map(({ id, name, regionId }) => ({ id, name, regionId }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}

/**
 * Throws UNKNOWN_CODE (with the fields) unless every code exists and is active in its list. One
 * statement for all the checks (a round trip each on PostgreSQL otherwise: a casus save with two
 * partners, a signal with four codes).
 */
export async function assertCodes(manager: EntityManager, checks: { field: string; list: ListName; code: string }[]) {
  if (!checks.length) return;
  const found = await manager.find(ListValueEntity, {
    where: checks.map(({ list, code }) => ({ list, code })),
  });
  refuseUnknownCodes(checks, found);
}

/**
 * assertCodes on list values already read (a caller that reads them together with other rows):
 * every check whose code is not an active value of its list is refused, named by its field.
 */
export function refuseUnknownCodes(
  checks: { field: string; list: ListName; code: string }[],
  found: readonly { list: string; code: string; active: boolean | number }[],
) {
  const fields: Record<string, FieldError> = {};
  const active = new Set(found.filter((value) => value.active).map((value) => `${value.list}\u0000${value.code}`));
  for (const check of checks) {
    if (!active.has(`${check.list}\u0000${check.code}`)) fields[check.field] = { key: 'validation.invalidChoice' };
  }
  if (Object.keys(fields).length) throw new AppError('UNKNOWN_CODE', undefined, fields);
}

export async function listValue(manager: EntityManager, list: ListName, code: string) {
  const found = await manager.findOne(ListValueEntity, { where: { list, code } });
  if (!found) throw new AppError('UNKNOWN_CODE');
  return found;
}

/**
 * Saves one list as the beheerder edited it: labels, order, active flags, decision effects, and
 * new values (which get a code from their label). A value that is left out is deactivated, not
 * deleted: old records keep their meaning and the figures stay comparable.
 */
export async function saveList(
  manager: EntityManager,
  list: ListName,
  values: { code?: string | undefined; label: string; active: boolean; effect: DecisionEffect | null }[],
): Promise<ListValue[]> {
  const existing = await manager.find(ListValueEntity, { where: { list } });
  const byCode = new Map(existing.map((value) => [value.code, value]));
  const taken = new Set(byCode.keys());
  const kept = new Set<string>();
  for (const [sort, value] of values.entries()) {
    if (list === 'besluit' && !value.effect) {
      throw new AppError('INVALID_INPUT', undefined, { [`values.${sort}.effect`]: { key: 'validation.required' } });
    }
    const current = value.code ? byCode.get(value.code) : undefined;
    if (value.code && !current) throw new AppError('UNKNOWN_CODE');
    const code = current?.code ?? codeFromLabel(value.label, taken, 'waarde');
    kept.add(code);
    await manager.save(ListValueEntity, {
      ...(current ?? {}),
      list,
      code,
      label: value.label,
      sort,
      active: value.active,
      effect: list === 'besluit' ? value.effect : null,
    });
  }
  for (const value of existing) {
    if (!kept.has(value.code))
      await manager.save(ListValueEntity, { ...value, active: false, sort: 1000 + value.sort });
  }
  return (await referenceData(manager)).lists[list];
}

export interface RegionEdit {
  id?: number | undefined;
  name: string;
  gemeenten: { id?: number | undefined; name: string }[];
}

/** Saves regions and municipalities as edited; removes only what nothing refers to. */
export async function saveRegions(manager: EntityManager, edits: RegionEdit[]): Promise<ReferenceData> {
  const regionNames = edits.map((edit) => edit.name.toLowerCase());
  const gemeenteNames = edits.flatMap((edit) => edit.gemeenten.map((g) => g.name.toLowerCase()));
  if (new Set(regionNames).size !== regionNames.length || new Set(gemeenteNames).size !== gemeenteNames.length) {
    throw new AppError('INVALID_INPUT', undefined, { regions: { key: 'validation.duplicateName' } });
  }
  // A new entry with the name of an existing one is that one: saving twice changes nothing.
  const existingRegions = await manager.find(ZvhRegionEntity);
  const existingGemeenten = await manager.find(GemeenteEntity);
  const idOf = (rows: { id: number; name: string }[], name: string) =>
    rows.find((row) => row.name.toLowerCase() === name.toLowerCase())?.id;
  const plan = edits.map((edit) => ({
    id: edit.id ?? idOf(existingRegions, edit.name),
    name: edit.name,
    gemeenten: edit.gemeenten.map((g) => ({ id: g.id ?? idOf(existingGemeenten, g.name), name: g.name })),
  }));
  // Names may move between rows (a rename into a name another row gives up): park every kept row
  // under a unique temporary name first, so the UNIQUE constraints never see a name twice.
  for (const region of plan) {
    if (region.id) await manager.update(ZvhRegionEntity, { id: region.id }, { name: `~herbenoemen~${region.id}` });
    for (const gemeente of region.gemeenten) {
      if (gemeente.id)
        await manager.update(GemeenteEntity, { id: gemeente.id }, { name: `~herbenoemen~${gemeente.id}` });
    }
  }
  const keptRegions = new Set<number>();
  const keptGemeenten = new Set<number>();
  for (const edit of plan) {
    const region = await manager.save(
      ZvhRegionEntity,
      edit.id ? { id: edit.id, name: edit.name } : { name: edit.name },
    );
    keptRegions.add(region.id);
    for (const gemeente of edit.gemeenten) {
      const saved = await manager.save(
        GemeenteEntity,
        gemeente.id
          ? { id: gemeente.id, name: gemeente.name, regionId: region.id }
          : { name: gemeente.name, regionId: region.id },
      );
      keptGemeenten.add(saved.id);
    }
  }
  for (const gemeente of await manager.find(GemeenteEntity)) {
    if (keptGemeenten.has(gemeente.id)) continue;
    const [used] = await query<{ n: number | string }>(manager, usesOfGemeente(gemeente.id));
    if (Number(used?.n) > 0) throw new AppError('REFERENCE_IN_USE', { name: gemeente.name });
    await manager.delete(GemeenteEntity, { id: gemeente.id });
  }
  for (const region of await manager.find(ZvhRegionEntity)) {
    if (keptRegions.has(region.id)) continue;
    const [used] = await asSystem(manager, 'regionInUse', () =>
      query<{ n: number | string }>(manager, usesOfRegion(region.id)),
    );
    if (Number(used?.n) > 0) throw new AppError('REFERENCE_IN_USE', { name: region.name });
    await manager.delete(ZvhRegionEntity, { id: region.id });
  }
  return referenceData(manager);
}
