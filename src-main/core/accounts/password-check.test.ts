import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../src-shared/ipc/errors';
import { PasswordChecker } from './password-check';

const checker = new PasswordChecker(join(__dirname, '../../../resources'));

describe('password rules', () => {
  it('welcomes long passphrases', () => {
    expect(checker.isCommon('de kat zit op de mat vandaag')).toBe(false);
    expect(checker.isCommon('Tulpen-in-april-2026')).toBe(false);
  });

  it('refuses listed passwords and common words with digits or signs around them', () => {
    for (const password of ['qwertyuiop123', 'Wachtwoord2026!', '!!welkom12345', 'Zomer20262026', 'Feyenoord1908!']) {
      expect(checker.isCommon(password), password).toBe(true);
    }
  });

  it('refuses runs, repeats and the user’s own name', () => {
    expect(checker.isCommon('abcdefghijklm')).toBe(true);
    expect(checker.isCommon('zyxwvutsrqpo')).toBe(true);
    expect(checker.isCommon('abababababab')).toBe(true);
    expect(checker.isCommon('Pietjansen2026', ['pietjansen'])).toBe(true);
    expect(checker.isCommon('Piet Jansen 2026!', ['Piet Jansen'])).toBe(true);
  });

  it('reports too short as a field error and too common as PASSWORD_COMMON', () => {
    const error = (password: string) => {
      try {
        checker.assertAcceptable(password, []);
        return null;
      } catch (e) {
        return e as AppError;
      }
    };
    expect(error('kort')).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { password: { key: 'validation.passwordTooShort' } },
    });
    expect(error('wachtwoord123')).toMatchObject({ code: 'PASSWORD_COMMON' });
    expect(error('een goede lange zin')).toBeNull();
  });
});
