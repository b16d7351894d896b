// The CTER server's TLS certificate for `cter server init` and `cter server check`: reading one
// (subject, names, validity, the SHA-256 fingerprint the workstations pin, in the form of `openssl
// x509 -fingerprint -sha256`: upper-case hex pairs joined by colons), whether a private key belongs
// to it, a TLS 1.3 handshake with the pair on a loopback port, and making a self-signed one. Node's
// crypto reads X.509 but cannot issue it, so a self-signed certificate is made by the `openssl`
// program (Debian: package `openssl`, present on every install) as a child process; without it
// `cter server init` says so and asks for the IT department's files instead.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { isIP, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { connect, createServer, type TLSSocket } from 'node:tls';
import { writeFileAtomic } from '../core/fs/atomic';
import { ServerConfigError } from '../server/config';

/** How long a self-signed certificate made by `cter server init` is valid (as docs/beheer.md's example). */
export const SELF_SIGNED_DAYS = 730;
/** `cter server check` warns when the certificate expires within this many days. */
export const EXPIRY_WARNING_DAYS = 30;
const HANDSHAKE_TIMEOUT_MS = 5_000;

export interface CertificateFacts {
  subject: string;
  /** The subjectAltName entries, e.g. `DNS:cter.zvh.example, IP Address:10.1.2.3`. */
  names: string;
  validFrom: Date;
  validTo: Date;
  /** SHA-256 of the DER certificate: `AB:CD:…` (32 pairs). */
  fingerprint: string;
}

/** The first certificate of a PEM file (the server's own; intermediates follow it). Throws when unreadable. */
export function readCertificate(pem: Buffer): X509Certificate {
  return new X509Certificate(pem);
}

export function certificateFacts(certificate: X509Certificate): CertificateFacts {
  return {
    subject: certificate.subject.replace(/\n/g, ', '),
    names: certificate.subjectAltName ?? '',
    validFrom: new Date(certificate.validFrom),
    validTo: new Date(certificate.validTo),
    fingerprint: certificate.fingerprint256.toUpperCase(),
  };
}

/** Whether `keyPem` is the private key of `certificate` (false for a key that cannot be read). */
export function keyMatches(certificate: X509Certificate, keyPem: Buffer): boolean {
  try {
    return certificate.checkPrivateKey(createPrivateKey(keyPem));
  } catch {
    return false;
  }
}

/**
 * A TLS 1.3 handshake with this certificate and key: a listener on an ephemeral loopback port,
 * one client connection, then both closed. Resolves with the protocol spoken and the fingerprint
 * the client was shown; rejects when the pair does not load or the handshake fails.
 */
export function tlsHandshake(certificate: Buffer, key: Buffer): Promise<{ protocol: string; fingerprint: string }> {
  return new Promise((resolve, reject) => {
    let server: ReturnType<typeof createServer>;
    try {
      server = createServer({ cert: certificate, key, minVersion: 'TLSv1.3' }, (socket) => socket.end());
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    server.on('tlsClientError', () => undefined);
    const done = (error: Error | null, value?: { protocol: string; fingerprint: string }) => {
      clearTimeout(timer);
      server.close();
      if (error) reject(error);
      else resolve(value!);
    };
    const timer = setTimeout(() => done(new Error('TLS handshake timed out')), HANDSHAKE_TIMEOUT_MS);
    server.once('error', (error) => done(error));
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      // The client only looks at what it is shown: a certificate of the IT department's CA would
      // need that CA here, and which names it covers is the workstations' concern.
      const socket: TLSSocket = connect({
        host: '127.0.0.1',
        port,
        minVersion: 'TLSv1.3',
        maxVersion: 'TLSv1.3',
        rejectUnauthorized: false,
      });
      socket.once('secureConnect', () => {
        const protocol = socket.getProtocol() ?? '';
        const fingerprint = socket.getPeerX509Certificate()?.fingerprint256.toUpperCase() ?? '';
        socket.destroy();
        done(null, { protocol, fingerprint });
      });
      socket.once('error', (error) => {
        socket.destroy();
        done(error);
      });
    });
  });
}

/** The subjectAltName for `names`: IP addresses as `IP:`, the rest as `DNS:`. */
export function subjectAltName(names: readonly string[]): string {
  return names.map((name) => (isIP(name) ? `IP:${name}` : `DNS:${name}`)).join(',');
}

/** A host name or address fit for a certificate (and for openssl's arguments). */
export function validCertificateName(name: string): boolean {
  return (
    isIP(name) !== 0 || /^(?=.{1,253}$)[A-Za-z0-9*]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*$/.test(name)
  );
}

/**
 * Makes a self-signed certificate (EC P-256, SHA-256, SELF_SIGNED_DAYS) for `names` with openssl,
 * both readable by their owner only. openssl writes them in a private folder beside the targets;
 * each is then put in place crash-safe (fs/atomic.ts), the key before the certificate: a crash in between leaves a pair that does not match, which the next
 * `cter server init` replaces. ServerConfigError('serverInit.opensslMissing') without openssl.
 */
export function makeSelfSigned(names: readonly string[], certificateFile: string, keyFile: string, dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const work = mkdtempSync(join(dir, '.nieuw-'));
  const keyOut = join(work, 'key.pem');
  const certificateOut = join(work, 'certificate.pem');
  try {
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-sha256', '-nodes'],
        ...['-days', String(SELF_SIGNED_DAYS), '-subj', `/CN=${names[0]!}`],
        ...['-addext', `subjectAltName=${subjectAltName(names)}`],
        ...['-keyout', keyOut, '-out', certificateOut],
      ],
      { stdio: 'ignore', timeout: 60_000 },
    );
    chmodSync(keyOut, 0o600);
    writeFileAtomic(keyFile, readFileSync(keyOut), 0o600);
    writeFileAtomic(certificateFile, readFileSync(certificateOut), 0o600);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw new ServerConfigError('serverInit.opensslMissing');
    if (error instanceof ServerConfigError) throw error;
    throw new ServerConfigError('serverInit.opensslFailed');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
