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
