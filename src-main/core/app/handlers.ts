// Handlers for the app:* channels. The administrator's policy (CoreOptions.adminPolicy) decides
// the language when it names one, and whether the demo is offered; app:info tells the renderer
// which settings it fixes and which of its values were ignored.
import type { Locale } from '../../../src-shared/domain/locale';
import { managedSettings, type AdminPolicyResult } from '../../../src-shared/domain/admin-policy';
import { AppError } from '../../../src-shared/ipc/errors';
import { plain, type Handlers } from '../handlers';
import type { PreferencesStore } from './preferences';

export interface AppDeps {
  version: string;
  /** The build id of a packed app; `dev` for a checkout. */
  build?: string | undefined;
  preferences: PreferencesStore;
  schemaVersion(): number | null;
  onLocaleChanged?: ((locale: Locale) => void) | undefined;
  admin?: AdminPolicyResult | undefined;
}

export function appHandlers(deps: AppDeps): Pick<Handlers, 'app:info' | 'app:set-locale'> {
  const admin = deps.admin?.policy ?? {};
  return {
    'app:info': plain(() => ({
      version: deps.version,
      build: deps.build ?? 'dev',
      // Also on the problem screen of a damaged settings file (main.tsx asks for the language).
      databasePath: deps.preferences.damaged ? null : deps.preferences.databasePath(),
      schemaVersion: deps.schemaVersion(),
      locale: admin.language ?? deps.preferences.get().locale,
      managed: managedSettings(admin),
      policyProblems: deps.admin?.problems ?? [],
      demoOffered: admin.offerDemo ?? true,
      retentionMinimumYears: admin.retentionMinimumYears ?? null,
    })),
    'app:set-locale': plain(({ locale }) => {
      if (admin.language !== undefined && locale !== admin.language) throw new AppError('MANAGED_BY_POLICY');
      deps.preferences.setLocale(locale);
      deps.onLocaleChanged?.(locale);
      return { locale };
    }),
  };
}
