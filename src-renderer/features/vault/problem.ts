// What the problem screen (ProblemScreen.tsx) says for a status that is not a working database: the
// error code shown (from vault:status, or the one its state implies) and the screen's title and
// help text (keys of the vault namespace). Pure, so the choice is tested without a page.
import type { VaultStatus } from '../../../src-shared/ipc/session';

export interface ProblemTexts {
  problem: string;
  title: string;
  help: string;
}

export function problemTexts(status: VaultStatus | null | undefined): ProblemTexts {
  const damaged = status?.state === 'damaged';
  const noConnection = status?.state === 'no-connection';
  const team = noConnection ? (status?.team ?? null) : null;
  const problem =
    status?.problem ??
    (damaged
      ? 'DATABASE_DAMAGED'
      : team
        ? 'SERVER_UNREACHABLE'
        : noConnection
          ? 'STORE_UNREACHABLE'
          : 'DATABASE_TOO_NEW');
  // A migration failed and was rolled back: IT's to solve with the supplier, not a backup's.
  if (status?.state === 'not-updated') {
    return { problem: 'MIGRATION_FAILED', title: 'problem.notUpdatedTitle', help: 'problem.notUpdatedHelp' };
  }
  // The settings file cannot be read, so where the database is is unknown: the beheerder's to put
  // back (docs/beheer.md); a restore or a new installation would be the wrong answer.
  if (status?.state === 'settings-damaged') {
    return { problem: 'SETTINGS_DAMAGED', title: 'problem.settingsDamagedTitle', help: 'problem.settingsDamagedHelp' };
  }
  // The server answered, but not to this workstation: nothing the network or waiting can fix.
  if (team && problem === 'WORKSTATION_NOT_REGISTERED') {
    return { problem, title: 'problem.notRegisteredTitle', help: 'problem.notRegisteredHelp' };
  }
  const [title, help] = damaged
    ? ['problem.damagedTitle', 'problem.damagedHelp']
    : team
      ? ['problem.teamTitle', 'problem.teamHelp']
      : noConnection
        ? ['problem.noConnectionTitle', 'problem.noConnectionHelp']
        : ['problem.tooNewTitle', 'problem.tooNewHelp'];
  return { problem, title, help };
}
