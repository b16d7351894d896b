// The duplicate check's two reads per check on SQLite (issue 20): the candidates through the pairs
// of key heads (migration 0032: a seek per pair of heads, the birth year kept from the index, not
// sought) and the key heads, with no access test (no casus read per candidate), and the visible
// cases of the persons that scored through their persons. SQLite has no statistics to choose by, so
// a region test on an index can lead it to read every casus of the caller's regions for each check;
// these plans must stay bounded by the persons asked for.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { render, type Sql } from '../db/sql';
import { matchCandidatesSql, visibleCasesSql, yearBand } from './person-service';
import { typedTokens } from './names';

describe('the duplicate check reads by person, never by region', () => {
  it('plans the candidates through person_name_pair_heads, person_name_key_head and person_name_key_solo, their rows from person_match, the visible cases through casus_person', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-matches-'));
    try {
      const db = await openDatabase({ path: join(dir, 'x.db'), key: randomBytes(32), mode: 'create' });
      const plan = (statement: Sql) => {
        const { text, params } = render(statement, 'sqlite');
        const rows = db.handle.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[];
        return rows.map((row) => row.detail).join('\n');
      };
      const scope = { accountId: 1, regionIds: [1, 2, 3] };
      for (const years of [[2005], yearBand(2005), null]) {
        const candidates = plan(matchCandidatesSql([typedTokens('Mohammed Amrani'), typedTokens('Momo')], years));
        // Two tokens: with no birth data typed, the pairs' index by the two heads only (a seek per
        // year too would be 4× the seeks); with a year, a range per first head and year on the
        // pairs' year index (migration 0035), the second heads tested in it.
        if (years === null) {
          expect(candidates).toContain('SEARCH n USING COVERING INDEX person_name_pair_heads (head_a=? AND head_b=?)');
          expect(candidates).not.toMatch(/person_name_pair_heads \(head_a=\? AND head_b=\? AND/);
          expect(candidates).not.toContain('person_name_pair_year');
        } else {
          expect(candidates).toContain(
            'SEARCH n USING COVERING INDEX person_name_pair_year (head_a=? AND birth_year=?)',
          );
          expect(candidates).not.toContain('person_name_pair_heads');
        }
        // One token: the key heads; the names of one token (solo): their own index (migration
        // 0034), a seek per head, not every key row of the head.
        expect(candidates).toContain('SEARCH k USING COVERING INDEX person_name_key_head');
        expect(candidates).toMatch(/SEARCH k USING COVERING INDEX person_name_key_solo \(head=\?/);
        // What is scored from person_match (migration 0035), by its key: not the wide person rows.
        expect(candidates).toContain('SEARCH m USING INTEGER PRIMARY KEY (rowid=?)');
        expect(candidates).not.toMatch(/\bp\b/);
        // No casus per candidate: access is asked for the persons that score (visibleCasesSql).
        expect(candidates).not.toContain('casus');
        expect(candidates).not.toMatch(/SCAN p\b/);
      }
      const visible = plan(visibleCasesSql(scope, [4, 5, 6], 'sqlite'));
      expect(visible).toContain('SEARCH c USING INDEX casus_person (person_id=?)');
      expect(visible).not.toContain('casus_region_state');
      await db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
