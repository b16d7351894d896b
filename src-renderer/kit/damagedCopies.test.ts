import { describe, expect, it } from 'vitest';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { damagedCopyFiles } from './DamagedCopiesNotice';

const status = (team: VaultStatus['team']): VaultStatus => ({
  state: 'no-connection',
  problem: 'SERVER_UNREACHABLE',
  demo: false,
  lockedUser: null,
  user: null,
  kiosk: false,
  server: true,
  team,
  interruptedRestore: null,
});

describe('the notice of damaged offline copies', () => {
  it('names the slot file of each copy that cannot be opened, for the beheerder', () => {
    const team = { host: 'cter.zvh.example', port: 8443, connected: false, damagedCopies: [41, 57] };
    expect(damagedCopyFiles(status(team))).toEqual(['overleg-41.slot.json', 'overleg-57.slot.json']);
  });

  it('says nothing without damaged copies, or outside team mode', () => {
    expect(
      damagedCopyFiles(status({ host: 'cter.zvh.example', port: 8443, connected: true, damagedCopies: [] })),
    ).toEqual([]);
    expect(damagedCopyFiles(status(null))).toEqual([]);
    expect(damagedCopyFiles(null)).toEqual([]);
  });
});
