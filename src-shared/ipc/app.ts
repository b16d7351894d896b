// Channels about the application itself: version, where the data lives, the UI language.
import { z } from 'zod';
import { LOCALES, type Locale } from '../domain/locale';
import { channel } from './channel';

export interface AppInfo {
  version: string;
  /** The database file this installation uses (chosen by the administrator). */
  databasePath: string;
  /** Schema version of the open database; null while the database is locked. */
  schemaVersion: number | null;
  locale: Locale;
}

export const appChannels = {
  'app:info': channel<AppInfo>()({ input: z.object({}).strict(), audit: 'none' }),
  'app:set-locale': channel<{ locale: Locale }>()({
    input: z.object({ locale: z.enum(LOCALES) }).strict(),
    audit: 'none',
  }),
};
