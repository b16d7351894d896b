import { describe, expect, it } from 'vitest';
import { commonMessages } from '../../src-shared/i18n/messages';
import { appErrorMessage, cliTranslator } from './translate';

/** A shared message that sends its reader to the beheerder, in either language. */
const SENDS_TO_BEHEERDER = /(contact op met|vraag|contact|ask) (de|uw|the|your) (beheerder|administrator)/i;

/** Codes whose message sends the reader to the beheerder but that no CLI command can meet. */
const NOT_IN_THE_CLI = {
  // The CLI names its database (--db, --data): the settings file's database path is never read.
  SETTINGS_DAMAGED: true,
  // Offline copies of a meeting are the team workstation's; no command touches them.
  OFFLINE_COPY_DAMAGED: true,
} as const;

describe('the CLI’s wording of core’s messages', () => {
  const codes = Object.entries(commonMessages.nl.errors)
    .filter(([code, text]) => SENDS_TO_BEHEERDER.test(text) && !(code in NOT_IN_THE_CLI))
    .map(([code]) => code);

  it('finds the shared messages that address the app’s user', () => {
    expect(codes).toEqual(
      expect.arrayContaining(['INTERNAL', 'ACCOUNT_INACTIVE', 'STORE_UNREACHABLE', 'STORAGE_READONLY']),
    );
  });

  it.each(['nl', 'en'] as const)('speaks to the beheerder at the terminal in %s, not of them', (locale) => {
    const t = cliTranslator(locale);
    for (const code of codes) {
      const said = appErrorMessage(t, code, {});
      const shared = commonMessages[locale].errors[code as keyof typeof commonMessages.nl.errors];
      expect(SENDS_TO_BEHEERDER.test(shared), code).toBe(true);
      expect(said, code).not.toMatch(SENDS_TO_BEHEERDER);
      expect(said, code).not.toBe(shared);
    }
  });

  it('keeps the shared message where it fits the terminal too', () => {
    expect(appErrorMessage(cliTranslator('nl'), 'WRONG_CREDENTIALS', {})).toBe(
      commonMessages.nl.errors.WRONG_CREDENTIALS,
    );
    expect(appErrorMessage(cliTranslator('en'), 'THROTTLED', { seconds: 4 })).toBe(
      'Too many failed attempts. Wait a moment and try again (another 4 s).',
    );
  });
});
