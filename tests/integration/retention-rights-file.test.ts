// Issue 5, the SQLCipher file after destruction (the engine-neutral rest: retention-rights.test.ts):
// the destroyed person's terms are gone from the FTS5 index segments, not only unlinked, and from
// every page of the file, free pages included.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { addAccount, call, loginAs, makeCore, tempDir, withDatabase, BEHEERDER } from './helpers';
import { openTrajectoryAbout } from './destruction-scenario';
import { contains, decryptPages } from './sqlcipher-pages';

describe('destruction in the file', () => {
  it('leaves no term in the FTS5 vocabulary and nothing in any decrypted page', async () => {
    const { core, clock } = makeCore(tempDir());
    await withDatabase(core);
    await loginAs(core, await addAccount(core, { username: 'regisseur', roles: ['procesregisseur'], regionIds: [1] }));
    const register = (naam: string, geboortedatum: string, ontvangen: string) =>
      call<RegisteredSignal>(core, 'signals:register', {
        person: { nieuw: { naam, geboortedatum, gemeenteId: 1 } },
        signal: {
          melderPartner: 'politie',
          ontvangen,
          omschrijving: `Voorbeeld — fictief signaal over ${naam}.`,
          ideologie: 'jihadistisch',
          ernst: 'ernstig',
          bron: 'online',
        },
      });
    const gone = await register('Vernietigd Persoon Xq (fictief)', '2008-04-04', '2026-02-02');
    await register('Blijvend Persoon Zw (fictief)', '1999-04-04', '2026-03-03');
    await call(core, 'cases:note', { id: gone.caseId, tekst: 'Notitie met geheimwoord Quetzalcoatl.' });
    // A mentor trajectory from the casus, with the secret word in its goal and a contact's note.
    await openTrajectoryAbout(core, gone.caseId, { roepnaam: 'Vernietigd', word: 'Quetzalcoatl' });
    await call(core, 'cases:transition', {
      id: gone.caseId,
      to: 'afgesloten',
      toelichting: 'Geen zorgen meer.',
      outcome: 'risico_weggenomen',
    });

    clock.advance(6 * 365 * 24 * 3600 * 1000);
    await loginAs(core, BEHEERDER);
    expect(await call(core, 'retention:destroy', { caseIds: [gone.caseId], confirmation: 'VERNIETIG 1' })).toEqual({
      cases: 1,
      persons: 1,
      records: 1,
      trajectories: 1,
    });

    // Not in the search index: its terms are gone from the index segments, not only unlinked.
    const ws = core.workspace;
    const handle = ws.requireOpen().database.handle!;
    handle.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, 'casus_search', 'row')");
    expect(handle.prepare("SELECT term FROM temp.vocab WHERE term IN ('vernietigd', 'xq')").all()).toEqual([]);
    expect(handle.prepare("SELECT term FROM temp.vocab WHERE term = 'blijvend'").all()).toEqual([{ term: 'blijvend' }]);

    // And not in the file: every page decrypted, free pages included; the WAL is empty.
    const path = ws.databasePath();
    const key = Buffer.from(ws.requireOpen().key);
    await core.close();
    expect(existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`).length : 0).toBe(0);
    const pages = decryptPages(path, key);
    expect(contains(pages, 'Blijvend Persoon Zw')).toBe(true); // the decryption works
    expect(contains(pages, 'Vernietigd Persoon')).toBe(false);
    expect(contains(pages, 'Quetzalcoatl')).toBe(false);
  });
});
