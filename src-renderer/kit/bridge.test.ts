// Which failed saves the autosave tries again by itself: those whose cause passes without the
// user typing again (the server back, a conflict over, space freed on a full disk).
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src-shared/ipc/errors';
import { BridgeFailure, retryIfPassing } from './bridge';

const failure = (code: ErrorCode) => new BridgeFailure({ code, message: '' });

describe('retryIfPassing', () => {
  it('tries again after 5 s when the cause may pass by itself', () => {
    for (const code of ['NO_CONNECTION', 'STORE_UNREACHABLE', 'STORE_CONFLICT'] as const) {
      expect(retryIfPassing(failure(code)), code).toBe(5_000);
    }
  });

  it('tries again when the disk was full or read-only: the text is saved once space is freed', () => {
    expect(retryIfPassing(failure('STORAGE_FULL'))).toBe(5_000);
    expect(retryIfPassing(failure('STORAGE_READONLY'))).toBe(5_000);
  });

  it('waits for the next change when the input or the version was refused', () => {
    for (const code of ['INVALID_INPUT', 'FORBIDDEN', 'STALE_VERSION', 'INTERNAL'] as const) {
      expect(retryIfPassing(failure(code)), code).toBeNull();
    }
    expect(retryIfPassing(new Error('x'))).toBeNull();
  });
});
