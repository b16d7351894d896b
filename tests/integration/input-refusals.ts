// What the bridge's input tests share (input-characters, input-dates): a procesregisseur's core, a
// signal registration to vary one field of, the refusal a field gets, and a count of stored rows.
// All names and texts are fictitious.
import { raw, sql } from '../../src-main/core/db/sql';
import { addAccount, loginAs, makeCore, rawSql, withDatabase } from './helpers';

/** The message every INVALID_INPUT refusal carries; the field says which rule. */
export const INVALID_INPUT_MESSAGE = 'Niet alle gegevens zijn goed ingevuld. Controleer de gemarkeerde velden.';

/** The result of a call refused on the field at `path` by the message `key`. */
export function refusedAt(path: string, key: string) {
  return {
    ok: false,
    error: { code: 'INVALID_INPUT', message: INVALID_INPUT_MESSAGE, fields: { [path]: { key } } },
  };
}

/** `signals:register`'s input for a new fictitious person; each field may be replaced. */
export function signalInput(
  vary: { omschrijving?: string; naam?: string; ontvangen?: string; geboortedatum?: string } = {},
) {
  return {
    person: {
      nieuw: {
        naam: vary.naam ?? 'Wendelien Oosterkamp (fictief)',
        roepnaam: 'Wendelien',
        geboortedatum: vary.geboortedatum ?? '2008-04-04',
        gemeenteId: 1,
      },
    },
    signal: {
      melderPartner: 'politie',
      melderContact: 'Agent Pietersen (fictief)',
      ontvangen: vary.ontvangen ?? '2026-11-02',
      omschrijving: vary.omschrijving ?? 'Voorbeeld — fictief signaal.',
      ideologie: 'jihadistisch',
      ernst: 'ernstig',
      bron: 'online',
    },
  };
}

/** A core on a new database with a procesregisseur of region 1 logged in. */
export async function regisseurCore() {
  const made = makeCore();
  await withDatabase(made.core);
  const regisseur = await addAccount(made.core, { username: 'regisseur', roles: ['procesregisseur'], regionIds: [1] });
  await loginAs(made.core, regisseur);
  return made;
}

/** How many rows `table` holds. */
export async function countRows(core: Parameters<typeof rawSql>[0], table: 'signal' | 'person'): Promise<number> {
  const [row] = await rawSql<{ n: number | string }>(core, sql`SELECT count(*) AS n FROM ${raw(table)}`);
  return Number(row!.n);
}
