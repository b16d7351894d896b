// 0028: the duplicate check's candidate read narrowed (issue 20).
//
// The check read every person born within a year who shared the first letters of one sound-alike
// name key (0022's `head`) with any typed name token: at 300,000 persons a common first name or
// surname brought 2,000 candidates per check, each read and scored. It now asks, for a name typed
// with two tokens or more, for persons whose keys are near two of its tokens (persons/person-service.ts,
// `matchCandidatesSql`). A person registered under a name of one token only ("Jansen", "Momo") can
// never answer two tokens, yet such a name scores as alike as a full one against a typed "Daan
// Jansen": so each key row says whether it is the only key of the person's name (`solo`), and those
// rows still answer one typed token with the same head, as before. (A roepnaam or alias of one word
// is not marked: the name's keys are the person's too.) The index on the head holds the flag, so the check still reads the key rows alone.
//
// Existing rows are filled here from the persons' names, tokenised as persons/names.ts did when this
// migration was written (copied: a migration never imports live code). person and person_name_key
// are not under row security on PostgreSQL (row-security.ts), so every row is seen.
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

/** The key of the person's name when it is its only key. */
function soloKey(naam: string): string | null {
  const keys = nameKeys(naam ?? '');
  return keys.length === 1 ? keys[0]! : null;
}

export class NameKeySolo1766822400028 implements MigrationInterface {
  name = 'NameKeySolo1766822400028';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    await runner.query('ALTER TABLE person_name_key ADD COLUMN solo INTEGER NOT NULL DEFAULT 0');
    const persons = (await runner.query('SELECT id, naam FROM person')) as { id: number; naam: string }[];
    const update = postgres
      ? 'UPDATE person_name_key SET solo = 1 WHERE person_id = $1 AND key = $2'
      : 'UPDATE person_name_key SET solo = 1 WHERE person_id = ? AND key = ?';
    for (const person of persons) {
      const key = soloKey(person.naam);
      if (key) await runner.query(update, [person.id, key]);
    }
    await runner.query('DROP INDEX person_name_key_head');
    await runner.query('CREATE INDEX person_name_key_head ON person_name_key (head, birth_year, person_id, solo)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX person_name_key_head');
    await runner.query('CREATE INDEX person_name_key_head ON person_name_key (head, birth_year, person_id)');
    await runner.query('ALTER TABLE person_name_key DROP COLUMN solo');
  }
}
