// Issue 20: the case search's at-cap statements in CPU instructions, part by part (docs/benchmarks.md,
// "The at-cap texts in instructions…"). `npx tsx tests/bench/instructions/search-variants.ts PERSONS
// OUT [KINDS] [VARIANTS]` writes the mix's statements of the given kinds (index in QUERY_KINDS,
// default 0,2: the two that reach the cap at 300k) in variants (the page's statement as it is,
// without bm25, its `newest` alone, FTS5 alone…), each headed `-- @@ kind|variant|query`, values
// written in; `callgrind.sh` runs them with `harness.c` under callgrind and lists each one's
// instructions. Not part of `npm run bench`.
import { writeFileSync } from 'node:fs';
import { render } from '../../../src-main/core/db/sql';
import { generateDemoPersons } from '../../../src-main/core/demo/dataset';
import { searchSql } from '../../../src-main/core/search/case-search';
import { queries, QUERY_KINDS } from '../casework.bench';
import { SCOPE } from '../mijn-werk.bench';
const persons = Number(process.argv[2]);
const out = process.argv[3]!;
const kinds = (process.argv[4] ?? '0,2').split(',').map(Number);
const only = process.argv[5]?.split(',');
const mix = queries(generateDemoPersons(persons, 34, 4242)).map((q) => ({ ...q, offset: 0, limit: 100 }));
const NEWEST = /WITH newest AS MATERIALIZED \(([\s\S]*?)\),\s*bounds/;
const BM = /bm25\(casus_search, 10.0, 5.0, 1.0, 0.0\)/;
const FINAL = /SELECT c\.id AS "caseId"[\s\S]*$/;
const variants: Record<string, (t: string, match: string) => string> = {
  now: (t) => t,
  nobm25: (t) => t.replace(BM, '0'),
  newest: (t) => `SELECT sum(ord), max(sort_key) FROM (${NEWEST.exec(t)![1]})`,
  newestnobm: (t) => `SELECT sum(ord), max(sort_key) FROM (${NEWEST.exec(t)![1]!.replace(BM, '0')})`,
  pageonly: (t) => t.replace(FINAL, 'SELECT * FROM page'),
  ftsbm: (_t, m) =>
    `SELECT sum(b) FROM (SELECT rowid, bm25(casus_search, 10.0, 5.0, 1.0, 0.0) AS b FROM casus_search WHERE casus_search MATCH ${m} ORDER BY rowid DESC LIMIT 1001)`,
  fts: (_t, m) =>
    `SELECT sum(rowid) FROM (SELECT rowid FROM casus_search WHERE casus_search MATCH ${m} ORDER BY rowid DESC LIMIT 1001)`,
  ftsall: (_t, m) => `SELECT count(*) FROM casus_search WHERE casus_search MATCH ${m}`,
};
let text = '';
mix.forEach((q, i) => {
  const k = i % QUERY_KINDS.length;
  if (!kinds.includes(k)) return;
  const { text: t, params } = render(searchSql(q, SCOPE).rows, 'sqlite');
  let n = 0;
  const lit = (v: unknown) => (typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
  const inlined = t.replace(/\?/g, () => lit(params[n++]));
  const match = lit(params.find((p) => typeof p === 'string' && p.startsWith('{naam')));
  for (const [name, make] of Object.entries(variants)) {
    if (only && !only.includes(name)) continue;
    if (name !== 'now' && !NEWEST.test(t)) continue;
    text += `-- @@ ${k}|${name}|${i}\n${make(inlined, match).replace(/\s+/g, ' ')}\n`;
  }
});
writeFileSync(out, text);
