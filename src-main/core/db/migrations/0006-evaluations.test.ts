// Migration 0006 on a database at version 5: the evaluation tables arrive empty (the shipped
// templates are installed when the workspace opens the database), a template version is unique,
// a round's anonymity is one of the three settings, and a response row has no time column beyond
// submitted_on / submitted_at.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';

describe('migration 0006-evaluations', () => {
  it('adds the evaluation tables, keeps the covenant, and enforces versions and anonymity', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig6-')), 'x.db');
    const key = randomBytes(32);
    const v5 = await openDatabase({ path, key, mode: 'create', upTo: 5 });
    v5.handle
      .prepare(
        `INSERT INTO convenant_version (titel, versie, ingangsdatum, status, content, imported_at) VALUES ('C (fictief)', '1.0', '2026-01-01', 'concept', '{}', 'x')`,
      )
      .run();
    await v5.close();

    const v6 = await openDatabase({ path, key, mode: 'open', upTo: 6 });
    expect(v6.schemaVersion).toBe(6);
    const run = (sql: string) => v6.handle.prepare(sql).run();
    expect(v6.handle.prepare('SELECT titel FROM convenant_version').all()).toEqual([{ titel: 'C (fictief)' }]);
    for (const table of [
      'eval_template',
      'eval_round',
      'eval_response',
      'eval_recommendation',
      'eval_recommendation_note',
    ]) {
      expect(v6.handle.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    const template = `INSERT INTO eval_template (sleutel, versie, titel, content, created_at) VALUES ('t', 1, 'T (fictief)', '{}', 'x')`;
    run(template);
    expect(() => run(template)).toThrow(/UNIQUE/);
    expect(() =>
      run(`INSERT INTO eval_round (template_id, titel, period_from, period_to, anonymity, created_at, updated_at)
           VALUES (1, 'R', '2026-01-01', '2026-02-01', 'half-anoniem', 'x', 'x')`),
    ).toThrow(/CHECK/);
    run(`INSERT INTO eval_round (template_id, titel, period_from, period_to, anonymity, created_at, updated_at)
         VALUES (1, 'R', '2026-01-01', '2026-02-01', 'anoniem-dag', 'x', 'x')`);
    const columns = (v6.handle.prepare('PRAGMA table_info(eval_response)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).toEqual([
      'id',
      'round_id',
      'source',
      'partner',
      'respondent',
      'submitted_on',
      'submitted_at',
      'entered_by',
      'answers',
    ]);
    await v6.close();
  });
});
