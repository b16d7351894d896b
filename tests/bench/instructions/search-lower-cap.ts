// Issue 20: would a lower count cap give the same first page? For each cap, how many of the mix's
// first pages (casework's 200 queries, limit 100) differ from today's when the text search's two
// bounds (COUNT_LIMIT + 1 read, COUNT_LIMIT kept) are lowered, per kind. `npx tsx
// tests/bench/instructions/search-lower-cap.ts PERSONS FILE` on the scale suite's unencrypted copy
// (scale-search-kinds.ts's plain.sqlite3). Not part of `npm run bench`; the answer is in
// docs/benchmarks.md ("The page's order needs every one of the 1,000 ranked").
import Driver from 'better-sqlite3-multiple-ciphers';
import { render } from '../../../src-main/core/db/sql';
import { generateDemoPersons } from '../../../src-main/core/demo/dataset';
import { searchSql } from '../../../src-main/core/search/case-search';
import { queries, QUERY_KINDS } from '../casework.bench';
import { SCOPE } from '../mijn-werk.bench';
const persons = Number(process.argv[2]);
const db = new Driver(process.argv[3]!, { readonly: true });
const mix = queries(generateDemoPersons(persons, 34, 4242)).map((q) => ({ ...q, offset: 0, limit: 100 }));
for (const cap of [100, 250, 500, 750]) {
  const differ = QUERY_KINDS.map(() => 0);
  mix.forEach((q, i) => {
    const { text, params } = render(searchSql(q, SCOPE).rows, 'sqlite');
    const now = (db.prepare(text).all(...params) as { caseId: number }[]).map((r) => r.caseId);
    if (!text.includes('WITH newest')) return;
    const p2 = params.map((v, j) => (v === 1001 && j < 8 ? cap + 1 : v === 1000 ? cap : v));
    const lower = (db.prepare(text).all(...p2) as { caseId: number }[]).map((r) => r.caseId);
    if (JSON.stringify(now) !== JSON.stringify(lower)) differ[i % QUERY_KINDS.length]!++;
  });
  console.info(
    `cap ${cap}: first pages that differ per kind`,
    QUERY_KINDS.map((k, j) => `${k}: ${differ[j]}`).join(', '),
  );
}
