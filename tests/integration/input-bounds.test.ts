// Every number a channel takes has a maximum (src-shared/ipc/input-bounds.test.ts walks them): an
// id past PostgreSQL's `integer` (2^31 − 1) reached the query and came back INTERNAL on that engine
// ("value out of range"), where a missing record is NOT_FOUND. Now such an id, and a text far
// longer than its field, is refused at the bridge on its field in Dutch, on both engines, and
// nothing is stored.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/ipc/errors';
import { INVALID_INPUT_MESSAGE, countRows, regisseurCore, signalInput } from './input-refusals';

function refusedOn(result: Result<unknown>, path: string, key: string) {
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', message: INVALID_INPUT_MESSAGE, fields: { [path]: { key } } },
  });
}

describe('bounds on ids and texts at the bridge', () => {
  it('refuses an id past the database integer on its field, never INTERNAL', async () => {
    const { core } = await regisseurCore();
    refusedOn(await core.dispatch('persons:get', { id: 2 ** 40 }), 'id', 'validation.tooBig');
    refusedOn(await core.dispatch('cases:get', { id: 2 ** 31 }), 'id', 'validation.tooBig');
    refusedOn(await core.dispatch('search:query', { offset: 2 ** 53 - 1 }), 'offset', 'validation.tooBig');
    // The largest id the database holds is a missing record, as any other.
    expect(await core.dispatch('persons:get', { id: 2 ** 31 - 1 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses a repeated password longer than a password may be, on its field', async () => {
    const { core } = await regisseurCore();
    const long = 'w'.repeat(100_000);
    refusedOn(
      await core.dispatch('session:change-password', {
        currentPassword: 'het huidige wachtwoord',
        password: 'een nieuw lang wachtwoord',
        passwordRepeat: long,
      }),
      'passwordRepeat',
      'validation.tooLong',
    );
  });

  it('refuses a date or a BSN of many characters on its field, and stores nothing', async () => {
    const { core } = await regisseurCore();
    refusedOn(
      await core.dispatch('signals:register', signalInput({ ontvangen: '2026-11-02'.repeat(10_000) })),
      'signal.ontvangen',
      'validation.date',
    );
    const input = signalInput();
    const withBsn = { ...input, person: { nieuw: { ...input.person.nieuw, bsn: '1'.repeat(100_000) } } };
    refusedOn(await core.dispatch('signals:register', withBsn), 'person.nieuw.bsn', 'validation.bsn');
    expect(await countRows(core, 'signal')).toBe(0);
    expect(await countRows(core, 'person')).toBe(0);
  });
});
