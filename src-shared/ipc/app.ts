// Channels about the application itself: version, where the data lives, the UI language.
import { z } from 'zod';
import type { AdminPolicyProblem, ManagedSetting } from '../domain/admin-policy';
import { LOCALES, type Locale } from '../domain/locale';
import { channel } from './channel';

export interface AppInfo {
  version: string;
  /** The database file this installation uses (chosen by the administrator); null while the
   *  settings file that names it is damaged. */
  databasePath: string | null;
  /** Schema version of the open database; null while the database is locked. */
  schemaVersion: number | null;
  locale: Locale;
  /** The build this version came from (the packed app's build id; `dev` for a checkout). */
  build: string;
  /** Settings the administrator's policy fixes: shown as *Beheerd door uw organisatie*. */
  managed: ManagedSetting[];
  /** Values in the administrator's policy that were ignored, and why (the about dialog shows them). */
  policyProblems: AdminPolicyProblem[];
  /** Whether the first-run screen offers the demo environment (the policy may switch it off). */
  demoOffered: boolean;
  /** The lowest retention period the policy allows (years); null when the policy sets none. */
  retentionMinimumYears: number | null;
}

export const appChannels = {
  'app:info': channel<AppInfo>()({ input: z.object({}).strict(), audit: 'none' }),
  'app:set-locale': channel<{ locale: Locale }>()({
    input: z.object({ locale: z.enum(LOCALES) }).strict(),
    audit: 'none',
  }),
};
