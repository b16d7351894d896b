import { describe, expect, it } from 'vitest';
import { changePasswordInput } from '../../src-shared/ipc/session';
import { recheckedErrors, validate } from './forms';

const GOOD = 'fiets door de regen naar huis';

describe('recheckedErrors', () => {
  it('drops the message of a field that is right now and keeps the others', () => {
    const errors = { password: { key: 'validation.tooShort' }, currentPassword: { key: 'validation.required' } };
    expect(recheckedErrors(errors, 'password', {})).toEqual({ currentPassword: { key: 'validation.required' } });
  });

  it('replaces the message of the field with its new one and ignores problems of other fields', () => {
    const errors = { password: { key: 'validation.tooShort' } };
    const problems = { password: { key: 'validation.required' }, passwordRepeat: { key: 'validation.required' } };
    expect(recheckedErrors(errors, 'password', problems)).toEqual({ password: { key: 'validation.required' } });
  });

  it('shows the mismatch of the repetition once that field is checked again', () => {
    const values = { currentPassword: 'oud wachtwoord', password: GOOD, passwordRepeat: `${GOOD}!` };
    const problems = validate(changePasswordInput, values);
    expect(recheckedErrors({}, 'password', problems)).toEqual({});
    expect(Object.keys(recheckedErrors({}, 'passwordRepeat', problems))).toEqual(['passwordRepeat']);
  });
});
