// The account life cycle on the SQLCipher file: each active account has a key slot in the key
// file (session.test.ts has the rest of the life cycle, on both engines).
import { describe, expect, it } from 'vitest';
import { call, codeOf, makeCore, withDatabase } from './helpers';

describe('accounts on the file', () => {
  it('deactivation deletes the slot; a reset reactivates with a new temporary password', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const made = await call<{ temporaryPassword: string; account: { id: number } }>(core, 'accounts:create', {
      username: 'noor',
      displayName: 'Noor Notulist',
      roles: ['notulist'],
      temporaryPassword: 'tijdelijk voor noor 123',
    });
    const slots = () => core.workspace.vault().read().slots.length;
    expect(slots()).toBe(3);
    await call(core, 'accounts:deactivate', { id: made.account.id });
    expect(slots()).toBe(2);
    const reset = await call<{ temporaryPassword: string; account: { active: boolean } }>(
      core,
      'accounts:reset-password',
      {
        id: made.account.id,
      },
    );
    expect(reset.account.active).toBe(true);
    await call(core, 'session:logout');
    expect(await codeOf(core, 'session:login', { username: 'noor', password: 'tijdelijk voor noor 123' })).toBe(
      'WRONG_CREDENTIALS',
    );
    expect(await codeOf(core, 'session:login', { username: 'noor', password: reset.temporaryPassword })).toBe('ok');
    await core.close();
  });
});
