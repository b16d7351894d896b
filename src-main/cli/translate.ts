// The CLI's texts: its own messages (cli namespace) and the shared ones (common), in nl or en.
import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../../src-shared/domain/locale';
import { commonMessages } from '../../src-shared/i18n/messages';
import en from './messages/en.json';
import nl from './messages/nl.json';

export const cliMessages = { nl, en } as const;

export function cliTranslator(locale: Locale): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'nl',
    resources: {
      nl: { cli: nl, common: commonMessages.nl },
      en: { cli: en, common: commonMessages.en },
    },
    ns: ['cli', 'common'],
    defaultNS: 'cli',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

/**
 * Core's message for an error code, as the CLI says it: its own wording (`appErrors`) where the
 * shared one addresses the app's user ("Neem contact op met de beheerder": at the terminal the
 * reader is the beheerder), else the shared one (common:errors).
 */
export function appErrorMessage(t: TFunction, code: string, params: Record<string, unknown>): string {
  return t([`appErrors.${code}`, `common:errors.${code}`], params);
}
