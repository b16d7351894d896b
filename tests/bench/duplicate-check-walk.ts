// The duplicate check's candidate read as it was before migration 0032 (main at ff77170,
// src-main/core/persons/person-service.ts `matchCandidatesSql`): every key row with a head near
// any typed token, grouped per person, keeping the persons with keys near two tokens of a typed
// name. scale.bench.ts runs `findMatches` with it and with the pairs' read, in one loop, and
// compares their answers. Also `fillKeyPairs`: the pairs of a database loaded raw (the benches
// write person_name_key themselves), made as migration 0032 makes them, and its person_match rows.
import type Driver from 'better-sqlite3-multiple-ciphers';
import type { AccessScope } from '../../src-main/core/access/access';
import { render, sql, type Sql } from '../../src-main/core/db/sql';
import type { CandidateRead } from '../../src-main/core/persons/find-matches';
import { matchNames, typedTokens, type TypedToken } from '../../src-main/core/persons/names';
import { yearBand } from '../../src-main/core/persons/match-candidates';
import { matchCandidatesSqlExists } from './duplicate-check-exists';
import { percentile } from './bench';
import { SCOPE } from './mijn-werk.bench';
import { narrowedCandidatesSql } from './duplicate-check-narrowed';
import { matchCandidatesSqlNearBoth } from './duplicate-check-near-both';

/** The read as before 0032: 0028's statement, two keys near two tokens (`narrowedCandidatesSql`). */
export function matchCandidatesSqlWalk(
  scope: AccessScope,
  typed: readonly (readonly TypedToken[])[],
  years: readonly number[] | null,
): Sql {
  return narrowedCandidatesSql(scope, typed, years, 'keys');
}

/**
 * An earlier candidate read (its persons' rows from `person`) as `findMatches` reads candidates
 * since migration 0035: the same persons' rows of `person_match`, with their birth data (scored
 * only when a year or date is typed).
 */
export const scoredFrom =
  (read: CandidateRead): CandidateRead =>
  (scope, typed, years) =>
    sql`SELECT m.person_id AS "id", m.names AS "names", m.birth_year AS "birthYear", m.birth_date AS "birthDate"
        FROM person_match m
        WHERE m.person_id IN (SELECT c."id" FROM (${read(scope, typed, years)}) c)
        ORDER BY m.person_id`;

/**
 * person_name_pair made again from person_name_key, with migration 0032's statement, and
 * person_match from person (`matchNames`, as persons/person-service.ts `writeKeys` writes it).
 */
export function fillKeyPairs(handle: Driver.Database): void {
  handle.transaction(() => {
    handle.exec('DELETE FROM person_name_pair');
    handle.exec(`INSERT INTO person_name_pair (person_id, head_a, head_b, birth_year)
       SELECT DISTINCT a.person_id, a.head, b.head, a.birth_year
       FROM person_name_key a JOIN person_name_key b ON b.person_id = a.person_id AND b.key <> a.key`);
    handle.exec('DELETE FROM person_match');
    const insert = handle.prepare(
      'INSERT INTO person_match (person_id, birth_year, birth_date, names) VALUES (?, ?, ?, ?)',
    );
    const persons = handle.prepare('SELECT id, naam, roepnaam, aliases, geboortedatum, geboortejaar FROM person');
    for (const p of persons.all() as {
      id: number;
      naam: string;
      roepnaam: string | null;
      aliases: string | null;
      geboortedatum: string | null;
      geboortejaar: number | null;
    }[]) {
      const aliases = p.aliases ? (JSON.parse(p.aliases) as string[]) : [];
      insert.run(p.id, p.geboortejaar ?? 0, p.geboortedatum, matchNames([p.naam, p.roepnaam ?? '', ...aliases]));
    }
  })();
}

interface Typed {
  naam: string;
  geboortedatum: string;
}

/**
 * The candidate read of one typed name, band or every year: the key rows' walk (before 0032), the
 * pairs with near heads × near heads (0032; with no birth data as before its own-head rule), or
 * now (the same as the pairs with a year; with no birth data one token's own head).
 */
function candidateRead(handle: Driver.Database, p: Typed, read: 'walk' | 'pairs' | 'now', band: boolean) {
  const year = Number(p.geboortedatum.slice(0, 4));
  const sqlOf = { walk: matchCandidatesSqlWalk, pairs: matchCandidatesSqlNearBoth, now: matchCandidatesSqlExists }[
    read
  ];
  const { text, params } = render(sqlOf(SCOPE, [typedTokens(p.naam)], band ? yearBand(year) : null), 'sqlite');
  return { statement: handle.prepare(text), params };
}

/**
 * scale.bench.ts's raw candidate reads, interleaved with its other measures: the pairs' read and
 * the key rows' walk, for the whole band and with no birth data typed.
 */
export function pairMeasures(handle: Driver.Database, typed: readonly Typed[]) {
  const variants = [
    ['dup-sql-pairs', 'pairs (0032), whole band', 'pairs', true],
    ['dup-sql-walk', 'key rows near either token (before 0032), whole band', 'walk', true],
    ['dup-sql-now-noyear', "no birth data typed, now (one token's own head)", 'now', false],
    ['dup-sql-pairs-noyear', 'no birth data typed, near heads × near heads (0032)', 'pairs', false],
    ['dup-sql-walk-noyear', 'key rows near either token (before 0032), no birth data typed', 'walk', false],
  ] as const;
  return variants.map(([key, what, read, band]) => {
    const reads = typed.map((p) => candidateRead(handle, p, read, band));
    return {
      key,
      label: `duplicate check, candidate read raw: ${what}`,
      run: (i: number) => {
        const { statement, params } = reads[i % reads.length]!;
        statement.all(...params);
      },
    };
  });
}

const stats = (xs: number[]) => `median ${percentile(xs, 50)} (p95 ${percentile(xs, 95)}, max ${Math.max(...xs)})`;

/**
 * What each read touches, without the clock, per typed name: the walk's key rows (every row of
 * person_name_key with a head near either token, in the years), the pairs' index seeks (near heads
 * of one token × of the other) and the pair rows they find in the years, and
 * the candidates of both (the same persons: checked).
 */
export function pairWork(handle: Driver.Database, typed: readonly Typed[]): void {
  for (const band of [true, false]) {
    const keyRows: number[] = [];
    const seeks: number[] = [];
    const pairRows: number[] = [];
    const candidates: number[] = [];
    const own: number[] = [];
    const ownSeeks: number[] = [];
    for (const p of typed) {
      const tokens = typedTokens(p.naam);
      const years = band ? yearBand(Number(p.geboortedatum.slice(0, 4))) : null;
      const inYears = years ? ` AND birth_year IN (${years.join(', ')})` : '';
      const quoted = (heads: readonly string[]) => heads.map((h) => `'${h}'`).join(', ');
      const near = tokens.length === 1 ? [tokens[0]!.head] : [...new Set(tokens.flatMap((t) => t.near))];
      keyRows.push(
        (
          handle
            .prepare(`SELECT count(*) AS n FROM person_name_key WHERE head IN (${quoted(near)})${inYears}`)
            .get() as {
            n: number;
          }
        ).n,
      );
      let seek = 0;
      let ownSeek = 0;
      let found = 0;
      tokens.forEach((one, i) =>
        tokens.slice(i + 1).forEach((other) => {
          seek += one.near.length * other.near.length;
          ownSeek += one.near.length + other.near.length;
          found += (
            handle
              .prepare(
                `SELECT count(*) AS n FROM person_name_pair WHERE head_a IN (${quoted(one.near)}) AND head_b IN (${quoted(other.near)})${inYears}`,
              )
              .get() as { n: number }
          ).n;
        }),
      );
      seeks.push(seek);
      ownSeeks.push(ownSeek);
      pairRows.push(found);
      const [pairs, before, now] = (['pairs', 'walk', 'now'] as const).map((read) => {
        const { statement, params } = candidateRead(handle, p, read, band);
        return (statement.all(...params) as { id: number }[]).map((row) => row.id).join(',');
      });
      if (pairs !== before) throw new Error(`candidates differ from before 0032 for ${p.naam}`);
      candidates.push(pairs ? pairs.split(',').length : 0);
      own.push(now ? now.split(',').length : 0);
    }
    console.info(
      `   duplicate check, ${band ? 'whole band' : 'no birth data'}: walk key rows ${stats(keyRows)}; pair seeks ${stats(seeks)}, pair rows ${stats(pairRows)}; candidates (the same) ${stats(candidates)}; now ${stats(own)}${band ? '' : `, own head × near heads: seeks ${stats(ownSeeks)}`}`,
    );
  }
}
