// Property test of microdata disclosure control: hundreds of seeded random datasets shaped like
// the mentor dataset (many small regions, rare combinations, empty months), each checked: every
// combination of quasi-identifier values occurs at least k times unless all of that row's
// quasi-identifiers are suppressed, and then its attributes are suppressed too; no row is dropped
// or reordered, other columns unchanged.
import { describe, expect, it } from 'vitest';
import { random as prng } from '../random';
import { SECONDARY, SMALL_CELL } from './marks';
import { protectMicrodata, quasiColumns, type MicroRow, type QuasiIdentifiers } from './microdata';

const SEED = 20261203;
const DATASETS = 300;

const QUASI: QuasiIdentifiers = {
  months: ['aanmeldmaand', 'startmaand', 'eindmaand'],
  age: { column: 'leeftijdsgroep', merge: { '<18': '<23', '18-22': '<23', '23-29': '23+', '30+': '23+' } },
  region: { column: 'regio', other: "overige regio's" },
  plain: ['bron'],
  attributes: ['status', 'duur_weken', 'contacten'],
};
const BANDS = ['<18', '18-22', '23-29', '30+', 'onbekend'];

function dataset(random: () => number): MicroRow[] {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() ** 1.6 * list.length)]!;
  const regions = Array.from({ length: int(1, 12) }, (_, i) => `ZVH ${i + 1}`);
  const month = (y: number) => `${y}-${String(int(1, 12)).padStart(2, '0')}`;
  return Array.from({ length: int(0, 120) }, (_, i) => {
    const year = int(2021, 2025);
    const started = random() < 0.85;
    return {
      traject: `T${i + 1}`,
      regio: pick(regions),
      bron: random() < 0.7 ? 'casus_interventie' : 'aanmelding_partner',
      aanmeldmaand: month(year),
      startmaand: started ? month(year) : '',
      eindmaand: started && random() < 0.6 ? month(year + int(0, 1)) : '',
      leeftijdsgroep: pick(BANDS),
      status: random() < 0.5 ? 'lopend' : 'afgerond',
      duur_weken: int(0, 80),
      contacten: int(0, 40),
    };
  });
}

describe('protectMicrodata on random datasets', () => {
  it(`makes ${DATASETS} seeded datasets ${SMALL_CELL}-anonymous without dropping rows, hiding only a rare row's attributes`, () => {
    const random = prng(SEED);
    const columns = quasiColumns(QUASI);
    const failures: string[] = [];
    for (let n = 0; n < DATASETS; n++) {
      const input = dataset(random);
      const { rows } = protectMicrodata(input, QUASI);
      const fail = (why: string) => failures.push(`dataset ${n} (seed ${SEED}): ${why}`);
      if (rows.length !== input.length) fail('row count changed');
      const key = (r: MicroRow) => JSON.stringify(columns.map((c) => r[c]));
      const counts = new Map<string, number>();
      for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
      rows.forEach((r, i) => {
        const original = input[i]!;
        const rare = counts.get(key(r))! < SMALL_CELL;
        const allHidden = columns.every((c) => r[c] === SECONDARY);
        if (rare && !allHidden) fail(`row ${i} is one of ${counts.get(key(r))}: ${key(r)}`);
        for (const c of Object.keys(original)) {
          if (columns.includes(c)) continue;
          const hidden = rare && QUASI.attributes.includes(c);
          if (hidden ? r[c] !== SECONDARY : r[c] !== original[c]) fail(`row ${i} column ${c}: ${String(r[c])}`);
        }
        if (Object.keys(r).length !== Object.keys(original).length) fail(`row ${i} columns changed`);
      });
      if (failures.length > 0) break;
    }
    expect(failures).toEqual([]);
  });
});
