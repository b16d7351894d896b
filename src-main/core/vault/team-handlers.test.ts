import { describe, expect, it } from 'vitest';
import type { VaultStatus } from '../../../src-shared/ipc/session';
import type { PlainContext } from '../handlers';
import type { TeamService } from '../platform';
import { teamHandlers } from './team-handlers';

// Fictitious fingerprint.
const PRINT = '3F:A2:91:0C:7E:5B:D4:18:6A:C0:2F:E9:83:47:B1:5D:0E:92:C6:7A:14:F8:3B:AD:65:01:9E:C2:D7:4F:88:B3';

function setup(state: VaultStatus['state'] = 'no-database', withTeam = true) {
  const connects: [string, string][] = [];
  let current: VaultStatus['state'] = state;
  const team: TeamService = {
    probe: async () => ({ host: 'cter.zvh.local', port: 8443, fingerprint: PRINT }),
    connect: async (address, fingerprint) => {
      connects.push([address, fingerprint]);
      current = 'locked';
    },
  };
  const handlers = teamHandlers({
    team: withTeam ? team : undefined,
    status: async () => ({ state: current }) as VaultStatus,
  });
  const ctx = {} as PlainContext;
  const run = <C extends 'team:probe' | 'team:connect'>(
    channel: C,
    input: Parameters<(typeof handlers)[C]['run']>[0],
  ) => Promise.resolve((handlers[channel].run as (i: unknown, c: PlainContext) => unknown)(input, ctx));
  return { run, connects };
}

describe('team handlers', () => {
  it('probes and connects with the fingerprint in its canonical form, then answers the new state', async () => {
    const { run, connects } = setup();
    await expect(run('team:probe', { address: ' cter.zvh.local ' })).resolves.toMatchObject({ fingerprint: PRINT });
    const typed = PRINT.toLowerCase().replace(/:/g, ' ');
    await expect(run('team:connect', { address: 'cter.zvh.local', fingerprint: typed })).resolves.toEqual({
      state: 'locked',
    });
    expect(connects).toEqual([['cter.zvh.local', PRINT]]);
  });

  it('refuses a bad address, a fingerprint that is none, and any use after the first run', async () => {
    const { run, connects } = setup();
    await expect(run('team:probe', { address: 'http://cter.zvh.local' })).rejects.toMatchObject({
      code: 'SERVER_ADDRESS_INVALID',
    });
    await expect(run('team:connect', { address: 'cter.zvh.local', fingerprint: 'AB:CD' })).rejects.toMatchObject({
      code: 'FINGERPRINT_MISMATCH',
    });
    expect(connects).toEqual([]);
    const later = setup('locked');
    await expect(later.run('team:connect', { address: 'cter.zvh.local', fingerprint: PRINT })).rejects.toMatchObject({
      code: 'SETUP_NOT_ALLOWED',
    });
    await expect(later.run('team:probe', { address: 'cter.zvh.local' })).rejects.toMatchObject({
      code: 'SETUP_NOT_ALLOWED',
    });
  });

  it('without a team platform the server is unreachable', async () => {
    const { run } = setup('no-database', false);
    await expect(run('team:probe', { address: 'cter.zvh.local' })).rejects.toMatchObject({
      code: 'SERVER_UNREACHABLE',
    });
  });
});
