// A person as typed in a form (all text, nothing lost while incomplete) and as sent to core
// (`personInput`): dates dd-mm-jjjj -> yyyy-mm-dd, the birth year only when the date is unknown,
// aliases from a comma-separated field. Tested beside this file.
import { formatDate, parseDutchDate } from '../../../src-shared/domain/format';
import type { FieldErrors } from '../../kit/forms';
import type { GESLACHTEN, PersonView } from '../../../src-shared/ipc/persons';

export type Geslacht = (typeof GESLACHTEN)[number];

export interface PersonForm {
  naam: string;
  roepnaam: string;
  /** Comma-separated. */
  aliases: string;
  /** dd-mm-jjjj, or empty. */
  geboortedatum: string;
  /** Only when the date is unknown. */
  geboortejaar: string;
  geslacht: Geslacht | '';
  gemeenteId: number | null;
  bsn: string;
  notities: string;
}

export const EMPTY_PERSON: PersonForm = {
  naam: '',
  roepnaam: '',
  aliases: '',
  geboortedatum: '',
  geboortejaar: '',
  geslacht: '',
  gemeenteId: null,
  bsn: '',
  notities: '',
};

export function personFormFrom(person: PersonView): PersonForm {
  return {
    naam: person.naam,
    roepnaam: person.roepnaam,
    aliases: person.aliases.join(', '),
    geboortedatum: person.geboortedatum ? formatDate(person.geboortedatum) : '',
    geboortejaar: person.geboortedatum || person.geboortejaar === null ? '' : String(person.geboortejaar),
    geslacht: person.geslacht ?? '',
    gemeenteId: person.gemeenteId,
    bsn: person.bsn,
    notities: person.notities,
  };
}

export function parseAliases(text: string): string[] {
  return text
    .split(',')
    .map((alias) => alias.trim())
    .filter(Boolean);
}

/** The birth date as sent, or the text itself when it is no date (the schema then reports it). */
export function birthDate(form: Pick<PersonForm, 'geboortedatum'>): string | null {
  const text = form.geboortedatum.trim();
  if (!text) return null;
  return parseDutchDate(text) ?? text;
}

export function birthYear(form: Pick<PersonForm, 'geboortedatum' | 'geboortejaar'>): number | null {
  if (form.geboortedatum.trim()) return null;
  const text = form.geboortejaar.trim();
  return text ? Number(text) : null;
}

/** What `personInput` expects (before its defaults); invalid values go through to be reported. */
export function personInputOf(form: PersonForm) {
  return {
    naam: form.naam,
    roepnaam: form.roepnaam,
    aliases: parseAliases(form.aliases),
    geboortedatum: birthDate(form),
    geboortejaar: birthYear(form),
    geslacht: form.geslacht === '' ? null : form.geslacht,
    gemeenteId: form.gemeenteId ?? 0,
    bsn: form.bsn.trim(),
    notities: form.notities,
  };
}

/** The errors under `prefix` (e.g. "person.nieuw."), with the prefix taken off, for PersonFields. */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, error]) => [path.slice(prefix.length), error]),
  );
}
