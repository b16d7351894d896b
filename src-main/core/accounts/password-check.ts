// The rule that counts for new passwords (the forms show the same length rule early): at least
// 12 characters, not a known common password, not a common word dressed up with digits or
// punctuation, and not the username or name itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { passwordSchema } from '../../../src-shared/domain/password-policy';
import { AppError } from '../../../src-shared/ipc/errors';
import { fieldErrors } from '../../../src-shared/ipc/validation';

function readList(file: string): Set<string> {
  return new Set(
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line && !line.startsWith('#')),
  );
}

function isRun(text: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < text.length; i++) steps.add(text.charCodeAt(i) - text.charCodeAt(i - 1));
  return steps.size === 1 && [...steps].every((step) => Math.abs(step) === 1);
}

export class PasswordChecker {
  private readonly common: Set<string>;
  private readonly baseWords: Set<string>;

  constructor(resourcesDir: string) {
    this.common = readList(join(resourcesDir, 'wachtwoorden', 'veelgebruikt.txt'));
    this.baseWords = readList(join(resourcesDir, 'wachtwoorden', 'basiswoorden.txt'));
  }

  /** True when the password is too easy to guess, whatever its length. */
  isCommon(password: string, personal: readonly string[] = []): boolean {
    const lower = password.normalize('NFC').toLowerCase();
    if (this.common.has(lower)) return true;
    // Strip what people add to a word to satisfy rules: digits, punctuation, spaces.
    const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
    if (core.length === 0) return true;
    if (this.baseWords.has(core)) return true;
    // One or two characters repeated ("aaaaaaaaaaaa", "abababababab"), or a run ("abcdefghijkl").
    if (new Set(lower).size <= 2 || isRun(lower)) return true;
    const squeezed = core.replace(/\s+/g, '');
    return personal.some((word) => word.length >= 3 && squeezed === word.toLowerCase().replace(/\s+/g, ''));
  }

  /** Throws INVALID_INPUT (field `field`) or PASSWORD_COMMON when the password may not be used. */
  assertAcceptable(password: string, personal: readonly string[], field = 'password'): void {
    const parsed = passwordSchema.safeParse(password);
    if (!parsed.success) {
      const error = fieldErrors(parsed.error)['_'];
      throw new AppError('INVALID_INPUT', undefined, error ? { [field]: error } : undefined);
    }
    if (this.isCommon(password, personal)) {
      throw new AppError('PASSWORD_COMMON', undefined, { [field]: { key: 'validation.passwordCommon' } });
    }
  }
}
