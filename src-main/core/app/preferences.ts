// The installation's own small settings file (not sensitive: no personal data). It lives in the
// application's data folder and says where the database is and which language the UI uses.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../src-shared/domain/locale';
import { readJsonIfExists, writeFileAtomic } from '../fs/atomic';
import type { Logger } from '../logger';

const PreferencesFile = z.object({
  version: z.literal(1),
  locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
  databasePath: z.string().min(1).optional(),
});
export type Preferences = z.infer<typeof PreferencesFile>;

export const PREFERENCES_FILE = 'instellingen.json';

export class PreferencesStore {
  private readonly file: string;
  private current: Preferences;

  constructor(
    private readonly dataDir: string,
    private readonly logger: Logger,
  ) {
    this.file = join(dataDir, PREFERENCES_FILE);
    this.current = this.load();
  }

  get(): Preferences {
    return this.current;
  }

  /** The database file: the administrator's choice, or `<data folder>/cter-werkplaats.db`. */
  databasePath(): string {
    return this.current.databasePath ?? join(this.dataDir, 'cter-werkplaats.db');
  }

  setLocale(locale: Locale): void {
    this.save({ ...this.current, locale });
  }

  setDatabasePath(databasePath: string): void {
    this.save({ ...this.current, databasePath });
  }

  clearDatabasePath(): void {
    const { databasePath: _dropped, ...rest } = this.current;
    this.save(rest);
  }

  private load(): Preferences {
    let raw: unknown;
    try {
      raw = readJsonIfExists(this.file);
    } catch {
      this.logger.warn('preferences: unreadable settings file, using defaults');
      raw = undefined;
    }
    const parsed = PreferencesFile.safeParse(raw ?? { version: 1 });
    if (!parsed.success) this.logger.warn('preferences: invalid settings file, using defaults');
    return parsed.success ? parsed.data : { version: 1, locale: DEFAULT_LOCALE };
  }

  private save(next: Preferences): void {
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.current = next;
  }
}
