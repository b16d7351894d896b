// How a person's identifying data is shown: the BSN masked except its last digits (enough to
// check a document against, not enough to copy), and the birth data with the age today.
import type { TFunction } from 'i18next';
import { ageAt } from '../../../src-shared/domain/age';
import { formatDate, isoDay } from '../../../src-shared/domain/format';

/** "******333", or an empty string when there is no BSN. */
export function maskBsn(bsn: string): string {
  if (!bsn) return '';
  return `${'•'.repeat(Math.max(0, bsn.length - 3))}${bsn.slice(-3)}`;
}

/** "12-05-2006 (20 jaar)", "2008 (ongeveer 18 jaar)", or "onbekend". */
export function birthText(
  t: TFunction,
  person: { geboortedatum: string | null; geboortejaar: number | null },
  today = isoDay(new Date()),
): string {
  const age = ageAt(person.geboortedatum, person.geboortejaar, today);
  if (person.geboortedatum) return t('persons.birthWithAge', { date: formatDate(person.geboortedatum), age });
  if (person.geboortejaar !== null) return t('persons.birthYearWithAge', { year: person.geboortejaar, age });
  return t('persons.birthUnknown');
}
