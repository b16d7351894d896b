import { describe, expect, it } from 'vitest';
import { loadsConflictCopies } from './ConflictCopiesPanel';

describe('when the meeting page asks for conflict copies', () => {
  const chair = { id: 4, displayName: 'Vera Voorzitter' };

  it('asks only for the chair, and only when the meeting says some wait', () => {
    expect(loadsConflictCopies({ voorzitter: chair, waitingCopies: 1 }, 4)).toBe(true);
    // The embedded mode and a meeting without copies: no call, so no audited view row per visit.
    expect(loadsConflictCopies({ voorzitter: chair, waitingCopies: 0 }, 4)).toBe(false);
    expect(loadsConflictCopies({ voorzitter: chair, waitingCopies: 2 }, 5)).toBe(false);
    expect(loadsConflictCopies({ voorzitter: null, waitingCopies: 2 }, 4)).toBe(false);
  });
});
