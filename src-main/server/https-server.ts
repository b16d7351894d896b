// The CTER server's listener: Node's own HTTPS server (no framework) in front of one core. TLS 1.3
// only; the certificate and key come from server.json (config.ts). The timeouts bound what a slow
// or silent client may hold: the headers within HEADERS_TIMEOUT_MS, the whole request within
// REQUEST_TIMEOUT_MS, an idle keep-alive connection KEEP_ALIVE_MS. `close` stops accepting, lets
// the requests under way finish (at most CLOSE_GRACE_MS), then ends every connection; the event
// streams (`GET /events`, event-stream.ts) it ends at once. The request timeout bounds receiving a
// request (Node stops counting once it is read), so it never cuts a stream; the headers timeout
// bounds a stream's request like any other. `trustedProxies`: client-address.ts.
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:https';
import type { Core } from '../core/core';
import type { Logger } from '../core/logger';
import { EventStreams, type EventStreamOptions } from './event-stream';
import { handleRequest } from './requests';

export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;
const KEEP_ALIVE_MS = 5_000;
const CLOSE_GRACE_MS = 5_000;
const CHECK_INTERVAL_MS = 1_000;

export interface CterServer {
  /** Starts listening; resolves with the address (port 0 picks a free one). */
  listen(host: string, port: number): Promise<AddressInfo>;
  /** Stops accepting, finishes or ends the connections; the core stays open (its owner closes it). */
  close(): Promise<void>;
}

export interface HttpsOptions {
  certificate: Buffer;
  key: Buffer;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Load balancers whose X-Forwarded-For names the client (server.json). */
  trustedProxies?: readonly string[];
  events?: EventStreamOptions;
  /**
   * PEM of the CA(s) that issued the workstations' client certificates (server.json `clientCaFile`);
   * with it only a workstation with such a certificate gets an answer (requests.ts).
   */
  clientCa?: Buffer | null;
}

export function createCterServer(core: Core, logger: Logger, options: HttpsOptions): CterServer {
  const events = new EventStreams(core, options.events);
  const clientCa = options.clientCa ?? null;
  const context = { trustedProxies: options.trustedProxies ?? [], events, clientCertificates: clientCa !== null };
  const server: Server = createServer(
    {
      cert: options.certificate,
      key: options.key,
      minVersion: 'TLSv1.3',
      headersTimeout: options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS,
      requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      keepAliveTimeout: KEEP_ALIVE_MS,
      // Node looks for connections past those timeouts only this often (by default every 30 s).
      connectionsCheckingInterval: CHECK_INTERVAL_MS,
      // Headers are small here: a token and a content type.
      maxHeaderSize: 16 * 1024,
      // Registered workstations only: the certificate is asked for and checked against the CA in
      // the handshake, but a missing or foreign one is refused by the request handler, with an
      // answer the workstation can put into words (TLS 1.3 has the client learn of a refused
      // certificate only as a broken connection after the handshake).
      ...(clientCa ? { requestCert: true, rejectUnauthorized: false, ca: clientCa } : {}),
    },
    (request, response) => void handleRequest(core, logger, request, response, context),
  );
  // A failed TLS handshake (an old client, a port scan) is the client's problem, not an error here.
  server.on('tlsClientError', () => {});

  return {
    listen(host, port) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        events.closeAll();
        server.closeIdleConnections();
      });
    },
  };
}
