// Handlers for vault:* — the installation before anyone logs in: its status, the first-run set-up
// (a real database or the demo), leaving the demo, and restoring a backup when there is no
// database or a damaged one. The work is done by the set-up service (session/setup-service.ts) and
// by backup's restore, which core.ts hands in: both use this folder's key file and crypto, so
// importing them from here would make vault and session (or backup) import each other.
import type { OutputOf, ParsedInputOf } from '../../../src-shared/ipc/contract';
import type { SessionUser, SetupProposal, VaultStatus } from '../../../src-shared/ipc/session';
import { plain, type Handlers } from '../handlers';
import type { VaultAdminChannel } from './admin-handlers';

type VaultChannel = Exclude<Extract<keyof Handlers, `vault:${string}`>, VaultAdminChannel>;

/** What the set-up service offers the vault channels. */
export interface VaultSetup {
  propose(): Promise<SetupProposal>;
  chooseFolder(): Promise<string | null>;
  setup(input: ParsedInputOf<'vault:setup'>): Promise<SessionUser>;
  setupDemo(): Promise<OutputOf<'vault:setup-demo'>>;
  leaveDemo(): void;
}

export interface VaultParts {
  /** The installation's state (no database, locked, unlocked, damaged, ...); a server is asked first. */
  status(): Promise<VaultStatus>;
  setup: VaultSetup;
  /** Restores a backup chosen on the login screen (backup/handlers.ts). */
  restoreBackup(input: ParsedInputOf<'vault:restore-backup'>): Promise<OutputOf<'vault:restore-backup'>>;
}

export function vaultHandlers({ status, setup, restoreBackup }: VaultParts): Pick<Handlers, VaultChannel> {
  return {
    'vault:status': plain(() => status()),
    'vault:prepare-setup': plain(() => setup.propose()),
    'vault:choose-folder': plain(async () => ({ folder: await setup.chooseFolder() })),
    'vault:setup': plain(async (input) => ({ user: await setup.setup(input) })),
    'vault:setup-demo': plain(() => setup.setupDemo()),
    'vault:leave-demo': plain(async () => {
      setup.leaveDemo();
      return { state: (await status()).state };
    }),
    'vault:restore-backup': plain((input) => restoreBackup(input)),
  };
}
