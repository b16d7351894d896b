// Team mode: the CTER server's address as a person types it, and its certificate's fingerprint as
// IT hands it over (on paper, by phone). Pure rules, shared by the wizard (compare while typing),
// core (the team:* handlers) and the main process (the pinned connection).
//
// Address: `host`, `host:port` or `https://host[:port]`; default port 8443; only https; no path,
// no query, no user info. Fingerprint: SHA-256 of the certificate's DER, 32 bytes, written as
// upper-case hex pairs joined by `:` (`openssl x509 -fingerprint -sha256`); typed input in any case,
// with or without colons, spaces or dashes, is normalised to that form.

export const DEFAULT_SERVER_PORT = 8443;

export interface ServerAddress {
  host: string;
  port: number;
}

/** A DNS name (letters, digits, hyphens; labels of 1–63) or an IPv4 address; no IPv6 for now. */
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** The address the user typed, or null when it is not one (SERVER_ADDRESS_INVALID). */
export function parseServerAddress(typed: string): ServerAddress | null {
  let rest = typed.trim().toLowerCase();
  if (rest.length === 0 || rest.length > 300) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(rest);
  if (scheme) {
    if (scheme[1] !== 'https') return null;
    rest = rest.slice(scheme[0].length);
    // A single trailing slash is what a copied address often has; anything after it is a path.
    if (rest.endsWith('/')) rest = rest.slice(0, -1);
  }
  if (/[/?#@\s\\]/.test(rest)) return null;
  const match = /^([^:]+)(?::(\d{1,5}))?$/.exec(rest);
  if (!match) return null;
  const host = match[1]!;
  const port = match[2] === undefined ? DEFAULT_SERVER_PORT : Number(match[2]);
  if (!HOST.test(host) || port < 1 || port > 65535) return null;
  return { host, port };
}

/** `host` with `:port` only when it is not the default: what the screens show. */
export function describeServerAddress({ host, port }: ServerAddress): string {
  return port === DEFAULT_SERVER_PORT ? host : `${host}:${port}`;
}

const FINGERPRINT_BYTES = 32;

/**
 * The fingerprint in its canonical form (`AB:CD:…`, 32 pairs), or null when the text is not a
 * SHA-256 fingerprint (wrong length, or a character that is not hex, a colon, a space or a dash).
 */
export function normaliseFingerprint(typed: string): string | null {
  if (/[^0-9a-f:\s-]/i.test(typed)) return null;
  const hex = typed.replace(/[:\s-]/g, '').toUpperCase();
  if (hex.length !== FINGERPRINT_BYTES * 2) return null;
  return hex.match(/../g)!.join(':');
}

/** True when both are SHA-256 fingerprints and the same one (whatever their case or separators). */
export function fingerprintsMatch(a: string, b: string): boolean {
  const left = normaliseFingerprint(a);
  return left !== null && left === normaliseFingerprint(b);
}

/**
 * The fingerprint in groups of four pairs (8 groups), for reading aloud and comparing by eye:
 * `AB:CD:EF:01 23:45:67:89 …`. Text that is no fingerprint is returned as it is.
 */
export function fingerprintGroups(fingerprint: string): string[] {
  const canonical = normaliseFingerprint(fingerprint);
  if (!canonical) return [fingerprint];
  const pairs = canonical.split(':');
  const groups: string[] = [];
  for (let i = 0; i < pairs.length; i += 4) groups.push(pairs.slice(i, i + 4).join(':'));
  return groups;
}
