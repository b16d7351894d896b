// The kiosk rule of the permission table: while a kiosk runs, only the kiosk's own channels (and
// locking) are allowed; everything else answers 'kiosk'.
import { describe, expect, it } from 'vitest';
import { decideAccess } from './permissions';

describe('kiosk access', () => {
  const caller = { roles: ['procesregisseur'] as const, mustChangePassword: false, kiosk: true };
  it('allows only the kiosk channels and locking, refuses the rest (public ones too)', () => {
    expect(decideAccess('evaluations:kiosk-submit', caller)).toBe('allowed');
    expect(decideAccess('evaluations:kiosk-exit', caller)).toBe('allowed');
    expect(decideAccess('session:lock', caller)).toBe('allowed');
    expect(decideAccess('evaluations:analysis', caller)).toBe('kiosk');
    expect(decideAccess('session:logout', caller)).toBe('kiosk');
    expect(decideAccess('vault:setup-demo', caller)).toBe('kiosk');
    expect(decideAccess('evaluations:analysis', { ...caller, kiosk: false })).toBe('allowed');
  });
});
