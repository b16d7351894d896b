// 0030: the Turkish dotless ı folded to i in what is stored of a name (issue 20).
//
// persons/names.ts `plain()` dropped the dotless ı (U+0131: NFKD leaves it whole, and it is not
// a-z), so "Aydın" was keyed and sorted as "ayd n": a typed "Aydin" did not find the person in the
// duplicate check, and the name sorted apart. `plain()` now folds ı to i. What was stored with the old
// folding is recomputed here, for the persons whose name, roepnaam or aliases hold a ı:
// - `person.sort_key` (PostgreSQL's casus_search copies it by 0026's trigger);
// - their `person_name_key` rows (key, head, birth year, solo as 0022 and 0028 made them);
// - on SQLite, their cases' rows of the FTS5 index `casus_search`: unicode61's remove_diacritics
//   folds İ but not ı, so the texts are stored with ı folded (search/case-search.ts does so from
//   now on). PostgreSQL's casus_search is folded by the server's unaccent, which folds ı already.
// (İ needed nothing: NFKD makes it I and a combining dot, which `plain()` already dropped.)
//
// The tokenising is persons/names.ts's as this migration was written, with the fold (copied: a
// migration never imports live code). person and person_name_key are not under row security on
// PostgreSQL (row-security.ts), so every row is seen.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const PARTICLES = new Set(
  'van von der den de het t te ter ten in op aan uit la le du da di del el al bin ben ibn abu'.split(' '),
);

const RULES: [RegExp, string][] = [
  [/eij|eyj|ey|ij|ei/g, 'i'],
  [/y(?=[aeiou])/g, 'j'],
  [/y/g, 'i'],
  [/sch/g, 's'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ch|kh|gh|g|h/g, 'g'],
  [/dj|dzj|j/g, 'j'],
  [/ou|oe|au|u|oo|o/g, 'o'],
  [/ae|ee|e/g, 'e'],
  [/aa|a/g, 'a'],
  [/ck|c|q|k/g, 'k'],
  [/dt|d|t/g, 't'],
  [/v|w|f/g, 'f'],
  [/z|s|x/g, 's'],
  [/(.)\1+/g, '$1'],
];

function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0131/g, 'i')
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function phoneticKey(token: string): string {
  let key = plain(token).replace(/\s/g, '');
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key.length > 1 ? key[0] + key.slice(1).replace(/[aeio]/g, '') : key;
}

/** The keys of a name's tokens of two letters or more (particles left out unless that is all). */
function nameKeys(name: string): string[] {
  const tokens = plain(name).split(' ').filter(Boolean);
  const meaningful = tokens.filter((token) => !PARTICLES.has(token));
  const kept = meaningful.length ? meaningful : tokens;
  return [...new Set(kept.filter((token) => token.length >= 2).map(phoneticKey))];
}

/** The key rows of a person: of the name, the roepnaam and the aliases; solo as in 0028. */
function keyRows(names: string[]): { key: string; solo: number }[] {
  const own = nameKeys(names[0] ?? '');
  const keys = [...new Set(names.flatMap(nameKeys))];
  return keys.map((key) => ({ key, solo: own.length === 1 && own[0] === key ? 1 : 0 }));
}

const foldI = (text: string) => text.replace(/\u0131/g, 'i');

interface PersonRow {
  id: number;
  naam: string;
  roepnaam: string | null;
  aliases: string | null;
  geboortejaar: number | null;
}

export class DotlessI1766995200030 implements MigrationInterface {
  name = 'DotlessI1766995200030';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    const p = (n: number) => (postgres ? `$${n}` : '?');
    const holds = ['naam', 'roepnaam', 'aliases']
      // ı as itself, or escaped in the aliases' JSON.
      .flatMap((column) => [`${column} LIKE '%\u0131%'`, `${column} LIKE '%u0131%'`])
      .join(' OR ');
    const persons = (await runner.query(
      `SELECT id, naam, roepnaam, aliases, geboortejaar FROM person WHERE ${holds} ORDER BY id`,
    )) as PersonRow[];
    for (const person of persons) {
      const aliases = person.aliases ? (JSON.parse(person.aliases) as string[]) : [];
      const names = [person.naam, person.roepnaam ?? '', ...aliases];
      await runner.query(`UPDATE person SET sort_key = ${p(1)} WHERE id = ${p(2)}`, [plain(person.naam), person.id]);
      await runner.query(`DELETE FROM person_name_key WHERE person_id = ${p(1)}`, [person.id]);
      for (const { key, solo } of keyRows(names))
        await runner.query(
          `INSERT INTO person_name_key (person_id, key, head, birth_year, solo)
           VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)})`,
          [person.id, key, key.slice(0, 3), Number(person.geboortejaar ?? 0), solo],
        );
      if (postgres) continue;
      const rows = (await runner.query(
        `SELECT s.rowid AS id, s.naam AS naam, s.aliases AS aliases, s.overig AS overig
         FROM casus_search s WHERE s.rowid IN (SELECT c.id FROM casus c WHERE c.person_id = ?)`,
        [person.id],
      )) as { id: number; naam: string; aliases: string; overig: string }[];
      for (const row of rows)
        await runner.query('UPDATE casus_search SET naam = ?, aliases = ?, overig = ? WHERE rowid = ?', [
          foldI(row.naam),
          foldI(row.aliases),
          foldI(row.overig),
          row.id,
        ]);
    }
  }

  async down(): Promise<void> {
    // The old folding lost the letter ("ayd n"): nothing to restore; the folded values are as good.
  }
}
