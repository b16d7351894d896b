// Optimistic concurrency across the bridge. The views that feed an edit form carry the record's
// `version`; the save sends back the version the form loaded. A save of an older version is
// refused with STALE_VERSION, whose params say who saved last and when, the current version and
// which of the form's fields differ from what was sent.
import { z } from 'zod';
import type { BridgeError } from './errors';
import { MAX_ID } from './record-id';

/** A record's version as stored (1 for a new record, one more at each save). */
export const recordVersion = z.number().int().min(1).max(MAX_ID);

/**
 * The version a form loaded. Optional in the contract so scripts and the CLI (no form, nothing
 * loaded) can still save; every form of the window sends it.
 */
export const loadedVersion = recordVersion.optional();

export interface StaleVersion {
  /** Display name of the account that saved last; empty for a system task. */
  savedBy: string;
  /** When it was saved (ISO), empty when unknown. */
  savedAt: string;
  /** The version now stored. */
  version: number;
  /** The form's fields whose stored value differs from what was sent. */
  fields: string[];
}

/** The details of a STALE_VERSION error, or null for any other error. */
export function staleVersionOf(error: BridgeError | null | undefined): StaleVersion | null {
  if (!error || error.code !== 'STALE_VERSION') return null;
  const params = error.params ?? {};
  const fields = String(params.fields ?? '');
  return {
    savedBy: String(params.savedBy ?? ''),
    savedAt: String(params.savedAt ?? ''),
    version: Number(params.version ?? 0),
    fields: fields === '' ? [] : fields.split(','),
  };
}
