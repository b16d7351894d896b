// Issue 15, the SQLCipher file itself (the engine-neutral side: destruction-remains.test.ts): after
// the scene of destruction-scenario.ts the database file is read page by page with the raw key (the
// recovery path): live rows, free pages, index pages, the full-text index and the write-ahead log
// hold the name nowhere.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameEverywhereThenDestroy, openScene, TRACES } from './destruction-scenario';
import { contains, decryptPages } from './sqlcipher-pages';

describe('destruction without remains in the file', () => {
  it('leaves the name in no page of the decrypted file, free and index pages included; the WAL is empty', async () => {
    const scene = await openScene();
    await nameEverywhereThenDestroy(scene);

    const ws = scene.core.workspace;
    const path = ws.databasePath();
    const key = Buffer.from(ws.requireOpen().key);
    await scene.core.close();
    expect(existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`).length : 0).toBe(0);
    const pages = decryptPages(path, key);
    expect(contains(pages, 'Blijvend onderwerp van zorg')).toBe(true); // the decryption works
    for (const trace of TRACES) expect(contains(pages, trace), trace).toBe(false);
    // Nor in UTF-16 (SQLite may hold text so) or in the FTS tokens' lower case.
    expect(pages.includes(Buffer.from('Quaxtorp', 'utf16le'))).toBe(false);
  });
});
