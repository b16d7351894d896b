// Handlers for the app:* channels.
import type { Locale } from '../../../src-shared/domain/locale';
import { plain, type Handlers } from '../handlers';
import type { PreferencesStore } from './preferences';

export interface AppDeps {
  version: string;
  preferences: PreferencesStore;
  schemaVersion(): number | null;
  onLocaleChanged?: ((locale: Locale) => void) | undefined;
}

export function appHandlers(deps: AppDeps): Pick<Handlers, 'app:info' | 'app:set-locale'> {
  return {
    'app:info': plain(() => ({
      version: deps.version,
      databasePath: deps.preferences.databasePath(),
      schemaVersion: deps.schemaVersion(),
      locale: deps.preferences.get().locale,
    })),
    'app:set-locale': plain(({ locale }) => {
      deps.preferences.setLocale(locale);
      deps.onLocaleChanged?.(locale);
      return { locale };
    }),
  };
}
