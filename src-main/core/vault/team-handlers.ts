// Handlers for team:* — the first-run wizard's third choice, connecting this workstation to the
// team's CTER server. Core checks the state (only while there is no database: state 'no-database'),
// the address and the fingerprint's form; the connection itself is the platform's (Electron's
// main), since core never opens a network connection. Without a team platform (CLI, the server,
// most tests) the server is unreachable from here.
import { AppError } from '../../../src-shared/ipc/errors';
import type { VaultStatus } from '../../../src-shared/ipc/session';
import { normaliseFingerprint, parseServerAddress } from '../../../src-shared/domain/server-address';
import { plain, type Handlers } from '../handlers';
import type { TeamService } from '../platform';

export interface TeamParts {
  team: TeamService | undefined;
  /** vault:status as core answers it. */
  status(): Promise<VaultStatus>;
}

export function teamHandlers({ team, status }: TeamParts): Pick<Handlers, 'team:probe' | 'team:connect'> {
  const firstRun = async (address: string): Promise<TeamService> => {
    if ((await status()).state !== 'no-database') throw new AppError('SETUP_NOT_ALLOWED');
    if (!parseServerAddress(address)) throw new AppError('SERVER_ADDRESS_INVALID');
    if (!team) throw new AppError('SERVER_UNREACHABLE');
    return team;
  };
  return {
    'team:probe': plain(async ({ address }) => (await firstRun(address)).probe(address.trim())),
    'team:connect': plain(async ({ address, fingerprint }) => {
      const service = await firstRun(address);
      const pinned = normaliseFingerprint(fingerprint);
      if (!pinned) throw new AppError('FINGERPRINT_MISMATCH');
      await service.connect(address.trim(), pinned);
      return { state: (await status()).state };
    }),
  };
}

/**
 * offline:* belong to a workstation in team mode, whose remote bridge answers them (never the
 * server's core). The embedded core holds no copies of a server's meetings: an empty list, and
 * NOT_IN_TEAM_MODE for the rest (the server's core answers the same, should a client send one).
 */
export function offlineHandlers(): Pick<
  Handlers,
  'offline:list' | 'offline:check-out' | 'offline:remove' | 'offline:check-in' | 'offline:resolve'
> {
  const refuse = () => {
    throw new AppError('NOT_IN_TEAM_MODE');
  };
  return {
    'offline:list': plain(() => []),
    'offline:check-out': plain(refuse),
    'offline:remove': plain(refuse),
    'offline:check-in': plain(refuse),
    'offline:resolve': plain(refuse),
  };
}
