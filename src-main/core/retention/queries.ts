// The raw SQL of destruction (retention-service.ts, trajectory-retention.ts), written once for
// SQLite and PostgreSQL (see db/sql.ts). Table names come from the fixed lists below, never from
// input; `ids` lists are kept under the engines' limits on bound parameters by the callers.
import { list, raw, sql, type Dialect, type Sql } from '../db/sql';

/** The tables whose rows belong to one casus (`casus_id`) and go with it, in deletion order. */
export const CASE_TABLES = [
  'signal',
  'casus_action',
  'casus_monitoring',
  'casus_note',
  'casus_transition',
  'casus_access',
] as const;

/** The tables whose rows belong to one person (`person_id`) and go with them. */
export const PERSON_TABLES = ['person_name_key', 'person_name_pair', 'person_match', 'person_correction'] as const;

/** The trajectory records whose `notitie` is emptied when a trajectory is anonymised. */
export const TRAJECTORY_NOTE_TABLES = ['mentor_contact', 'mentor_evaluatie', 'mentor_support'] as const;

/** Meetings with an agenda item about one of the cases or one of their signals (`id`). */
export const meetingsOfCases = (caseIds: readonly number[]): Sql =>
  sql`SELECT DISTINCT meeting_id AS id FROM agenda_item
       WHERE casus_id IN ${list(caseIds)} OR signal_id IN (SELECT id FROM signal WHERE casus_id IN ${list(caseIds)})`;

export const deleteWegingenOfCases = (caseIds: readonly number[]): Sql =>
  sql`DELETE FROM weging WHERE signal_id IN (SELECT id FROM signal WHERE casus_id IN ${list(caseIds)})`;

export const deleteOfCases = (table: (typeof CASE_TABLES)[number], caseIds: readonly number[]): Sql =>
  sql`DELETE FROM ${raw(table)} WHERE casus_id IN ${list(caseIds)}`;

export const deleteCases = (caseIds: readonly number[]): Sql => sql`DELETE FROM casus WHERE id IN ${list(caseIds)}`;

/** Of the given persons, those without any casus left (`id`). */
export const personsWithoutCase = (personIds: readonly number[]): Sql =>
  sql`SELECT id FROM person WHERE id IN ${list(personIds)}
       AND NOT EXISTS (SELECT 1 FROM casus c WHERE c.person_id = person.id)`;

export const deleteOfPersons = (table: (typeof PERSON_TABLES)[number], personIds: readonly number[]): Sql =>
  sql`DELETE FROM ${raw(table)} WHERE person_id IN ${list(personIds)}`;

export const deletePersons = (personIds: readonly number[]): Sql =>
  sql`DELETE FROM person WHERE id IN ${list(personIds)}`;

/**
 * Rewrites the SQLite full-text index's segments so deleted terms are gone from them, not only
 * marked (FTS5 'optimize'). PostgreSQL has no such step here (null): its search rows are ordinary
 * rows, and dead rows are reclaimed by the engine's maintenance (VACUUM).
 */
export function optimizeSearchIndex(dialect: Dialect): Sql | null {
  return dialect === 'sqlite' ? sql`INSERT INTO casus_search (casus_search) VALUES ('optimize')` : null;
}

export const blankTrajectoryNotes = (
  table: (typeof TRAJECTORY_NOTE_TABLES)[number],
  trajectoryIds: readonly number[],
): Sql => sql`UPDATE ${raw(table)} SET notitie = '' WHERE traject_id IN ${list(trajectoryIds)}`;

export const blankTrajectoryStatusNotes = (trajectoryIds: readonly number[]): Sql =>
  sql`UPDATE mentor_traject_status SET toelichting = '' WHERE traject_id IN ${list(trajectoryIds)}`;
