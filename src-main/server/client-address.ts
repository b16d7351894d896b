// Who a request comes from, as the session binding sees it (requests.ts, event-stream.ts). Normally
// the address of the connection. Behind a load balancer every connection comes from the balancer,
// so server.json may name `trustedProxies` (exact addresses): only from one of them is the last hop
// of `X-Forwarded-For` (the address the balancer itself saw and appended) taken as the client; any
// earlier hops are the client's own claim and are ignored, and from anyone else the header is
// ignored altogether. A trusted proxy that sends no usable header is refused (400): taking the
// balancer's own address would bind every client's session to one address.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** IPv4 written plainly even on a dual-stack socket (`::ffff:192.0.2.1` -> `192.0.2.1`). */
export function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/** The last hop of X-Forwarded-For (Node joins repeated headers with ", "), if it is an address. */
function lastForwardedHop(request: IncomingMessage): string | null {
  const header = request.headers['x-forwarded-for'];
  if (typeof header !== 'string') return null;
  const hop = header.split(',').pop()?.trim() ?? '';
  return isIP(hop) ? plainAddress(hop) : null;
}

/**
 * The client's address: the connection's, or behind a trusted proxy the forwarded one; `undefined`
 * when a trusted proxy forwarded none (the caller refuses the request).
 */
export function clientAddress(
  request: IncomingMessage,
  trustedProxies: readonly string[] = [],
): string | null | undefined {
  const raw = request.socket.remoteAddress;
  const peer = raw ? plainAddress(raw) : null;
  if (peer === null || !trustedProxies.includes(peer)) return peer;
  return lastForwardedHop(request) ?? undefined;
}
