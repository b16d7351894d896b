// Issue 15, copies: destruction lists the copies of the database the application knows of — the
// "voor-herstel" copy a restore keeps beside the database and the backups made through the
// application, with their dates — and deletes the reachable ones the beheerder chooses. A backup
// that is no longer where it was made is listed, not deleted. Nothing but file names leaves core.
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnownCopy } from '../../src-shared/ipc/retention';
import { BEHEERDER, call, dialogs, codeOf, makeCore, tempDir, withDatabase } from './helpers';

describe('copies of the database at destruction', () => {
  it('lists the restore copy and the backups with their dates, and deletes the reachable ones', async () => {
    const files = tempDir();
    const { platform, answer } = dialogs();
    const { core, clock, dataDir } = makeCore(undefined, { platform });
    await withDatabase(core);
    const copiesOf = async () => (await call<{ today: string; copies: KnownCopy[] }>(core, 'retention:copies')).copies;
    expect(await call(core, 'retention:copies')).toEqual({ today: '2026-11-29', copies: [] });

    const first = join(files, 'eerste.db');
    const moved = join(files, 'verplaatst.db');
    answer(first);
    await call(core, 'backup:create');
    clock.advance(24 * 3600 * 1000);
    answer(moved);
    await call(core, 'backup:create');
    renameSync(moved, join(files, 'elders.db')); // taken away to other media
    clock.advance(60 * 1000);
    answer(first);
    await call(core, 'backup:restore', { password: BEHEERDER.password, confirmation: 'HERSTELLEN' });
    await call(core, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password });

    const copies = await copiesOf();
    // The restored database is older than the second backup: the side file still remembers it.
    expect(copies.map((c) => [c.kind, c.fileName, c.present])).toEqual([
      ['back-up', 'eerste.db', true],
      ['back-up', 'verplaatst.db', false],
      ['voor-herstel', expect.stringMatching(/\.voor-herstel-/), true],
    ]);
    const at = (copy: KnownCopy) => copy.madeAt.slice(0, 10);
    const today = clock.now().toISOString().slice(0, 10);
    expect(copies.map(at)).toEqual([expect.any(String), today, today]);
    expect(at(copies[0]!) < today).toBe(true);
    expect(JSON.stringify(copies)).not.toContain(files);

    expect(await codeOf(core, 'retention:delete-copies', { ids: ['../../etc/passwd'] })).toBe('INVALID_INPUT');
    expect(await call(core, 'retention:delete-copies', { ids: copies.map((c) => c.id) })).toEqual({ deleted: 2 });
    expect(existsSync(first)).toBe(false);
    expect(existsSync(`${first}.sleutels`)).toBe(false);
    expect(readdirSync(dataDir).some((name) => name.includes('.voor-herstel-'))).toBe(false);
    expect((await copiesOf()).map((c) => [c.fileName, c.present])).toEqual([['verplaatst.db', false]]);
    await core.close();
  });
});
