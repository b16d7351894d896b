// Migration 0005 on a database at version 4: the covenant table arrives empty (the example is
// imported when the workspace opens the database, not by the migration) and a version is unique.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';

describe('migration 0005-convenant', () => {
  it('adds an empty table of covenant versions, one row per title and version', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig5-')), 'x.db');
    const key = randomBytes(32);
    const v4 = await openDatabase({ path, key, mode: 'create', upTo: 4 });
    await v4.close();

    const v5 = await openDatabase({ path, key, mode: 'open', upTo: 5 });
    expect(v5.schemaVersion).toBe(5);
    expect(v5.handle.prepare('SELECT count(*) AS n FROM convenant_version').get()).toEqual({ n: 0 });
    const insert = v5.handle.prepare(
      `INSERT INTO convenant_version (titel, versie, ingangsdatum, status, content, imported_at) VALUES ('C (fictief)', '1.0', '2026-01-01', 'concept', '{}', 'x')`,
    );
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE/);
    await v5.close();
  });
});
