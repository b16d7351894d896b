// What the wizard's third choice (connecting to the team's CTER server) collects: the address as
// typed, what the server showed for it (team:probe), and the fingerprint IT gave. Kept in the
// wizard, so going back a step or a failed connect never loses what was typed.
import type { OutputOf } from '../../../../src-shared/ipc/contract';
import { fingerprintsMatch, normaliseFingerprint } from '../../../../src-shared/domain/server-address';

export interface TeamValues {
  address: string;
  /** The server's answer for `address`; null until probed (and again when the address changes). */
  probed: OutputOf<'team:probe'> | null;
  /** The fingerprint as the user typed or pasted it from IT's note. */
  fingerprint: string;
}

export const EMPTY_TEAM: TeamValues = { address: '', probed: null, fingerprint: '' };

/**
 * Where the comparison stands: nothing typed yet, not yet a whole fingerprint (still typing, or not
 * one at all), the same as the server's, or a different one (do not connect).
 */
export type Comparison = 'empty' | 'incomplete' | 'match' | 'mismatch';

export function compareFingerprints(server: string, typed: string): Comparison {
  if (typed.trim() === '') return 'empty';
  if (!normaliseFingerprint(typed)) return 'incomplete';
  return fingerprintsMatch(server, typed) ? 'match' : 'mismatch';
}
