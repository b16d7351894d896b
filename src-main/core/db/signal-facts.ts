// The facts the year figures count by, kept on each signal so the figures need no joins: the age
// at signal (computed as ageAt() in src-shared/domain/age.ts: whole years, the birthday counting on
// the day itself), the person's municipality and the casus's region. Kept current when a person is
// corrected or a casus moves to another region.
//
// Written once for SQLite and PostgreSQL (see sql.ts): the birthday test is a CASE, not a
// comparison used as a number (PostgreSQL has no arithmetic on booleans).
import type { EntityManager } from 'typeorm';
import { query, raw, sql, type Sql } from './sql';

/** The SET clause of an UPDATE on `signal` that recomputes its facts from person and casus. */
export const SIGNAL_FACTS = `
  leeftijd = (
    SELECT CASE
      WHEN p.geboortedatum IS NOT NULL THEN
        CAST(substr(signal.ontvangen, 1, 4) AS INTEGER) - CAST(substr(p.geboortedatum, 1, 4) AS INTEGER)
        - CASE WHEN substr(signal.ontvangen, 6, 5) < substr(p.geboortedatum, 6, 5) THEN 1 ELSE 0 END
      WHEN p.geboortejaar IS NOT NULL THEN CAST(substr(signal.ontvangen, 1, 4) AS INTEGER) - p.geboortejaar
    END
    FROM person p WHERE p.id = signal.person_id),
  gemeente_id = (SELECT p.gemeente_id FROM person p WHERE p.id = signal.person_id),
  region_id = (SELECT c.region_id FROM casus c WHERE c.id = signal.casus_id)`;

export interface SignalsOf {
  personId?: number;
  caseId?: number;
  signalId?: number;
}

/** The UPDATE that recomputes the facts of one signal, or of all signals of a person or a casus. */
export function refreshSignalFactsSql(where: SignalsOf): Sql {
  const [column, value] =
    where.signalId !== undefined
      ? ['id', where.signalId]
      : where.personId !== undefined
        ? ['person_id', where.personId]
        : ['casus_id', where.caseId];
  return sql`UPDATE signal SET ${raw(SIGNAL_FACTS)} WHERE ${raw(column)} = ${value}`;
}

export async function refreshSignalFacts(manager: EntityManager, where: SignalsOf) {
  await query(manager, refreshSignalFactsSql(where));
}
