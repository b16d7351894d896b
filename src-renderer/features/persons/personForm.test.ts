import { describe, expect, it } from 'vitest';
import { personInput } from '../../../src-shared/ipc/persons';
import { validate } from '../../kit/forms';
import { EMPTY_PERSON, errorsUnder, personFormFrom, personInputOf } from './personForm';

describe('a person in a form', () => {
  it('sends dd-mm-jjjj as an ISO date and the year only when the date is unknown', () => {
    const form = { ...EMPTY_PERSON, naam: 'Sam', geboortedatum: '12-5-2006', geboortejaar: '2005', gemeenteId: 1 };
    expect(personInputOf(form)).toMatchObject({ geboortedatum: '2006-05-12', geboortejaar: null });
    expect(personInputOf({ ...form, geboortedatum: '' })).toMatchObject({ geboortedatum: null, geboortejaar: 2005 });
    expect(personInputOf({ ...form, aliases: ' Sammy, , S. de V. ' }).aliases).toEqual(['Sammy', 'S. de V.']);
  });

  it('reports what is wrong with the contract’s own messages', () => {
    const errors = validate(
      personInput,
      personInputOf({ ...EMPTY_PERSON, naam: 'S', bsn: '123456789', geboortedatum: '31-02-2006' }),
    );
    expect(errors).toMatchObject({
      naam: { key: 'validation.tooShort' },
      geboortedatum: { key: 'validation.date' },
      gemeenteId: { key: 'validation.required' },
      bsn: { key: 'validation.bsn' },
    });
    // Empty is "required", not "too short".
    expect(validate(personInput, personInputOf({ ...EMPTY_PERSON, naam: ' ', gemeenteId: 1 }))['naam']).toEqual({
      key: 'validation.required',
    });
    expect(validate(personInput, personInputOf({ ...EMPTY_PERSON, naam: 'Sam', gemeenteId: 1 }))).toEqual({
      geboortedatum: { key: 'validation.birthRequired' },
    });
  });

  it('fills the form from a stored person and strips a path prefix from errors', () => {
    const form = personFormFrom({
      id: 1,
      naam: 'Sam',
      roepnaam: '',
      aliases: ['Sammy'],
      geboortedatum: null,
      geboortejaar: 2006,
      geslacht: null,
      gemeenteId: 3,
      gemeente: 'Dijkstede',
      bsn: '',
      notities: '',
      createdAt: '',
      restricted: false,
      restrictedReason: '',
      restrictedAt: null,
      corrections: [],
    });
    expect(form).toMatchObject({ aliases: 'Sammy', geboortedatum: '', geboortejaar: '2006', geslacht: '' });
    expect(errorsUnder({ 'person.nieuw.naam': { key: 'x' }, 'signal.bron': { key: 'y' } }, 'person.nieuw.')).toEqual({
      naam: { key: 'x' },
    });
  });
});
