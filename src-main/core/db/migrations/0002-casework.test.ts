// Migration 0002 on a database at version 1 with an account in it.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';

describe('migration 0002-casework', () => {
  it('keeps the accounts, gives them no regions, and adds the case tables with their defaults', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig2-')), 'x.db');
    const key = randomBytes(32);
    const v1 = await openDatabase({ path, key, mode: 'create', upTo: 1 });
    expect(v1.schemaVersion).toBe(1);
    v1.handle
      .prepare(
        "INSERT INTO account (username, display_name, roles, created_at, updated_at) VALUES ('piet', 'Piet', '[\"procesregisseur\"]', 'x', 'x')",
      )
      .run();
    await v1.close();

    const v2 = await openDatabase({ path, key, mode: 'open', upTo: 2 });
    expect(v2.schemaVersion).toBe(2);
    const get = (sql: string) => v2.handle.prepare(sql).all();
    expect(get('SELECT username, region_ids FROM account')).toEqual([{ username: 'piet', region_ids: '[]' }]);
    expect(get('SELECT count(*) AS n FROM zvh_region')).toEqual([{ n: 3 }]);
    expect(get('SELECT count(*) AS n FROM gemeente')).toEqual([{ n: 34 }]);
    expect(get("SELECT code, effect FROM list_value WHERE list = 'besluit' ORDER BY sort")).toEqual([
      { code: 'geen_actie', effect: 'sluiten' },
      { code: 'meer_informatie', effect: 'meer_informatie' },
      { code: 'bespreken_casusoverleg', effect: 'casusoverleg' },
      { code: 'strafrechtelijk_traject', effect: 'strafrechtelijk' },
    ]);
    expect(get("SELECT label FROM list_value WHERE list = 'interventie' AND code = 'mentortraject'")).toEqual([
      { label: 'Mentortraject ONE-on-ONE' },
    ]);
    // The search table uses the diacritics-folding tokenizer.
    v2.handle.prepare("INSERT INTO casus_search (rowid, naam, aliases, overig) VALUES (1, 'Çelik', '', '')").run();
    expect(get("SELECT rowid FROM casus_search WHERE casus_search MATCH 'celik'")).toEqual([{ rowid: 1 }]);
    await v2.close();
  });
});
