// The TLS connection under the workstation's client (client.ts): TCP, then the TLS 1.3 handshake
// (with the workstation's client certificate when it has one), and the SHA-256 fingerprint of the
// certificate the server showed, which client.ts compares with the pin before any request byte.
// Failures are a TeamConnectionError with a kind (client.ts explains them).
import { createHash } from 'node:crypto';
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { ServerAddress } from '../../src-shared/domain/server-address';

export type FailureKind = 'unreachable' | 'mismatch' | 'not-cter' | 'not-registered';

/** The workstation's client certificate (PEM, with any intermediates) and its private key (PEM). */
export interface ClientIdentity {
  certificate: Buffer;
  key: Buffer;
}

export class TeamConnectionError extends Error {
  constructor(
    readonly kind: FailureKind,
    detail: string,
  ) {
    super(`team server ${kind}: ${detail}`);
    this.name = 'TeamConnectionError';
  }
}

/** SHA-256 of a certificate's DER in its one form: upper-case hex pairs joined by `:`. */
export function fingerprintOf(der: Buffer): string {
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)!.join(':');
}

/** A socket with TCP and the TLS 1.3 handshake done, and the fingerprint the server showed. */
export interface Connected {
  socket: TLSSocket;
  fingerprint: string;
}

const isIp = (host: string) => /^[\d.]+$/.test(host) || host.includes(':');

/**
 * TCP to `address`, then TLS 1.3. Nothing is written but the handshake. The chain is not checked
 * here (the caller compares the fingerprint: the pin is the trust); the socket is returned paused.
 */
export function open(address: ServerAddress, connectMs: number, identity?: ClientIdentity): Promise<Connected> {
  return new Promise((resolve, reject) => {
    let tcp: Socket | null = null;
    let tls: TLSSocket | null = null;
    let settled = false;
    const fail = (kind: FailureKind, detail: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      tls?.destroy();
      tcp?.destroy();
      reject(new TeamConnectionError(kind, detail));
    };
    const timer = setTimeout(() => fail('unreachable', 'connect timeout'), connectMs);
    tcp = netConnect({ host: address.host, port: address.port });
    tcp.on('error', (error: NodeJS.ErrnoException) => fail('unreachable', error.code ?? 'tcp error'));
    tcp.once('connect', () => {
      tls = tlsConnect({
        socket: tcp!,
        // SNI for a name (a server behind a TLS-terminating proxy may need it); none for an address.
        ...(isIp(address.host) ? {} : { servername: address.host }),
        minVersion: 'TLSv1.3',
        maxVersion: 'TLSv1.3',
        // The pin decides, below: a self-signed certificate has no chain to verify.
        rejectUnauthorized: false,
        ALPNProtocols: ['http/1.1'],
        // Shown only to a server that asks for it (registered workstations only).
        ...(identity ? { cert: identity.certificate, key: identity.key } : {}),
      });
      tls.once('error', (error: NodeJS.ErrnoException) => {
        // The TCP connection stood: what answered does not speak TLS 1.3 as a CTER server does,
        // unless the connection itself broke.
        const code = error.code ?? '';
        fail(['ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code) ? 'unreachable' : 'not-cter', code || 'tls error');
      });
      tls.once('secureConnect', () => {
        const socket = tls!;
        const der = socket.getPeerCertificate(false)?.raw;
        if (settled) return;
        if (!der || socket.getProtocol() !== 'TLSv1.3') return fail('not-cter', 'no certificate or not TLS 1.3');
        settled = true;
        clearTimeout(timer);
        socket.removeAllListeners('error');
        // The HTTP client adds its own listener; until then an error must not go unhandled.
        socket.on('error', () => {});
        resolve({ socket, fingerprint: fingerprintOf(der) });
      });
    });
  });
}
