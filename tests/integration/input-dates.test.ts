// A date on the wire (yyyy-mm-dd) must name a day of the calendar. The bridge's date schema
// checked only the shape, so 2026-02-31, 2026-13-45 or a birth date 0000-00-00 were stored as they
// came (a person born on 30 February, a signal received in month 13), on both engines. The date
// field in the window refuses them; a call that bypasses it now gets the same Dutch message on the
// field, and nothing is stored.
import { describe, expect, it } from 'vitest';
import { raw, sql } from '../../src-main/core/db/sql';
import { addAccount, call, loginAs, makeCore, rawSql, withDatabase } from './helpers';

const MESSAGE = 'Niet alle gegevens zijn goed ingevuld. Controleer de gemarkeerde velden.';

function refusedAt(path: string) {
  return {
    ok: false,
    error: { code: 'INVALID_INPUT', message: MESSAGE, fields: { [path]: { key: 'validation.date' } } },
  };
}

function signal(ontvangen: string, geboortedatum: string) {
  return {
    person: { nieuw: { naam: 'Wendelien Oosterkamp (fictief)', roepnaam: 'Wendelien', geboortedatum, gemeenteId: 1 } },
    signal: {
      melderPartner: 'politie',
      melderContact: 'Agent Pietersen (fictief)',
      ontvangen,
      omschrijving: 'Voorbeeld — fictief signaal.',
      ideologie: 'jihadistisch',
      ernst: 'ernstig',
      bron: 'online',
    },
  };
}

async function regisseurCore() {
  const made = makeCore();
  await withDatabase(made.core);
  const regisseur = await addAccount(made.core, { username: 'regisseur', roles: ['procesregisseur'], regionIds: [1] });
  await loginAs(made.core, regisseur);
  return made;
}

async function count(core: Parameters<typeof rawSql>[0], table: 'signal' | 'person'): Promise<number> {
  const [row] = await rawSql<{ n: number | string }>(core, sql`SELECT count(*) AS n FROM ${raw(table)}`);
  return Number(row!.n);
}

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
    expect(await count(core, 'signal')).toBe(0);
    expect(await count(core, 'person')).toBe(0);
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
