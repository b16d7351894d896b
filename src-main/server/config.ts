// The CTER server's own configuration, beside store.json in the data folder: `<dataDir>/server.json`
// names where the server listens and the files of its TLS certificate and private key (issued by
// the IT department's CA, or self-signed with its fingerprint handed to the workstations). Like
// store.json it decides what the clients trust, so a file that others than its owner may change is
// refused; the private key may moreover be read by its owner only. Problems are ServerConfigError
// with a key of the CLI's messages (`server.*`), so `cter server` says them in Dutch (or English).
import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { isIP } from 'node:net';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { plainAddress } from './client-address';

export const SERVER_FILE = 'server.json';
/** The port when server.json names none (HTTPS, unprivileged). */
export const DEFAULT_PORT = 8443;

export class ServerConfigError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

const absolutePath = z.string().min(1).max(4096).refine(isAbsolute, 'must be an absolute path');

const serverFileSchema = z
  .object({
    /** The address to listen on: one interface (say the server's LAN address), or 0.0.0.0 / :: for all. */
    host: z.string().min(1).max(255),
    port: z.number().int().min(1).max(65535).default(DEFAULT_PORT),
    certificateFile: absolutePath,
    keyFile: absolutePath,
    /**
     * Load balancers in front of the server, by exact address (no ranges): only from these is the
     * last hop of X-Forwarded-For the client's address (client-address.ts). Default none.
     */
    trustedProxies: z
      .array(z.string().refine((address) => isIP(address) !== 0, 'must be an IP address'))
      .max(64)
      .default([]),
    /**
     * How many log-ins' passwords (scrypt, 128 MiB and about a CPU-second each) are checked at once;
     * the others wait their turn (core/server/hash-gate.ts). Default: the machine's cores, at most 3.
     */
    passwordHashesAtOnce: z.number().int().min(1).max(64).optional(),
    /**
     * Only registered workstations: the CA certificate(s), PEM, that issued the workstations' client
     * certificates. With it a request from a workstation without such a certificate is refused
     * before anything else (requests.ts); without it any workstation may connect (the default).
     */
    clientCaFile: absolutePath.optional(),
  })
  .strict();

export interface ServerConfig {
  host: string;
  port: number;
  /** PEM: the certificate (and any intermediates), then the private key. */
  certificate: Buffer;
  key: Buffer;
  trustedProxies: string[];
  /** Passwords checked at once; undefined: the default (hash-gate.ts). */
  passwordHashesAtOnce: number | undefined;
  /** PEM of the CA(s) of the workstations' client certificates; null: none required. */
  clientCa: Buffer | null;
}

function modeOf(file: string, field: string): number {
  try {
    return statSync(file).mode;
  } catch {
    throw new ServerConfigError('server.fileMissing', { field, file });
  }
}

/** What server.json says, checked, without reading the files it names. */
export type ServerFile = z.output<typeof serverFileSchema>;

/**
 * Reads and checks `<dataDir>/server.json` alone (present, changed by its owner only, JSON with the
 * known fields), as readServerConfig does before it reads the certificate and key: `cter server
 * check` reports the file apart from those. Read-only; the same refusals and keys.
 */
export function readServerFile(dataDir: string): ServerFile {
  const file = join(dataDir, SERVER_FILE);
  if (process.platform !== 'win32' && (modeOf(file, SERVER_FILE) & 0o022) !== 0) {
    throw new ServerConfigError('server.fileUnsafe', { file });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new ServerConfigError('server.configInvalid', { file, field: SERVER_FILE });
  }
  const parsed = serverFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] ?? (issue && 'keys' in issue ? (issue.keys as string[])[0] : undefined);
    throw new ServerConfigError('server.configInvalid', { file, field: String(field ?? SERVER_FILE) });
  }
  return parsed.data;
}

/** Reads and checks `<dataDir>/server.json` and the certificate and key it names. */
export function readServerConfig(dataDir: string): ServerConfig {
  const posix = process.platform !== 'win32';
  const { host, port, certificateFile, keyFile, trustedProxies, passwordHashesAtOnce, clientCaFile } =
    readServerFile(dataDir);
  modeOf(certificateFile, 'certificateFile');
  // Whoever may change the CA file decides which workstations get in: its owner only, as server.json.
  if (clientCaFile && posix && (modeOf(clientCaFile, 'clientCaFile') & 0o022) !== 0) {
    throw new ServerConfigError('server.fileUnsafe', { file: clientCaFile });
  }
  if (posix && (modeOf(keyFile, 'keyFile') & 0o077) !== 0) {
    throw new ServerConfigError('server.keyUnsafe', { file: keyFile });
  }
  const read = (path: string, field: string) => {
    try {
      return readFileSync(path);
    } catch {
      throw new ServerConfigError('server.fileMissing', { field, file: path });
    }
  };
  return {
    host,
    port,
    certificate: read(certificateFile, 'certificateFile'),
    key: read(keyFile, 'keyFile'),
    trustedProxies: trustedProxies.map(plainAddress),
    passwordHashesAtOnce,
    clientCa: clientCaFile ? certificateAuthority(read(clientCaFile, 'clientCaFile'), clientCaFile) : null,
  };
}

/** The CA file's PEM, refused unless it holds at least one certificate that parses. */
function certificateAuthority(pem: Buffer, file: string): Buffer {
  const blocks = pem.toString('utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  try {
    if (blocks.length === 0) throw new Error('no certificate');
    for (const block of blocks) new X509Certificate(block);
  } catch {
    throw new ServerConfigError('server.configInvalid', { file, field: 'clientCaFile' });
  }
  return pem;
}
