// The recovery key: 32 random bytes, written as 52 Crockford base32 characters plus a 4-character
// check group, in 14 groups of 4 ("7K2M-..."). Crockford's alphabet has no I, L, O or U, and reading
// back accepts the look-alikes (I/L -> 1, O -> 0), lower case and missing dashes. The check group
// catches a mistyped character before any decryption is attempted.
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_BYTES = 32;
const BODY_CHARS = 52;
const CHECK_CHARS = 4;
export const RECOVERY_GROUPS = (BODY_CHARS + CHECK_CHARS) / 4;

function toBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string, byteLength: number): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return out.length >= byteLength ? Buffer.from(out.slice(0, byteLength)) : null;
}

function checkGroup(body: string): string {
  return toBase32(createHash('sha256').update(`cter-herstelsleutel:${body}`).digest()).slice(0, CHECK_CHARS);
}

export function generateRecoveryKey(): { bytes: Buffer; text: string } {
  const bytes = randomBytes(KEY_BYTES);
  return { bytes, text: formatRecoveryKey(bytes) };
}

export function formatRecoveryKey(bytes: Buffer): string {
  const body = toBase32(bytes);
  return (body + checkGroup(body)).match(/.{4}/g)!.join('-');
}

/** The key bytes, or null when the text is not a well-formed recovery key. */
export function parseRecoveryKey(text: string): Buffer | null {
  const cleaned = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (cleaned.length !== BODY_CHARS + CHECK_CHARS) return null;
  const body = cleaned.slice(0, BODY_CHARS);
  if (checkGroup(body) !== cleaned.slice(BODY_CHARS)) return null;
  return fromBase32(body, KEY_BYTES);
}

/** The 1-based group `n` of a formatted key, for the set-up confirmation. */
export function recoveryGroup(text: string, n: number): string {
  return text.split('-')[n - 1] ?? '';
}
