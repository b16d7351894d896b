// Migration 0007 on a database at version 6 with a casus, a mentortraject intervention and an
// evaluation round: the mentor tables arrive empty except for the starting list of training
// modules, a trajectory can point at the intervention and the round, the checks hold, and
// destroying the casus later clears the trajectory's link instead of failing.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';

describe('migration 0007-mentor', () => {
  it('adds the mentor and expert tables, the modules, and keeps what was there', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig7-')), 'x.db');
    const key = randomBytes(32);
    const v6 = await openDatabase({ path, key, mode: 'create', upTo: 6 });
    const seed = (sql: string) => v6.handle.prepare(sql).run();
    seed(
      `INSERT INTO person (id, naam, sort_key, gemeente_id, created_at, updated_at) VALUES (1, 'A (fictief)', 'a', 1, 'x', 'x')`,
    );
    seed(
      `INSERT INTO casus (id, number, person_id, region_id, state, opened_at, created_at, updated_at) VALUES (1, 'CTER-2026-0001', 1, 1, 'monitoring', 'x', 'x', 'x')`,
    );
    seed(`INSERT INTO casus_action (id, casus_id, soort, interventietype, omschrijving, actiehouder_partner, actiehouder_naam, deadline, status, created_at, updated_at)
          VALUES (1, 1, 'interventie', 'mentortraject', 'Mentor zoeken', 'zvh', 'J.', '2026-12-01', 'open', 'x', 'x')`);
    seed(
      `INSERT INTO eval_template (id, sleutel, versie, titel, content, created_at) VALUES (1, 'mentor', 1, 'Mentor (fictief)', '{}', 'x')`,
    );
    seed(`INSERT INTO eval_round (id, template_id, titel, period_from, period_to, anonymity, created_at, updated_at)
          VALUES (1, 1, 'Mentoren 2026', '2026-01-01', '2026-12-31', 'op-naam', 'x', 'x')`);
    await v6.close();

    const v7 = await openDatabase({ path, key, mode: 'open', upTo: 7 });
    expect(v7.schemaVersion).toBe(7);
    const run = (sql: string) => v7.handle.prepare(sql).run();
    const all = (sql: string) => v7.handle.prepare(sql).all();
    expect(all('SELECT interventietype FROM casus_action')).toEqual([{ interventietype: 'mentortraject' }]);
    expect(all('SELECT titel FROM eval_round')).toEqual([{ titel: 'Mentoren 2026' }]);
    expect(all('SELECT code, required FROM mentor_module ORDER BY sort')).toEqual([
      { code: 'basistraining', required: 1 },
      { code: 'radicalisering', required: 1 },
      { code: 'gespreksvoering', required: 1 },
      { code: 'veiligheid', required: 1 },
      { code: 'intervisie', required: 0 },
      { code: 'verdieping', required: 0 },
    ]);
    for (const table of [
      'mentor_consultant',
      'mentor',
      'mentor_status',
      'training_session',
      'training_attendance',
      'mentor_traject',
      'mentor_traject_status',
      'mentor_contact',
      'mentor_evaluatie',
      'mentor_support',
      'mentor_activiteit',
      'expert_gemeente',
      'expert_advies',
    ]) {
      expect(v7.handle.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    expect(() =>
      run(
        `INSERT INTO mentor (naam, region_id, capacity, status, created_at, updated_at) VALUES ('M', 1, 2, 'half', 'x', 'x')`,
      ),
    ).toThrow(/CHECK/);
    run(
      `INSERT INTO mentor (id, naam, region_id, capacity, status, created_at, updated_at) VALUES (1, 'M (fictief)', 1, 2, 'inzetbaar', 'x', 'x')`,
    );
    expect(() =>
      run(
        `INSERT INTO training_session (datum, soort, module, created_at, updated_at) VALUES ('2026-01-01', 'training', 'bestaat_niet', 'x', 'x')`,
      ),
    ).toThrow(/FOREIGN KEY/);
    run(`INSERT INTO mentor_traject (id, code, region_id, bron, casus_id, casus_action_id, aanmeld_datum, mentor_id, status, created_at, updated_at)
         VALUES (1, 'MT-2026-001', 1, 'casus_interventie', 1, 1, '2026-02-01', 1, 'lopend', 'x', 'x')`);
    run(
      `INSERT INTO mentor_evaluatie (traject_id, datum, soort, eval_round_id, created_at) VALUES (1, '2026-06-01', 'mentee', 1, 'x')`,
    );
    // Destroying the casus (as retention does) keeps the trajectory without its link.
    run('DELETE FROM casus_action WHERE casus_id = 1');
    run('DELETE FROM casus WHERE id = 1');
    expect(all('SELECT casus_id, casus_action_id, status FROM mentor_traject')).toEqual([
      { casus_id: null, casus_action_id: null, status: 'lopend' },
    ]);
    await v7.close();
  });
});
