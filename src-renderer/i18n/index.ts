// i18next for the renderer: the `translation` namespace (this folder) and the shared `common`
// namespace (errors, validation, labels that core and the CLI use too). Dutch is the default.
// `translation` is composed from one file per feature and language, nl/<feature>.json and
// en/<feature>.json; each file holds its feature's top-level sections, so a key keeps its full
// path (`cases.title`) and shows which file it lives in. See README.md.
// Dutch is in the start bundle; English is fetched (en.ts, a chunk of its own) when a user has
// chosen it, before the first screen or before the switch: nobody sees a half-translated screen.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale } from '../../src-shared/domain/locale';
import { commonMessages } from '../../src-shared/i18n/messages';
import { translation as dutch } from './nl';
import type { Messages } from './translation';

const TRANSLATIONS: Record<Locale, () => Promise<Messages>> = {
  nl: () => Promise.resolve(dutch),
  en: () => import('./en').then((m) => m.translation),
};

/** Adds a language's texts to i18next once. */
async function ensureLocale(locale: Locale): Promise<void> {
  if (i18next.hasResourceBundle(locale, 'translation')) return;
  i18next.addResourceBundle(locale, 'translation', await TRANSLATIONS[locale]());
  i18next.addResourceBundle(locale, 'common', commonMessages[locale]);
}

export async function initI18n(locale: Locale = DEFAULT_LOCALE) {
  await i18next.use(initReactI18next).init({
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    resources: { [DEFAULT_LOCALE]: { translation: dutch, common: commonMessages[DEFAULT_LOCALE] } },
    ns: ['translation', 'common'],
    defaultNS: 'translation',
    // React escapes what it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (locale !== DEFAULT_LOCALE) await changeLocale(locale);
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}

/** Switches the UI language, fetching its texts first when they are not loaded yet. */
export async function changeLocale(locale: Locale): Promise<void> {
  await ensureLocale(locale);
  await i18next.changeLanguage(locale);
}
