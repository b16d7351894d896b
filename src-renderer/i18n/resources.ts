// Both languages' resources at once, for unit tests that set up i18next themselves. The app
// loads them through index.ts (Dutch at start, English on demand); this module is not part of it.
import { LOCALES, type Locale } from '../../src-shared/domain/locale';
import { commonMessages } from '../../src-shared/i18n/messages';
import { translation as english } from './en';
import { translation as dutch } from './nl';
import type { Messages } from './translation';

const TRANSLATION: Record<Locale, Messages> = { nl: dutch, en: english };

export const resources = Object.fromEntries(
  LOCALES.map((locale) => [locale, { translation: TRANSLATION[locale], common: commonMessages[locale] }]),
) as Record<Locale, { translation: Messages; common: (typeof commonMessages)[Locale] }>;
