// The installation's own small settings file (not sensitive: no personal data). It lives in the
// application's data folder and says where the database is and which language the UI uses.
// A missing file is a first run; a file that is there but cannot be read is *damaged*: the
// database may be elsewhere, so its location is not guessed (the default would show the set-up
// wizard as if there were no database) and the file is never written over — it stays for the
// administrator to restore or recreate (docs/beheer.md).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../src-shared/domain/locale';
import { AppError } from '../../../src-shared/ipc/errors';
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
  /** The file is there but unreadable or not valid: kept as it is, the database location unknown. */
  readonly damaged: boolean;

  constructor(
    private readonly dataDir: string,
    private readonly logger: Logger,
  ) {
    this.file = join(dataDir, PREFERENCES_FILE);
    const loaded = this.load();
    this.current = loaded ?? { version: 1, locale: DEFAULT_LOCALE };
    this.damaged = loaded === null;
  }

  get(): Preferences {
    return this.current;
  }

  /**
   * The database file: the administrator's choice, or `<data folder>/cter-werkplaats.db`. While the
   * settings file is damaged, SETTINGS_DAMAGED: a guess could set up a second, empty installation.
   */
  databasePath(): string {
    if (this.damaged) throw new AppError('SETTINGS_DAMAGED');
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

  /** The file's settings, the defaults when there is none, or null when it is damaged. */
  private load(): Preferences | null {
    let raw: unknown;
    try {
      raw = readJsonIfExists(this.file);
    } catch {
      this.logger.warn('preferences: the settings file is damaged (unreadable or not JSON); kept as it is');
      return null;
    }
    const parsed = PreferencesFile.safeParse(raw ?? { version: 1 });
    if (parsed.success) return parsed.data;
    this.logger.warn('preferences: the settings file is damaged (not valid settings); kept as it is');
    return null;
  }

  private save(next: Preferences): void {
    if (this.damaged) throw new AppError('SETTINGS_DAMAGED');
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.current = next;
  }
}
