// The facts the year figures count by, kept on each signal so the figures need no joins: the age
// at signal (computed as ageAt() in src-shared/domain/age.ts: whole years, the birthday counting on
// the day itself), the person's municipality and the casus's region. Kept current when a person is
// corrected or a casus moves to another region.
import type { EntityManager } from 'typeorm';

/** The SET clause of an UPDATE on `signal` that recomputes its facts from person and casus. */
export const SIGNAL_FACTS = `
  leeftijd = (
    SELECT CASE
      WHEN p.geboortedatum IS NOT NULL THEN
        CAST(substr(signal.ontvangen, 1, 4) AS INTEGER) - CAST(substr(p.geboortedatum, 1, 4) AS INTEGER)
        - (substr(signal.ontvangen, 6, 5) < substr(p.geboortedatum, 6, 5))
      WHEN p.geboortejaar IS NOT NULL THEN CAST(substr(signal.ontvangen, 1, 4) AS INTEGER) - p.geboortejaar
    END
    FROM person p WHERE p.id = signal.person_id),
  gemeente_id = (SELECT p.gemeente_id FROM person p WHERE p.id = signal.person_id),
  region_id = (SELECT c.region_id FROM casus c WHERE c.id = signal.casus_id)`;

export async function refreshSignalFacts(
  manager: EntityManager,
  where: { personId?: number; caseId?: number; signalId?: number },
) {
  const [column, value] =
    where.signalId !== undefined
      ? ['id', where.signalId]
      : where.personId !== undefined
        ? ['person_id', where.personId]
        : ['casus_id', where.caseId];
  await manager.query(`UPDATE signal SET ${SIGNAL_FACTS} WHERE ${column} = ?`, [value]);
}
