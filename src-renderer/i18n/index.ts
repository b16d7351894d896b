// i18next for the renderer: the `translation` namespace (this folder) and the shared `common`
// namespace (errors, validation, labels that core and the CLI use too). Dutch is the default.
// `translation` is composed from one file per feature and language, nl/<feature>.json and
// en/<feature>.json; each file holds its feature's top-level sections, so a key keeps its full
// path (`cases.title`) and shows which file it lives in. See README.md.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src-shared/domain/locale';
import { commonMessages } from '../../src-shared/i18n/messages';

type Messages = { [key: string]: string | Messages };

const files = import.meta.glob<Messages>('./{nl,en}/*.json', { eager: true, import: 'default' });

/** The `translation` namespace of one language: the sections of all its feature files. */
function translation(locale: Locale): Messages {
  const merged: Messages = {};
  for (const [path, sections] of Object.entries(files)) {
    if (path.startsWith(`./${locale}/`)) Object.assign(merged, sections);
  }
  return merged;
}

export const resources = Object.fromEntries(
  LOCALES.map((locale) => [locale, { translation: translation(locale), common: commonMessages[locale] }]),
) as Record<Locale, { translation: Messages; common: (typeof commonMessages)[Locale] }>;

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
