// What "a real match" is for the duplicate check (issue 20): the slips a person makes typing the name
// and birth data of someone already registered. 1,200 fictitious persons from the demo generator
// (src-main/core/demo/dataset.ts; some given an official first name with their first name as
// roepnaam) are registered with a casus each; for each kind of slip, up to 150 of them are typed
// again with that slip, through `persons:matches`, and the registered person must be among the ten
// matches shown. What was found per kind when the candidate read changed (issue 20's narrowing) is
// pinned below as a floor: a narrower read that loses a real match fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PersonMatch } from '../../src-shared/ipc/persons';
import type { Core } from '../../src-main/core/core';
import { random } from '../../src-shared/domain/random';
import { generateDemoPersons } from '../../src-main/core/demo/dataset';
import { createPerson } from '../../src-main/core/persons/person-service';
import { sql } from '../../src-main/core/db/sql';
import { addAccount, call, loginAs, makeCore, rawSql, withDatabase } from './helpers';

const POPULATION = 1200;
const PER_KIND = 150;
const PARTICLES = new Set(['van', 'den', 'der', 'de', 'el', 'ter', 'ten']);
/** Official first names (fictitious registrations) for persons known by a roepnaam. */
const OFFICIAL = ['Johannes', 'Cornelis', 'Hendrikus', 'Maria', 'Wilhelmina', 'Abdelkader', 'Mustafa', 'Petrus'];

interface Registered {
  id: number;
  first: string;
  /** The surname as generated, with its particles ("van den Berg"). */
  last: string;
  naam: string;
  roepnaam: string;
  aliases: string[];
  geboortedatum: string;
}

interface Typed {
  naam: string;
  aliases: string[];
  geboortedatum?: string;
  geboortejaar?: number;
}

const yearOf = (person: Registered) => Number(person.geboortedatum.slice(0, 4));
const withYear = (person: Registered, naam: string): Typed => ({ naam, aliases: [], geboortejaar: yearOf(person) });
/** The surname without its particles, and the particles. */
function splitLast(last: string): { particles: string; core: string } {
  const words = last.split(' ');
  let i = 0;
  while (i < words.length - 1 && PARTICLES.has(words[i]!.toLowerCase())) i++;
  return { particles: words.slice(0, i).join(' '), core: words.slice(i).join(' ') };
}
/** The name as it would be typed: the roepnaam (if any) is not the registered first name. */
const written = (person: Registered) => `${person.roepnaam ? person.naam.split(' ')[0] : person.first} ${person.last}`;

/** A slip in one token of the name: the first name or the surname's core, chosen at random. */
function tokenSlip(slip: (token: string, rnd: () => number) => string | null) {
  return (person: Registered, rnd: () => number): Typed | null => {
    const { particles, core } = splitLast(person.last);
    const first = person.naam.split(' ')[0]!;
    if (rnd() < 0.5) {
      const changed = slip(first, rnd);
      return changed && changed !== first ? withYear(person, `${changed} ${person.last}`) : null;
    }
    const changed = slip(core, rnd);
    return changed && changed !== core
      ? withYear(person, `${first} ${particles ? `${particles} ` : ''}${changed}`)
      : null;
  };
}

/** Replaces the first match of `from` by `to` (null when there is none). */
const replaceOnce = (text: string, from: RegExp, to: string) => (from.test(text) ? text.replace(from, to) : null);
/** A slip anywhere in the name (null when it does not apply). */
const nameSlip = (slip: (naam: string) => string | null) => (person: Registered) => {
  const changed = slip(written(person));
  return changed && changed !== written(person) ? withYear(person, changed) : null;
};

const KINDS: Record<string, (person: Registered, rnd: () => number) => Typed | null> = {
  exact: (person) => withYear(person, written(person)),
  'letters swapped': tokenSlip((token, rnd) => {
    if (token.length < 3) return null;
    const i = Math.floor(rnd() * (token.length - 1));
    return token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2);
  }),
  'letter left out': tokenSlip((token, rnd) => {
    if (token.length < 4) return null;
    const i = Math.floor(rnd() * token.length);
    return token.slice(0, i) + token.slice(i + 1);
  }),
  'letter doubled': tokenSlip((token, rnd) => {
    const i = Math.floor(rnd() * token.length);
    return token.slice(0, i + 1) + token[i]!.toLowerCase() + token.slice(i + 1);
  }),
  'accents dropped': nameSlip((naam) =>
    naam
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ı/g, 'i'),
  ),
  'ij as y': nameSlip((naam) => replaceOnce(naam, /ij/, 'y') ?? replaceOnce(naam, /(?<=\w)y/, 'ij')),
  'ij as ei': nameSlip((naam) => replaceOnce(naam, /ij/, 'ei') ?? replaceOnce(naam, /ei/, 'ij')),
  'c as k': nameSlip(
    (naam) => replaceOnce(naam, /kk|k/, 'ck') ?? replaceOnce(naam, /K/, 'C') ?? replaceOnce(naam, /c/, 'k'),
  ),
  'ph as f': nameSlip(
    (naam) => replaceOnce(naam, /f/, 'ph') ?? replaceOnce(naam, /F/, 'Ph') ?? replaceOnce(naam, /ph/, 'f'),
  ),
  'dt, d or t at the end': nameSlip(
    (naam) => replaceOnce(naam, /dt\b/, 't') ?? replaceOnce(naam, /d\b/, 't') ?? replaceOnce(naam, /t\b/, 'dt'),
  ),
  'tussenvoegsel left out': (person) => {
    const { particles, core } = splitLast(person.last);
    return particles ? withYear(person, `${written(person).split(' ')[0]} ${core}`) : null;
  },
  'tussenvoegsel moved': (person) => {
    const { particles, core } = splitLast(person.last);
    return particles ? withYear(person, `${core}, ${particles} ${written(person).split(' ')[0]}`) : null;
  },
  'first name and surname swapped': (person) => withYear(person, `${person.last} ${written(person).split(' ')[0]}`),
  'roepnaam for the first name': (person) =>
    person.roepnaam ? withYear(person, `${person.roepnaam} ${person.last}`) : null,
  alias: (person) => (person.aliases.length ? withYear(person, `${person.aliases[0]} ${person.last}`) : null),
  'birth year one later': (person) => ({ naam: written(person), aliases: [], geboortejaar: yearOf(person) + 1 }),
  'birth year one earlier': (person) => ({ naam: written(person), aliases: [], geboortejaar: yearOf(person) - 1 }),
  'birth year unknown': (person) => ({ naam: written(person), aliases: [] }),
  'full date typed': (person) => ({ naam: written(person), aliases: [], geboortedatum: person.geboortedatum }),
  'letters swapped, full date typed': (person, rnd) => {
    const typed = KINDS['letters swapped']!(person, rnd);
    return typed && { naam: typed.naam, aliases: [], geboortedatum: person.geboortedatum };
  },
};

// The same slips with no birth data typed, as the form asks while only the name is typed: since
// the no-birth-data rule (one token's own key head) too, each finds what the check found before it.
for (const kind of ['letters swapped', 'letter left out', 'accents dropped', 'roepnaam for the first name', 'alias']) {
  KINDS[`${kind}, no birth data`] = (person, rnd) => {
    const typed = KINDS[kind]!(person, rnd);
    return typed && { naam: typed.naam, aliases: [] };
  };
}

/**
 * Persons found among the ten shown, per kind, of the persons the kind applied to: what the check
 * found before its candidate read was narrowed (main at d24a3fc, SQLCipher), the same after it.
 * See docs/developer/team-store.md ("Which persons it scores"). Since the demo's realistic names
 * (issue 20) the persons are others: the floors are what the check finds on them, every kind at
 * all it tried but one. On these names 0028's read missed "Cornelis Kroonkamper" in ten kinds
 * (first name and surname share a key head, krn): 149 of 150 there until it counted keys, not heads.
 */
const FOUND: Record<string, [found: number, tried: number]> = {
  exact: [150, 150],
  // Missed: a first letter swapped in a name of three letters ("iRk", "iKm", "sIa"), as on the old
  // names ("eSm", "oVs"; 146 of 150 there, "Ayıdn" found since plain() folds the dotless ı).
  'letters swapped': [147, 150],
  'letter left out': [150, 150],
  'letter doubled': [150, 150],
  'accents dropped': [116, 116],
  'ij as y': [150, 150],
  'ij as ei': [150, 150],
  'c as k': [150, 150],
  'ph as f': [141, 141],
  'dt, d or t at the end': [150, 150],
  'tussenvoegsel left out': [150, 150],
  'tussenvoegsel moved': [150, 150],
  'first name and surname swapped': [150, 150],
  'roepnaam for the first name': [150, 150],
  alias: [150, 150],
  'birth year one later': [150, 150],
  'birth year one earlier': [150, 150],
  'birth year unknown': [150, 150],
  'full date typed': [150, 150],
  'letters swapped, full date typed': [150, 150],
  // With no birth data typed (since its rule of one token's own key head the same as before it;
  // missed: a first letter swapped in a name of three letters, which the score itself rejects).
  'letters swapped, no birth data': [145, 150],
  'letter left out, no birth data': [150, 150],
  'accents dropped, no birth data': [116, 116],
  'roepnaam for the first name, no birth data': [150, 150],
  'alias, no birth data': [150, 150],
};

let core: Core;
let registered: Registered[];

beforeAll(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  await loginAs(
    core,
    await addAccount(core, { username: 'anna', roles: ['procesregisseur'], regionIds: [1], displayName: 'Anna' }),
  );
  const people = generateDemoPersons(POPULATION, 4, 20261205);
  const source = core.workspace.requireOpen().database.source;
  registered = await source.transaction(async (manager) => {
    const made: Registered[] = [];
    for (const [index, person] of people.entries()) {
      const [first, ...rest] = person.naam.split(' ');
      const last = rest.join(' ');
      const official = index % 6 === 0 ? OFFICIAL[(index / 6) % OFFICIAL.length]! : '';
      const naam = official ? `${official} ${last}` : person.naam;
      const saved = await createPerson(
        manager,
        {
          naam,
          roepnaam: official ? first! : '',
          aliases: person.aliases,
          geboortedatum: person.geboortedatum,
          geboortejaar: null,
          geslacht: person.geslacht,
          gemeenteId: 1 + person.gemeenteIndex,
          bsn: '',
          notities: '',
        },
        new Date('2026-11-01T10:00:00Z'),
      );
      made.push({
        id: saved.id,
        first: first!,
        last,
        naam,
        roepnaam: official ? first! : '',
        aliases: person.aliases,
        geboortedatum: person.geboortedatum,
      });
    }
    return made;
  });
  await rawSql(
    core,
    sql`INSERT INTO casus (number, person_id, region_id, state, afgeschermd, opened_at, last_signal_at, created_at, updated_at)
        SELECT 'CTER-2025-' || p.id, p.id, 1, 'aangemeld', ${false}, '2025-06-01', '2025-06-01', '2025-06-01', '2025-06-01'
        FROM person p`,
  );
}, 300_000);

describe('the duplicate check finds the registered person despite a slip in typing (issue 20)', () => {
  for (const kind of Object.keys(KINDS)) {
    it(
      kind,
      async () => {
        const rnd = random(kind.length * 7919 + kind.charCodeAt(0));
        let tried = 0;
        let found = 0;
        const missed: string[] = [];
        for (const person of registered) {
          if (tried === PER_KIND) break;
          const typed = KINDS[kind]!(person, rnd);
          if (!typed) continue;
          tried++;
          const matches = await call<PersonMatch[]>(core, 'persons:matches', typed);
          if (matches.some((match) => match.id === person.id)) found++;
          else missed.push(`${typed.naam} (${person.naam})`);
        }
        const [floor, applied] = FOUND[kind]!;
        expect(tried).toBe(applied);
        expect(found, `missed ${missed.join(', ')}`).toBeGreaterThanOrEqual(floor);
      },
      120_000,
    );
  }
});
