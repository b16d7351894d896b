// Characters no text can hold: a NUL (U+0000), which a paste from some PDFs and older programs
// carries, and half of a surrogate pair. PostgreSQL refuses a NUL outright (the whole call failed
// as INTERNAL, so a notulist's minutes were never saved in team mode) while the SQLCipher file kept
// it; half a pair became U+FFFD on both, silently. Every channel now refuses either with a Dutch
// message on the field that holds it, before any schema or handler runs, and stores nothing.
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src-shared/domain/roles';
import { contract, type ChannelName } from '../../src-shared/ipc/contract';
import { sql } from '../../src-main/core/db/sql';
import { call, makeCore, rawSql, withDatabase } from './helpers';
import { countRows, refusedAt as refused, regisseurCore, signalInput } from './input-refusals';

const CHANNELS = Object.keys(contract) as ChannelName[];
const DENIED = ['NOT_AUTHENTICATED', 'FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED'];

const refusedAt = (path: string) => refused(path, 'validation.unstorableCharacter');
const signal = (omschrijving: string, naam?: string) => signalInput({ omschrijving, naam });

describe('characters no text can hold', () => {
  it('refuses a signal whose description holds a NUL, on the field, and stores nothing', async () => {
    const { core, logger } = await regisseurCore();
    const result = await core.dispatch('signals:register', signal('Gezien op 2 november.\u0000 Geplakt uit een pdf.'));
    expect(result).toEqual(refusedAt('signal.omschrijving'));
    expect(await countRows(core, 'signal')).toBe(0);
    expect(await countRows(core, 'person')).toBe(0);
    expect(logger.lines.filter((line) => line.startsWith('error'))).toEqual([]);
  });

  it('refuses half a surrogate pair (an emoji cut in two) in a name, instead of storing U+FFFD', async () => {
    const { core } = await regisseurCore();
    const result = await core.dispatch(
      'signals:register',
      signal('Een gewone omschrijving.', 'Wendelien \ud83d (fictief)'),
    );
    expect(result).toEqual(refusedAt('person.nieuw.naam'));
    expect(await countRows(core, 'person')).toBe(0);
  });

  it('stores what is only unusual: emoji, combining accents, right-to-left marks, tabs and newlines', async () => {
    const { core } = await regisseurCore();
    const omschrijving = 'Zei: \u200fمرحبا\u200e 👍🏽 — Ame\u0301lie\tschreef\r\nterug.';
    const made = await call<{ signalId: number }>(core, 'signals:register', signal(omschrijving));
    const [row] = await rawSql<{ omschrijving: string }>(
      core,
      sql`SELECT omschrijving FROM signal WHERE id = ${made.signalId}`,
    );
    expect(row!.omschrijving).toBe(omschrijving);
  });

  it('is checked on every channel, before its schema, for every role', async () => {
    const { core } = makeCore();
    await withDatabase(core);
    const ws = core.workspace;
    ws.updateSessionUser({ ...ws.current()!.user, roles: [...ROLES] });
    let refused = 0;
    for (const channel of CHANNELS) {
      const result = await core.dispatch(channel, { tekst: 'voor\u0000na' });
      if (!result.ok && DENIED.includes(result.error.code)) continue;
      expect(result, channel).toEqual(refusedAt('tekst'));
      refused += 1;
    }
    // Every channel but the few a session with all roles is still refused (the kiosk's own).
    expect(refused).toBeGreaterThan(CHANNELS.length - 10);
    // A key is text too; the root is reported as `_`.
    expect(await core.dispatch('lists:get', { ['na\u0000am']: 1 })).toEqual(refusedAt('_'));
    expect(await core.dispatch('lists:get', '\ud800')).toEqual(refusedAt('_'));
  });
});
