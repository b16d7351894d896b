import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT, newScryptParams, scryptParams, TEST_SCRYPT_N, useProductionScryptCost } from './kdf';

describe('scrypt parameters of new slots', () => {
  afterEach(() => useProductionScryptCost(false));

  it('are the production cost (N = 2^17, r = 8, p = 1) unless a test suite lowered it', () => {
    useProductionScryptCost(true);
    const params = newScryptParams();
    expect(params).toMatchObject({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(DEFAULT_SCRYPT.N).toBe(2 ** 17);
    expect(Buffer.from(params.salt, 'base64')).toHaveLength(16);
  });

  it('are lowered for the suites only to the lowest cost a slot may have', () => {
    useProductionScryptCost(false);
    const params = newScryptParams();
    expect(params.N).toBe(TEST_SCRYPT_N);
    expect(scryptParams.safeParse(params).success).toBe(true);
    expect(scryptParams.safeParse({ ...params, N: TEST_SCRYPT_N / 2 }).success).toBe(false);
  });
});
