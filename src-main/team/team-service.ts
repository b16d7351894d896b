// The platform's team service (core/platform.ts `TeamService`) over the pinned client: what the
// wizard's team:probe and team:connect need from the network, which core never opens itself.
// `probe` reads the certificate in a TLS handshake and, pinned to what it just saw, asks whether a
// CTER server answers (a call without a token, which needs no database and carries nothing secret);
// `connect` does the same with the fingerprint the user confirmed pinned, and refuses another.
import { AppError } from '../../src-shared/ipc/errors';
import type { ServerAddress } from '../../src-shared/domain/server-address';
import {
  createTeamClient,
  readFingerprint,
  TeamConnectionError,
  type ClientIdentity,
  type ClientTimeouts,
  type TeamServerInfo,
} from './client';

/** The platform's team service, minus `connected` (the composition decides what switching means). */
export interface TeamProbe {
  probe(address: ServerAddress): Promise<TeamServerInfo>;
  connect(server: TeamServerInfo): Promise<void>;
}

function asAppError(error: unknown): unknown {
  if (!(error instanceof TeamConnectionError)) return error;
  if (error.kind === 'mismatch') return new AppError('FINGERPRINT_MISMATCH');
  if (error.kind === 'not-registered') return new AppError('WORKSTATION_NOT_REGISTERED');
  return new AppError(error.kind === 'not-cter' ? 'NOT_A_CTER_SERVER' : 'SERVER_UNREACHABLE');
}

export function teamProbe(timeouts: ClientTimeouts = {}, identity?: ClientIdentity): TeamProbe {
  const check = async (server: TeamServerInfo) => {
    try {
      await createTeamClient(server, timeouts, identity).hello();
    } catch (error) {
      throw asAppError(error);
    }
  };
  return {
    async probe(address) {
      let fingerprint: string;
      try {
        fingerprint = await readFingerprint(address, timeouts, identity);
      } catch (error) {
        throw asAppError(error);
      }
      const server = { host: address.host, port: address.port, fingerprint };
      await check(server);
      return server;
    },
    connect: check,
  };
}
