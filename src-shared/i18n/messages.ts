// Messages shared by the renderer (as the i18next namespace `common`) and by main, core and the
// CLI, which translate through a small i18next instance of their own (`translator`).
import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../domain/locale';
import en from './en.json';
import nl from './nl.json';

export const commonMessages = { nl, en } as const;

const translators = new Map<Locale, TFunction>();

/** A `t` for the `common` namespace in one language, for code outside the renderer. */
export function translator(locale: Locale): TFunction {
  let t = translators.get(locale);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      fallbackLng: 'nl',
      resources: { nl: { common: nl }, en: { common: en } },
      ns: ['common'],
      defaultNS: 'common',
      initAsync: false,
      // Output goes to menus, terminals and logs, never into HTML.
      interpolation: { escapeValue: false },
    });
    t = instance.t;
    translators.set(locale, t);
  }
  return t;
}

/** `formatMessage('nl', 'errors.INTERNAL')`, with `{{name}}` placeholders filled from params. */
export function formatMessage(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  return translator(locale)(key, params) as string;
}
