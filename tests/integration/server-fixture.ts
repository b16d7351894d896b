// What the tests of the CTER server and of its client share: a self-signed certificate made with
// openssl (the key readable by its owner only, as server.json demands), a free port on loopback,
// and a data folder for `startServer` / `cter server` (store.json for a test database, server.json
// for the listener).
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import type { PostgresStore } from '../../src-main/core/db/store';
import { tempDir, writeStoreFile } from './helpers';

export const HOST = '127.0.0.1';

export interface CertificateFiles {
  certificateFile: string;
  keyFile: string;
}

/** A self-signed certificate for localhost and 127.0.0.1 in `dir` (files `<name>.crt`, `<name>.key`). */
export function makeCertificate(dir: string, name = 'server'): CertificateFiles {
  const certificateFile = join(dir, `${name}.crt`);
  const keyFile = join(dir, `${name}.key`);
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
      ...['-keyout', keyFile, '-out', certificateFile, '-days', '1', '-subj', '/CN=localhost'],
      ...['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
    ],
    { stdio: 'ignore' },
  );
  chmodSync(keyFile, 0o600);
  return { certificateFile, keyFile };
}

/** The certificate's SHA-256 fingerprint as IT reads it: `openssl x509 -noout -fingerprint -sha256`. */
export function opensslFingerprint(certificateFile: string): string {
  const line = execFileSync('openssl', ['x509', '-in', certificateFile, '-noout', '-fingerprint', '-sha256'], {
    encoding: 'utf8',
  });
  return line.trim().replace(/^.*=/, '');
}

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((done) => probe.listen(0, HOST, done));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

/** A data folder for the server: store.json naming `store` (when given) and server.json for the listener. */
export function serverDataDir(store: PostgresStore | null, port: number, files: CertificateFiles): string {
  const dir = tempDir('cter-server-');
  if (store) writeStoreFile(dir, store);
  writeFileSync(join(dir, 'server.json'), JSON.stringify({ host: HOST, port, ...files }), { mode: 0o600 });
  return dir;
}
