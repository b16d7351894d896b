// Issue 20: would tiered candidate reads answer the duplicate check sooner? Not part of `npm run
// bench`: `npx tsx tests/bench/duplicate-check-tiers.ts PERSONS FOLDER [all|one]` on a database made
// by duplicate-check-profile.ts (SHOW=1 prints each typed name's figures). For the scale bench's
// 200 typed names (one in three with a typo), per kind, all the candidates are read and scored (the
// scorer of persons/find-matches.ts, copied), access asked for those that score, and counted:
// - no birth data: the tier of the persons with a pair of the two typed tokens' own key heads, and
//   whether its ten best visible all score above the most a person outside it can score (no partner
//   of the same key for one typed token of n letters: that token at most max(0.95, 1 - 0.2/(n + 1)),
//   the highest Jaro-Winkler of two different texts; the name at most (1 + that)/2, or 0.925 for a
//   name of one token) — where it does, the tier's ten must be the full answer's (an error if not);
// - a date typed: the typed year first (the rule of findMatches: the rest scores at most 0.8), and
//   the typed year with the other band years' own-head pairs (the rest at most 0.8 × the bound);
// - the read of the names of one token: the key rows of the typed heads (every year and the band)
//   and the solo rows among them.
import { createCore } from '../../src-main/core/core';
import { render, sql, list } from '../../src-main/core/db/sql';
import { nameMatcher, nameTokens, typedTokens } from '../../src-main/core/persons/names';
import { matchCandidatesSql, visibleCasesSql, yearBand } from '../../src-main/core/persons/match-candidates';
import { random } from '../../src-shared/domain/random';
import { percentile } from './bench';
import { ADMIN, ok, options } from './bench-core';
import { SCOPE } from './mijn-werk.bench';

function typo(naam: string, rnd: () => number): string {
  const words = naam.split(' ');
  const last = words.at(-1)!;
  if (last.length < 4) return naam;
  const at = 1 + Math.floor(rnd() * (last.length - 2));
  const slipped =
    rnd() < 0.5
      ? last.slice(0, at) + last[at + 1] + last[at] + last.slice(at + 2)
      : last.slice(0, at) + last.slice(at + 1);
  return [...words.slice(0, -1), slipped].join(' ');
}

interface C {
  id: number;
  naam: string;
  roepnaam: string;
  aliases: string;
  geboortedatum: string | null;
  geboortejaar: number | null;
}

function score(c: C, sim: (n: string) => number, date: string | null, year: number | null): number | null {
  const names = [c.naam, c.roepnaam, ...(JSON.parse(c.aliases) as string[])].filter(Boolean);
  let best = 0;
  for (const n of names) best = Math.max(best, sim(n));
  const gj = c.geboortejaar === null ? null : Number(c.geboortejaar);
  const sameDate = Boolean(date && c.geboortedatum === date);
  const sameYear = year !== null && gj === year;
  const otherYear = year !== null && gj !== null && Math.abs(gj - year) > 1;
  if (best < (sameDate ? 0.7 : 0.82) || otherYear) return null;
  const s = Math.min(1, best * 0.8 + (sameDate ? 0.2 : sameYear ? 0.12 : year === null ? 0.05 : 0));
  return Math.round(s * 100) / 100;
}

const B = (n: number) => 1 - 0.2 / (n + 1);

async function main() {
  const persons = Number(process.argv[2]);
  const folder = process.argv[3]!;
  const scopeArg = process.argv[4] === 'one' ? { ...SCOPE, regionIds: [1] } : SCOPE;
  const core = createCore(options(folder));
  try {
    await ok(core, 'session:login', { username: ADMIN.username, password: ADMIN.password });
    await core.workspace.integrity.settled();
    const { database } = core.workspace.requireOpen();
    if (database.engine !== 'sqlcipher') throw new Error('x');
    const h = database.handle;
    const people = h.prepare('SELECT naam, geboortedatum FROM person ORDER BY id').all() as {
      naam: string;
      geboortedatum: string;
    }[];
    const rnd = random(20);
    const typed = Array.from({ length: 200 }, (_, i) => {
      const p = people[Math.floor(rnd() * people.length)]!;
      return { naam: i % 3 === 0 ? typo(p.naam, rnd) : p.naam, geboortedatum: p.geboortedatum };
    });
    const all = <T>(q: ReturnType<typeof sql>) => {
      const { text, params } = render(q, 'sqlite');
      return h.prepare(text).all(...params) as T[];
    };
    const stat = (xs: number[]) => `${percentile(xs, 50)} (p95 ${percentile(xs, 95)}, max ${Math.max(...xs)})`;
    const out = {
      eligible: 0,
      nyAll: [] as number[],
      nyA: [] as number[],
      nyStopA: 0,
      dBand: [] as number[],
      dY: [] as number[],
      dYA: [] as number[],
      dOA: [] as number[],
      dStopY: 0,
      dStopYOA: 0,
      dStopYA: 0,
      soloAny: [] as number[],
      soloBand: [] as number[],
      soloRows: [] as number[],
      ntok: new Map<number, number>(),
    };
    for (const p of typed) {
      const tokens = typedTokens(p.naam);
      const nt = nameTokens(p.naam).length;
      out.ntok.set(nt, (out.ntok.get(nt) ?? 0) + 1);
      const exact = [...new Set(tokens.map((t) => t.head))];
      out.soloAny.push(
        all<{ n: number }>(sql`SELECT count(*) AS n FROM person_name_key k WHERE k.head IN ${list(exact)}`)[0]!.n,
      );
      const year = Number(p.geboortedatum.slice(0, 4));
      out.soloBand.push(
        all<{ n: number }>(
          sql`SELECT count(*) AS n FROM person_name_key k WHERE k.head IN ${list(exact)} AND k.birth_year IN ${list(yearBand(year))}`,
        )[0]!.n,
      );
      out.soloRows.push(
        all<{ n: number }>(
          sql`SELECT count(*) AS n FROM person_name_key k WHERE k.head IN ${list(exact)} AND k.solo = 1`,
        )[0]!.n,
      );
      if (!(nt === 2 && tokens.length === 2)) continue;
      out.eligible++;
      const sim = nameMatcher(p.naam);
      const [t1, t2] = tokens as [(typeof tokens)[0], (typeof tokens)[0]];
      const tierA = new Set(
        all<{ id: number }>(
          sql`SELECT person_id AS id FROM person_name_pair WHERE head_a = ${t1.head} AND head_b = ${t2.head}`,
        ).map((r) => Number(r.id)),
      );
      const c = Math.max(B(nameTokens(p.naam)[0]!.length), B(nameTokens(p.naam)[1]!.length), 0.95);
      const beta = Math.max(0.925, (1 + c) / 2);
      const visibleOf = (ids: number[]) => {
        const v = new Set<number>();
        for (let i = 0; i < ids.length; i += 500)
          for (const r of all<{ personId: number }>(visibleCasesSql(scopeArg, ids.slice(i, i + 500), 'sqlite')))
            v.add(Number(r.personId));
        return v;
      };
      const top = (xs: { id: number; s: number }[], vis: Set<number>) =>
        xs
          .filter((x) => vis.has(x.id))
          .sort((a, b) => b.s - a.s || a.id - b.id)
          .slice(0, 10);
      // no year
      {
        const cands = all<C>(matchCandidatesSql([tokens], null));
        out.nyAll.push(cands.length);
        const scored = cands.map((x) => ({
          id: Number(x.id),
          s: score(x, sim, null, null),
          a: tierA.has(Number(x.id)),
        }));
        const ok2 = scored.filter((x) => x.s !== null) as { id: number; s: number; a: boolean }[];
        const vis = visibleOf(ok2.map((x) => x.id));
        out.nyA.push(scored.filter((x) => x.a).length);
        const bound = Math.round((0.8 * beta + 0.05 + 1e-9) * 100) / 100;
        const topA = top(
          ok2.filter((x) => x.a),
          vis,
        );
        const full0 = top(ok2, vis);
        const maxB = Math.max(0, ...ok2.filter((x) => !x.a).map((x) => x.s));
        if (process.env['SHOW'])
          console.info(
            `${p.naam}: candidates ${cands.length}, own heads ${out.nyA.at(-1)}, tenth ${full0[9]?.s}, best outside ${maxB}, bound ${bound}`,
          );
        if (topA.length === 10 && topA.every((x) => x.s > bound)) {
          out.nyStopA++;
          const full = top(ok2, vis);
          if (JSON.stringify(full) !== JSON.stringify(topA)) throw new Error('differs ' + p.naam);
        }
      }
      // date
      {
        const cands = all<C>(matchCandidatesSql([tokens], yearBand(year)));
        out.dBand.push(cands.length);
        const scored = cands.map((x) => ({
          id: Number(x.id),
          s: score(x, sim, p.geboortedatum, year),
          a: tierA.has(Number(x.id)),
          y: Number(x.geboortejaar) === year,
        }));
        const ok2 = scored.filter((x) => x.s !== null) as { id: number; s: number; a: boolean; y: boolean }[];
        const vis = visibleOf(ok2.map((x) => x.id));
        out.dY.push(scored.filter((x) => x.y).length);
        out.dYA.push(scored.filter((x) => x.y && x.a).length);
        out.dOA.push(scored.filter((x) => !x.y && x.a).length);
        const topY = top(
          ok2.filter((x) => x.y),
          vis,
        );
        if (topY.length === 10 && topY.every((x) => x.s > 0.8)) out.dStopY++;
        const bound = Math.round((0.8 * beta + 1e-9) * 100) / 100;
        const topYOA = top(
          ok2.filter((x) => x.y || x.a),
          vis,
        );
        if (topYOA.length === 10 && topYOA.every((x) => x.s > bound)) {
          out.dStopYOA++;
          const full = top(ok2, vis);
          if (JSON.stringify(full) !== JSON.stringify(topYOA)) throw new Error('differs d ' + p.naam);
        }
        // tier YA first: bound for Y not A is 0.8 beta + 0.2
        const boundYB = Math.round((0.8 * beta + 0.2 + 1e-9) * 100) / 100;
        const topYA = top(
          ok2.filter((x) => x.y && x.a),
          vis,
        );
        if (topYA.length === 10 && topYA.every((x) => x.s > boundYB)) out.dStopYA++;
      }
    }
    console.info(
      `${persons} scope ${scopeArg.regionIds.join(',')}: eligible ${out.eligible}, tokens ${JSON.stringify([...out.ntok])}`,
    );
    console.info(
      `no birth data: candidates ${stat(out.nyAll)}, the own heads' tier ${stat(out.nyA)}, its ten sufficed for ${out.nyStopA}`,
    );
    console.info(
      `a date typed: band ${stat(out.dBand)}, typed year ${stat(out.dY)}, its own heads' tier ${stat(out.dYA)}, the other years' own heads' tier ${stat(out.dOA)}; sufficed: the typed year ${out.dStopY}, with the other years' own heads ${out.dStopYOA}, the typed year's own heads alone ${out.dStopYA}`,
    );
    console.info(
      `names of one token: key rows of the typed heads, every year ${stat(out.soloAny)}, the band ${stat(out.soloBand)}; solo rows among them ${stat(out.soloRows)}`,
    );
  } finally {
    await core.close();
  }
}

void main();
