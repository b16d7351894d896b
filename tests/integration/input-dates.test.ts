// A date on the wire (yyyy-mm-dd) must name a day of the calendar. The bridge's date schema
// checked only the shape, so 2026-02-31, 2026-13-45 or a birth date 0000-00-00 were stored as they
// came (a person born on 30 February, a signal received in month 13), on both engines. The date
// field in the window refuses them; a call that bypasses it now gets the same Dutch message on the
// field, and nothing is stored.
import { describe, expect, it } from 'vitest';
import { sql } from '../../src-main/core/db/sql';
import { call, rawSql } from './helpers';
import { countRows, refusedAt as refused, regisseurCore, signalInput } from './input-refusals';

const refusedAt = (path: string) => refused(path, 'validation.date');
const signal = (ontvangen: string, geboortedatum: string) => signalInput({ ontvangen, geboortedatum });

describe('dates on the bridge', () => {
  it('refuses a day the calendar does not have, on the field, and stores nothing', async () => {
    const { core } = await regisseurCore();
    expect(await core.dispatch('signals:register', signal('2026-02-31', '2008-04-04'))).toEqual(
      refusedAt('signal.ontvangen'),
    );
    expect(await core.dispatch('signals:register', signal('2026-13-05', '2008-04-04'))).toEqual(
      refusedAt('signal.ontvangen'),
    );
    expect(await core.dispatch('signals:register', signal('2026-11-02', '2008-02-30'))).toEqual(
      refusedAt('person.nieuw.geboortedatum'),
    );
    expect(await core.dispatch('signals:register', signal('2026-11-02', '0000-00-00'))).toEqual(
      refusedAt('person.nieuw.geboortedatum'),
    );
    // 29 February only in a leap year.
    expect(await core.dispatch('signals:register', signal('2026-02-29', '2008-04-04'))).toEqual(
      refusedAt('signal.ontvangen'),
    );
    expect(await countRows(core, 'signal')).toBe(0);
    expect(await countRows(core, 'person')).toBe(0);
  });

  it('takes a leap day and the turn of the year', async () => {
    const { core } = await regisseurCore();
    const made = await call<{ signalId: number }>(core, 'signals:register', signal('2024-02-29', '2008-12-31'));
    const [row] = await rawSql<{ ontvangen: string }>(
      core,
      sql`SELECT ontvangen FROM signal WHERE id = ${made.signalId}`,
    );
    expect(row!.ontvangen).toBe('2024-02-29');
  });

  it('refuses a malformed day in the other channels that take one (a deadline, a monitoring date)', async () => {
    const { core } = await regisseurCore();
    const made = await call<{ caseId: number }>(core, 'signals:register', signal('2026-11-02', '2008-04-04'));
    expect(await core.dispatch('cases:plan-monitoring', { id: made.caseId, gepland: '2027-02-29' })).toEqual(
      refusedAt('gepland'),
    );
  });
});
