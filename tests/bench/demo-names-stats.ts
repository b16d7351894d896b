// Issue 20: what the demo generator's names are like at the scale bench's sizes, with the names of
// before (48 first names × 40 surnames, names-before.ts) and now (demo/names.ts): distinct names, the
// commonest surname's and first name's share, the share of persons whose full name nobody else has,
// and — what the duplicate check must read — the persons with the very same name born within a year
// of a typed one (200 typed names drawn as the scale bench draws them). Not part of `npm run bench`:
//   node --import tsx tests/bench/demo-names-stats.ts [10000,100000,300000]
// CTER_NAMES_SEARCH=1 adds, for the case search's figures, how many persons a typed prefix matches.
import { generateDemoPersons, type NameDraw } from '../../src-main/core/demo/dataset';
import { random } from '../../src-shared/domain/random';
import { namesBefore } from './names-before';
import { percentile } from './bench';
import { plain } from '../../src-main/core/persons/names';

/**
 * For the case search (its figures use the same generator): of casework.bench.ts's kinds of typed
 * name, how many persons hold a name token starting with each typed token (all of them), for 40
 * drawn persons per kind; a rough count of the FTS prefix matches (no cases, no access rule).
 */
function searchMatches(people: ReturnType<typeof generateDemoPersons>): string[] {
  const tokens = people.map((p) => plain(p.naam).split(' '));
  const matches = (text: string) => {
    const typed = plain(text).split(' ').filter(Boolean);
    return tokens.filter((own) => typed.every((t) => own.some((o) => o.startsWith(t)))).length;
  };
  const rnd = random(5);
  const kinds: Record<string, (first: string, rest: string) => string> = {
    'first name, 3 letters': (first) => first.slice(0, 3),
    'surname, 4 letters': (_, rest) => rest.slice(0, 4),
    'whole surname': (_, rest) => rest,
    'full name': (first, rest) => `${first} ${rest}`,
  };
  const out = Object.entries(kinds).map(([kind, text]) => {
    const counts = Array.from({ length: 40 }, () => {
      const p = people[Math.floor(rnd() * people.length)]!;
      const [first, ...rest] = p.naam.split(' ');
      return matches(text(first!, rest.join(' ')));
    });
    return `${kind}: median ${percentile(counts, 50)}, p95 ${percentile(counts, 95)}, max ${Math.max(...counts)}`;
  });
  return [
    ...out,
    `"celik": ${matches('celik')}, "jans": ${matches('jans')}, "bil": ${matches('bil')}, "tahi": ${matches('tahi')}`,
  ];
}

const SIZES = (process.argv[2] ?? '10000,100000,300000').split(',').map(Number);

function stats(persons: number, draw: NameDraw | undefined) {
  const people = generateDemoPersons(persons, 34, 4242, undefined, draw);
  const count = <T>(values: T[]) => {
    const map = new Map<T, number>();
    for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
    return map;
  };
  const surnames = count(people.map((p) => p.naam.slice(p.naam.indexOf(' ') + 1)));
  const firsts = count(people.map((p) => p.naam.slice(0, p.naam.indexOf(' '))));
  const full = count(people.map((p) => p.naam));
  const byNameYear = count(people.map((p) => `${p.naam}|${p.geboortedatum.slice(0, 4)}`));
  const top = (map: Map<string, number>) => {
    const [name, n] = [...map.entries()].sort((a, b) => b[1] - a[1])[0]!;
    return `${name} ${((100 * n) / persons).toFixed(2)} %`;
  };
  const rnd = random(20);
  const sameWithinYear = Array.from({ length: 200 }, () => {
    const p = people[Math.floor(rnd() * people.length)]!;
    const year = Number(p.geboortedatum.slice(0, 4));
    let n = -1; // the typed person itself not counted
    for (const y of [year - 1, year, year + 1]) n += byNameYear.get(`${p.naam}|${y}`) ?? 0;
    return n;
  });
  const unique = people.filter((p) => full.get(p.naam) === 1).length;
  const particles = people.filter((p) =>
    / (van|de|der|den|ter|ten|el|ben) /i.test(` ${p.naam.split(' ').slice(1, -1).join(' ')} `),
  ).length;
  return [
    ...(process.env['CTER_NAMES_SEARCH'] === '1' ? searchMatches(people) : []),
    `distinct surnames ${surnames.size}, first names ${firsts.size}, full names ${full.size}`,
    `commonest surname ${top(surnames)}, first name ${top(firsts)}`,
    `persons whose full name nobody else has ${((100 * unique) / persons).toFixed(1)} %; surname with a tussenvoegsel ${((100 * particles) / persons).toFixed(1)} %`,
    `same name within a year of a typed one (200 typed): median ${percentile(sameWithinYear, 50)}, p95 ${percentile(sameWithinYear, 95)}, max ${Math.max(...sameWithinYear)}`,
  ];
}

for (const persons of SIZES)
  for (const [label, draw] of [
    ['before', namesBefore],
    ['now', undefined],
  ] as const) {
    console.info(`${persons / 1000}k, names ${label}:`);
    for (const line of stats(persons, draw)) console.info(`   ${line}`);
  }
