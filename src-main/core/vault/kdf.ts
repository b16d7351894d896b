// Password-based key derivation: scrypt, memory-hard, with the parameters stored per key slot so
// they can be raised later without invalidating existing slots. The default follows the OWASP
// Password Storage Cheat Sheet (N = 2^17, r = 8, p = 1: 128 MiB, about 0.3-1 s on a laptop).
import { randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';

/**
 * The parameters a key file may ask for: what the app writes, with room to raise them (N up to
 * 2^20, r up to 16, p up to 4) but never more than 1 GiB of scrypt work (128·N·r·p bytes). A
 * tampered file cannot make a login take gigabytes and minutes; such a file is damaged.
 */
export const SCRYPT_LIMITS = { maxN: 2 ** 20, maxR: 16, maxP: 4, maxBytes: 2 ** 30 } as const;

export const scryptParams = z
  .object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(SCRYPT_LIMITS.maxN)
      .refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
    r: z.number().int().min(8).max(SCRYPT_LIMITS.maxR),
    p: z.number().int().min(1).max(SCRYPT_LIMITS.maxP),
    salt: z.string().min(16),
  })
  .strict()
  .refine((k) => 128 * k.N * k.r * k.p <= SCRYPT_LIMITS.maxBytes, 'scrypt parameters ask for too much memory');
export type ScryptParams = z.infer<typeof scryptParams>;

export const DEFAULT_SCRYPT = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } as const;

/** scrypt's lowest N that `scryptParams` accepts (16 MiB): what the test suites give new slots. */
export const TEST_SCRYPT_N = 2 ** 14;

let newSlotN: number = DEFAULT_SCRYPT.N;

/**
 * Test suites only (tests/support/cheap-key-derivation.ts): new key slots and verifiers get N =
 * 2^14 instead of 2^17, a derivation of ~60 ms instead of ~0.8 s on the CI machine, where the
 * suites derive keys thousands of times. Slots keep their parameters, so a slot made this way opens
 * anywhere; `true` brings back the production cost. tests/lint/test-seams.test.ts keeps every file
 * outside tests/ (and outside *.test.ts) from calling it.
 */
export function useProductionScryptCost(production: boolean): void {
  newSlotN = production ? DEFAULT_SCRYPT.N : TEST_SCRYPT_N;
}

export function newScryptParams(): ScryptParams {
  return { ...DEFAULT_SCRYPT, N: newSlotN, salt: randomBytes(16).toString('base64') };
}

/** Passwords are compared as typed, after Unicode normalisation (so "é" typed two ways is one). */
export function normalisePassword(password: string): string {
  return password.normalize('NFC');
}

export function deriveKey(password: string, params: ScryptParams): Promise<Buffer> {
  const maxmem = 128 * params.N * params.r * params.p + 64 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(
      normalisePassword(password),
      Buffer.from(params.salt, 'base64'),
      32,
      { N: params.N, r: params.r, p: params.p, maxmem },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}
