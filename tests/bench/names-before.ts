// The demo dataset's names as they were before issue 20's realistic names (main at 3687b3e,
// src-main/core/demo/dataset.ts): every name one of 48 first names × 40 surnames, drawn uniformly
// from the two draws of the main stream that the generator still makes. With it,
// generateDemoPersons gives the old dataset exactly, to measure the duplicate check against.
import type Driver from 'better-sqlite3-multiple-ciphers';
import { generateDemoPersons, type DemoPerson, type NameDraw } from '../../src-main/core/demo/dataset';
import { keyHead, personKeyRows, sortKey } from '../../src-main/core/persons/names';
import { fillKeyPairs } from './duplicate-check-walk';

const FIRST = `Daan Sem Lucas Milan Levi Noah Finn Jesse Thijs Lars Ruben Bram Mohamed Yassin Adam Ayoub Bilal
  Ilias Omar Hamza Mehmet Emre Yusuf Kerem Anna Emma Julia Sara Lotte Fleur Noor Yasmina Aya Zeynep Elif
  Iris Kevin Dennis Jeroen Mark Rik Tim Stefan Wouter Jordy Dylan Ricardo Sven`.split(/\s+/);
const LAST = `de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer, Mulder,
  de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, El Amrani, Bouzid, Benali,
  El Idrissi, Aydın, Yılmaz, Demir, Kaya, Çelik, Öztürk, Haddou, Tahiri, Ziani, Kowalski, Nowak, Novak,
  Pereira, Santos, Hoekstra, Postma`
  .split(',')
  .map((name) => name.trim());

export const namesBefore: NameDraw = ({ sex, surname }) => ({
  first: FIRST[Math.floor(sex * FIRST.length)]!,
  last: LAST[Math.floor(surname * LAST.length)]!,
});

/**
 * The scale bench's database (engines.bench.ts's generate(): persons 1..n from seed 4242, 34
 * gemeenten) given the names of before: each person's name, aliases, sort key and name keys
 * rewritten in one transaction; the other fields are the same already. The case search's text is
 * not rewritten (only the duplicate check is measured on it). Returns the persons as generated.
 */
export function useNamesBefore(handle: Driver.Database, persons: number): DemoPerson[] {
  const people = generateDemoPersons(persons, 34, 4242, undefined, namesBefore);
  const update = handle.prepare('UPDATE person SET naam = ?, sort_key = ?, aliases = ? WHERE id = ?');
  const insert = handle.prepare(
    'INSERT INTO person_name_key (person_id, key, head, birth_year, solo) VALUES (?, ?, ?, ?, ?)',
  );
  handle.transaction(() => {
    handle.prepare('DELETE FROM person_name_key').run();
    people.forEach((p, i) => {
      const id = i + 1;
      update.run(p.naam, sortKey(p.naam), JSON.stringify(p.aliases), id);
      const year = Number(p.geboortedatum.slice(0, 4));
      for (const { key, solo } of personKeyRows([p.naam, ...p.aliases]))
        insert.run(id, key, keyHead(key), year, solo ? 1 : 0);
    });
  })();
  // The pairs of key heads (migration 0032) from the keys rewritten.
  fillKeyPairs(handle);
  return people;
}
