// i18next for the renderer: the `translation` namespace (this folder) and the shared `common`
// namespace (errors, validation, labels that core and the CLI use too). Dutch is the default.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale } from '../../src-shared/domain/locale';
import { commonMessages } from '../../src-shared/i18n/messages';
import en from './en.json';
import nl from './nl.json';

export const resources = {
  nl: { translation: nl, common: commonMessages.nl },
  en: { translation: en, common: commonMessages.en },
} as const;

export async function initI18n(locale: Locale = DEFAULT_LOCALE) {
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources,
    ns: ['translation', 'common'],
    defaultNS: 'translation',
    // React escapes what it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}
