// Team mode: the first-run wizard's third choice connects this workstation to the team's CTER
// server. `team:probe` asks the server at the typed address for its certificate's fingerprint (for
// the user to compare with the one IT gave); `team:connect` pins that fingerprint and connects.
// Both run only before anyone logs in, while there is no database (state 'no-database').
//
// `address`: `host`, `host:port` or `https://host[:port]` (default port 8443; only https; no path,
// no user info). `fingerprint`: the SHA-256 of the certificate's DER, upper-case hex pairs joined
// by `:` (as `openssl x509 -fingerprint -sha256` prints it); input in any case, with or without
// colons or spaces, is normalised.
import { z } from 'zod';
import { channel } from './channel';
import type { VaultState } from './session';

const address = z.string().min(1).max(300);

export const teamChannels = {
  'team:probe': channel<{ host: string; port: number; fingerprint: string }>()({
    input: z.object({ address }).strict(),
    audit: 'none',
  }),
  'team:connect': channel<{ state: VaultState }>()({
    input: z.object({ address, fingerprint: z.string().min(1).max(200) }).strict(),
    audit: 'session',
  }),
};
