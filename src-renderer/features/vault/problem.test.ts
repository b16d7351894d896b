import { describe, expect, it } from 'vitest';
import type { VaultStatus } from '../../../src-shared/ipc/session';
import { problemTexts } from './problem';

const team = { host: 'cter.zvh.example', port: 8443, connected: false };
const status = (over: Partial<VaultStatus>): VaultStatus => ({
  state: 'no-connection',
  problem: null,
  demo: false,
  lockedUser: null,
  user: null,
  kiosk: false,
  server: true,
  team: null,
  interruptedRestore: null,
  ...over,
});

describe('the problem screen’s texts', () => {
  it('says a server that does not admit this workstation is not a network problem', () => {
    expect(problemTexts(status({ team, problem: 'WORKSTATION_NOT_REGISTERED' }))).toEqual({
      problem: 'WORKSTATION_NOT_REGISTERED',
      title: 'problem.notRegisteredTitle',
      help: 'problem.notRegisteredHelp',
    });
  });

  it('keeps the other cases as they were', () => {
    expect(problemTexts(status({ team }))).toEqual({
      problem: 'SERVER_UNREACHABLE',
      title: 'problem.teamTitle',
      help: 'problem.teamHelp',
    });
    expect(problemTexts(status({ team, problem: 'FINGERPRINT_MISMATCH' })).title).toBe('problem.teamTitle');
    expect(problemTexts(status({}))).toMatchObject({
      problem: 'STORE_UNREACHABLE',
      title: 'problem.noConnectionTitle',
    });
    expect(problemTexts(status({ state: 'damaged', server: false }))).toMatchObject({
      problem: 'DATABASE_DAMAGED',
      title: 'problem.damagedTitle',
    });
    expect(problemTexts(status({ state: 'too-new' })).title).toBe('problem.tooNewTitle');
  });

  it('says a database a migration could not bring up to date is unchanged, not damaged', () => {
    expect(problemTexts(status({ state: 'not-updated', server: false, problem: 'MIGRATION_FAILED' }))).toEqual({
      problem: 'MIGRATION_FAILED',
      title: 'problem.notUpdatedTitle',
      help: 'problem.notUpdatedHelp',
    });
  });

  it('says a damaged settings file is not a missing or damaged database, and offers no restore', () => {
    expect(problemTexts(status({ state: 'settings-damaged', server: false, problem: 'SETTINGS_DAMAGED' }))).toEqual({
      problem: 'SETTINGS_DAMAGED',
      title: 'problem.settingsDamagedTitle',
      help: 'problem.settingsDamagedHelp',
    });
  });
});
