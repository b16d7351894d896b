// What the CLI's core gets for the platform: the file dialogs a channel would open are answered
// with the paths given on the command line (backup:create's save location is --out, the backup to
// restore is --from). Any other dialog, and printing, fail as on the headless platform.
import { headlessPlatform, type FileKind, type Platform } from '../core/platform';

export interface CliFiles {
  /** The answer to "where to save the backup". */
  saveBackupTo?: string;
  /** The answer to "which backup to restore". */
  backupFrom?: string;
}

function answer(path: string | undefined, kind: FileKind, question: string): string {
  if (kind !== 'backup' || path === undefined) throw new Error(`cli: no answer to ${question} (${kind})`);
  return path;
}

export function cliPlatform(files: CliFiles): Platform {
  return {
    ...headlessPlatform,
    files: {
      ...headlessPlatform.files,
      chooseSaveLocation: async (_suggestedName, kind) => answer(files.saveBackupTo, kind, 'a save location'),
      chooseFile: async (kind) => answer(files.backupFrom, kind, 'a file to open'),
    },
  };
}
