// The human name of an audit entry's object (issue 21 item 1): what the officer who checks the log
// reads instead of "casus 293". Written into the row when the entry is appended, in the same
// transaction (audit-log.ts), so the name survives the object's destruction; read afresh for rows
// written before 0024 (entry-views.ts). One query per object type, however many rows.
//
// No personal data, ever: the audit log outlives the destruction of a casus (docs/disclosure.md).
// A casus is named by its casusnummer, a person by the casusnummers of their casussen (never their
// name), a meeting by its title and date, an account by its display name (staff, not betrokkenen),
// a questionnaire, round or covenant version by its title, a trajectory by its code. A mentor, a
// mentorconsultant or an activity has no label: their names are volunteers' and free text.
import type { EntityManager } from 'typeorm';
import { asSystem } from '../access/row-security';
import { list, query, sql, type Sql } from '../db/sql';

/** What an entry is about, as stored. */
export interface ObjectRef {
  objectType: string | null;
  objectId: string | null;
}

/** The longest label kept (a meeting's title is typed by people). */
export const LABEL_MAX = 160;

type Row = { id: number | string; label: string | null; extra?: string | null };

/** "2026-12-07" -> "07-12-2026": the one date form of the Dutch screens, the same in every language. */
function day(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return match ? `${match[3]}-${match[2]}-${match[1]}` : '';
}

interface Resolver {
  rows(ids: readonly number[]): Sql;
  /** Reads a table under row security (PostgreSQL): by the system path `auditLabels`, in every region. */
  covered?: boolean;
  /** Several rows per id (a person with more than one casus) are joined in order. */
  label(row: Row): string | null;
}

const byColumn = (rows: (ids: readonly number[]) => Sql): Resolver => ({ rows, label: (row) => row.label });

/** Per object type (as the handlers note them), how its label is read. */
const RESOLVERS: Readonly<Record<string, Resolver>> = {
  casus: {
    ...byColumn((ids) => sql`SELECT id AS "id", number AS "label" FROM casus WHERE id IN ${list(ids)}`),
    covered: true,
  },
  persoon: {
    ...byColumn(
      (ids) =>
        sql`SELECT person_id AS "id", number AS "label" FROM casus WHERE person_id IN ${list(ids)} ORDER BY number`,
    ),
    covered: true,
  },
  overleg: {
    rows: (ids) => sql`SELECT id AS "id", title AS "label", datum AS "extra" FROM meeting WHERE id IN ${list(ids)}`,
    label: (row) => [row.label, day(row.extra)].filter(Boolean).join(', ') || null,
  },
  account: byColumn((ids) => sql`SELECT id AS "id", display_name AS "label" FROM account WHERE id IN ${list(ids)}`),
  expert: byColumn((ids) => sql`SELECT id AS "id", display_name AS "label" FROM account WHERE id IN ${list(ids)}`),
  vragenlijst: {
    rows: (ids) =>
      sql`SELECT id AS "id", titel AS "label", CAST(versie AS text) AS "extra" FROM eval_template WHERE id IN ${list(ids)}`,
    label: (row) => (row.label ? `${row.label} (v${row.extra ?? '?'})` : null),
  },
  evaluatieronde: byColumn((ids) => sql`SELECT id AS "id", titel AS "label" FROM eval_round WHERE id IN ${list(ids)}`),
  mentortraject: byColumn(
    (ids) => sql`SELECT id AS "id", code AS "label" FROM mentor_traject WHERE id IN ${list(ids)}`,
  ),
  convenant: {
    rows: (ids) =>
      sql`SELECT id AS "id", titel AS "label", versie AS "extra" FROM convenant_version WHERE id IN ${list(ids)}`,
    label: (row) => [row.label, row.extra].filter(Boolean).join(' ') || null,
  },
};

/** Whether entries of this object type are named (then a missing object reads as removed). */
export function isLabelled(objectType: string | null): boolean {
  return objectType !== null && Object.prototype.hasOwnProperty.call(RESOLVERS, objectType);
}

const refKey = (objectType: string, objectId: string | number): string => `${objectType}\u0000${objectId}`;

/** Ids per engine's parameter limits (SQLite's default is 32,766; a page holds at most 500). */
const CHUNK = 500;

/**
 * The current labels of the given objects, keyed by `labelKey`: one query per object type (and per
 * 500 ids). Objects that do not exist (any more), or that the transaction may not see, are left out.
 */
export async function currentLabels(manager: EntityManager, refs: readonly ObjectRef[]): Promise<Map<string, string>> {
  const idsByType = new Map<string, Set<number>>();
  for (const { objectType, objectId } of refs) {
    if (!isLabelled(objectType) || objectId === null || !/^\d{1,9}$/.test(objectId)) continue;
    const ids = idsByType.get(objectType!) ?? new Set<number>();
    ids.add(Number(objectId));
    idsByType.set(objectType!, ids);
  }
  const labels = new Map<string, string>();
  for (const [type, idSet] of idsByType) {
    const resolver = RESOLVERS[type]!;
    const ids = [...idSet];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const statement = resolver.rows(ids.slice(start, start + CHUNK));
      const read = () => query<Row>(manager, statement);
      const rows = resolver.covered ? await asSystem(manager, 'auditLabels', read) : await read();
      const parts = new Map<string, string[]>();
      for (const row of rows) {
        const label = resolver.label(row);
        if (!label) continue;
        const key = refKey(type, Number(row.id));
        parts.set(key, [...(parts.get(key) ?? []), label]);
      }
      for (const [key, values] of parts) labels.set(key, clip(values.join(', ')));
    }
  }
  return labels;
}

function clip(label: string): string {
  const flat = label.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_MAX ? `${flat.slice(0, LABEL_MAX - 1)}…` : flat;
}

/** The key of an object in `currentLabels`' answer. */
export function labelKey(ref: ObjectRef): string | null {
  return ref.objectType !== null && ref.objectId !== null ? refKey(ref.objectType, ref.objectId) : null;
}

/** The label of one object as it is now, for a new entry (null: no label, or no such object). */
export async function objectLabel(manager: EntityManager, ref: ObjectRef): Promise<string | null> {
  const key = labelKey(ref);
  if (!key || !isLabelled(ref.objectType)) return null;
  // On PostgreSQL a failed statement would abort the caller's transaction: the queries are plain
  // and keyed on integers checked above, so no input can make them fail.
  return (await currentLabels(manager, [ref])).get(key) ?? null;
}
