// `<dataDir>/team.json`: the CTER server this workstation works on (team mode, issue 18) —
// `{ "host", "port", "fingerprint" }`, written when the wizard's `team:connect` reached the server
// with the pinned certificate (main's platform service, electron/workstation.ts), read by main at start. Present: the bridge goes to that server;
// absent: the workstation's own database, as before. It decides whom the workstation trusts, so it
// is written crash-safe and owner-only (like store.json and server.json), and a file that others
// may change is refused. It never holds a session token or a password.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  normaliseFingerprint,
  parseServerAddress,
  type ServerAddress,
} from '../../../src-shared/domain/server-address';
import { readJsonIfExists, writeFileAtomic } from '../fs/atomic';

export const TEAM_FILE = 'team.json';

/** The server team.json names, with the fingerprint pinned for it. */
export interface TeamServerInfo extends ServerAddress {
  fingerprint: string;
}

export const teamFilePath = (dataDir: string) => join(dataDir, TEAM_FILE);

/** team.json exists but cannot be used: not JSON, another shape, or changeable by others. */
export class TeamFileError extends Error {
  constructor(readonly reason: 'invalid' | 'unsafe') {
    super(`team.json ${reason}`);
  }
}

const teamFileSchema = z
  .object({
    host: z.string().min(1).max(253),
    port: z.number().int().min(1).max(65535),
    fingerprint: z.string().min(1).max(200),
  })
  .strict();

/** The server team.json names; null when there is no team.json (the workstation's own database). */
export function readTeamFile(dataDir: string): TeamServerInfo | null {
  const file = teamFilePath(dataDir);
  if (!existsSync(file)) return null;
  if (process.platform !== 'win32' && (statSync(file).mode & 0o022) !== 0) throw new TeamFileError('unsafe');
  let raw: unknown;
  try {
    raw = readJsonIfExists(file);
  } catch {
    throw new TeamFileError('invalid');
  }
  const parsed = teamFileSchema.safeParse(raw);
  if (!parsed.success) throw new TeamFileError('invalid');
  // The same rules as the wizard's input: an address that parses back to itself, a fingerprint in its one form.
  const address = parseServerAddress(`${parsed.data.host}:${parsed.data.port}`);
  const fingerprint = normaliseFingerprint(parsed.data.fingerprint);
  if (!address || address.host !== parsed.data.host || address.port !== parsed.data.port || !fingerprint) {
    throw new TeamFileError('invalid');
  }
  return { ...address, fingerprint };
}

/** Writes team.json crash-safe (temporary file, fsync, rename), readable and writable by its owner only. */
export function writeTeamFile(dataDir: string, server: TeamServerInfo): void {
  const { host, port, fingerprint } = server;
  // On a first run the data folder may not exist yet (the wizard is the first to write in it).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileAtomic(teamFilePath(dataDir), `${JSON.stringify({ host, port, fingerprint }, null, 2)}\n`, 0o600);
}
