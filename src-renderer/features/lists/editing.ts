// Pure helpers of the list and region editors: rows with a stable key (so focus and React state
// follow a row when it moves), moving, the input core expects, and checking it before it is sent.
import type { z } from 'zod';
import type { DecisionEffect } from '../../../src-shared/domain/casus';
import { contract } from '../../../src-shared/ipc/contract';
import type { FieldError } from '../../../src-shared/ipc/errors';
import type { ListName, ListValue, ReferenceData } from '../../../src-shared/ipc/lists';
import { fieldErrors } from '../../../src-shared/ipc/validation';

export interface ValueRow {
  key: string;
  /** Absent for a value added here; core gives it a code from its label. */
  code?: string;
  label: string;
  active: boolean;
  effect: DecisionEffect | null;
}

export interface GemeenteRow {
  key: string;
  id?: number;
  name: string;
}

export interface RegionRow {
  key: string;
  id?: number;
  name: string;
  gemeenten: GemeenteRow[];
}

let counter = 0;
/** A key for a row added on screen. */
export function newKey(prefix: string): string {
  counter += 1;
  return `${prefix}-nieuw-${counter}`;
}

/** The list with the item at `from` moved to `to` (both within bounds). */
export function move<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function valueRows(values: readonly ListValue[]): ValueRow[] {
  return values.map((value) => ({ key: value.code, ...value }));
}

export function valuesInput(rows: readonly ValueRow[]) {
  return rows.map((row) => ({
    ...(row.code ? { code: row.code } : {}),
    label: row.label,
    active: row.active,
    effect: row.effect,
  }));
}

export function regionRows(data: ReferenceData): RegionRow[] {
  return data.regions.map((region) => ({
    key: `regio-${region.id}`,
    id: region.id,
    name: region.name,
    gemeenten: data.gemeenten
      .filter((g) => g.regionId === region.id)
      .map((g) => ({ key: `gemeente-${g.id}`, id: g.id, name: g.name })),
  }));
}

export function regionsInput(rows: readonly RegionRow[]) {
  return rows.map((region) => ({
    ...(region.id ? { id: region.id } : {}),
    name: region.name,
    gemeenten: region.gemeenten.map((g) => ({ ...(g.id ? { id: g.id } : {}), name: g.name })),
  }));
}

/** Moves a municipality to another region (at the end of its list). */
export function moveGemeente(rows: readonly RegionRow[], gemeenteKey: string, toRegionKey: string): RegionRow[] {
  const gemeente = rows.flatMap((r) => r.gemeenten).find((g) => g.key === gemeenteKey);
  if (!gemeente) return [...rows];
  return rows.map((region) => {
    const without = region.gemeenten.filter((g) => g.key !== gemeenteKey);
    return { ...region, gemeenten: region.key === toRegionKey ? [...without, gemeente] : without };
  });
}

type Errors = Record<string, FieldError>;

function schemaErrors(schema: z.ZodType, value: unknown): Errors {
  const result = schema.safeParse(value);
  return result.success ? {} : fieldErrors(result.error);
}

/** Marks every name an earlier one already uses (case and surrounding spaces ignored), as core does. */
function markDuplicates(names: readonly { field: string; name: string }[], errors: Errors): void {
  const seen = new Set<string>();
  for (const { field, name } of names) {
    const normal = name.trim().toLocaleLowerCase('nl');
    if (!normal) continue;
    if (seen.has(normal)) errors[field] ??= { key: 'validation.duplicateName' };
    seen.add(normal);
  }
}

/**
 * What is wrong with a list before it is sent: the contract's rules, plus what core would refuse
 * only as a whole (a besluit without its effect) or would let through (two values with one label).
 */
export function listErrors(list: ListName, rows: readonly ValueRow[]): Errors {
  const errors = schemaErrors(contract['lists:save'].input, { list, values: valuesInput(rows) });
  rows.forEach((row, index) => {
    if (list === 'besluit' && !row.effect) errors[`values.${index}.effect`] ??= { key: 'validation.required' };
  });
  markDuplicates(
    rows.map((row, index) => ({ field: `values.${index}.label`, name: row.label })),
    errors,
  );
  return errors;
}

/** What is wrong with the regions before they are sent; core refuses duplicates only as a whole. */
export function regionErrors(rows: readonly RegionRow[]): Errors {
  const errors = schemaErrors(contract['lists:save-regions'].input, { regions: regionsInput(rows) });
  // An empty name is "required", not "use at least 2 characters".
  rows.forEach((region, r) => {
    if (!region.name.trim()) errors[`regions.${r}.name`] = { key: 'validation.required' };
    region.gemeenten.forEach((gemeente, g) => {
      if (!gemeente.name.trim()) errors[`regions.${r}.gemeenten.${g}.name`] = { key: 'validation.required' };
    });
  });
  markDuplicates(
    rows.map((region, r) => ({ field: `regions.${r}.name`, name: region.name })),
    errors,
  );
  // Municipality names are unique over all regions.
  markDuplicates(
    rows.flatMap((region, r) =>
      region.gemeenten.map((gemeente, g) => ({ field: `regions.${r}.gemeenten.${g}.name`, name: gemeente.name })),
    ),
    errors,
  );
  return errors;
}
