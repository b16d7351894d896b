// Need-to-know is written once, in src-main/core/access. This test fails when a copy of the rule (or
// of its region half) is written out by hand anywhere else in src-main: use `visibleSql`,
// `inRegionsSql` or `whereVisible` instead. What legitimately names the table or the column without
// deciding who may see a casus is on the allow-list below, each with its reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SOURCE = join(ROOT, 'src-main');
const ACCESS = 'src-main/core/access/';

/** What a hand-written copy of the rule looks like. */
const SIGNS: { name: string; pattern: RegExp }[] = [
  { name: 'casus_access', pattern: /casus_access/g },
  // `afgeschermd = 0`, `c.afgeschermd = :x`, `casus.afgeschermd === false`, `afgeschermd <> 1`.
  { name: 'afgeschermd =', pattern: /afgeschermd\s*(?:=|<>|!=)/gi },
  { name: 'region_id IN', pattern: /region_id\s+IN\b/gi },
];

/** Files (or folders, ending in /) that may show a sign, and why. */
const ALLOWED: { path: string; sign: string; reason: string }[] = [
  { path: 'src-main/core/db/migrations/', sign: 'casus_access', reason: 'history: the migrations create the table' },
  { path: 'src-main/core/db/entities/casus.ts', sign: 'casus_access', reason: 'the entity maps the table' },
  {
    path: 'src-main/core/retention/queries.ts',
    sign: 'casus_access',
    reason: 'destruction empties the table with the other tables of a casus',
  },
  {
    path: 'src-main/core/db/migrations/0012-row-security.ts',
    sign: 'afgeschermd =',
    reason: 'the frozen row-security policy: access.test.ts checks it is the text access.ts renders today',
  },
  {
    path: 'src-main/core/db/migrations/0012-row-security.ts',
    sign: 'region_id IN',
    reason: 'the frozen row-security policy: access.test.ts checks it is the text access.ts renders today',
  },
  {
    path: 'src-main/core/db/migrations/0037-row-security-region-array.ts',
    sign: 'region_id IN',
    reason:
      'the frozen row-security policy it replaces (0019): access.test.ts checks the result is the text access.ts renders today',
  },
  {
    path: 'src-main/core/demo/queries.ts',
    sign: 'afgeschermd =',
    reason: 'the demo picks unshielded cases to open trajectories from; nothing is shown to a caller',
  },
];

interface Copy {
  file: string;
  line: number;
  sign: string;
}

/** The signs of the rule in one file's text. */
function copiesIn(file: string, text: string): Copy[] {
  const copies: Copy[] = [];
  for (const { name, pattern } of SIGNS) {
    for (const match of text.matchAll(pattern)) {
      const line = text.slice(0, match.index).split('\n').length;
      copies.push({ file, line, sign: name });
    }
  }
  return copies;
}

function allowed(copy: Copy): boolean {
  if (copy.file.startsWith(ACCESS)) return true;
  return ALLOWED.some(
    (entry) =>
      entry.sign === copy.sign &&
      (entry.path.endsWith('/') ? copy.file.startsWith(entry.path) : copy.file === entry.path),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('need-to-know written once', () => {
  it('recognises a hand-written copy of the rule', () => {
    const text = [
      "const a = 'SELECT 1 FROM casus c WHERE c.region_id IN (?, ?)';",
      "const b = '(c.afgeschermd = 0 OR EXISTS (SELECT 1 FROM casus_access ca WHERE ca.casus_id = c.id))';",
      'if (casus.afgeschermd === false) show(casus);',
    ].join('\n');
    const found = copiesIn('src-main/core/x/y.ts', text);
    expect(found.map((c) => `${c.line}:${c.sign}`).sort()).toEqual([
      '1:region_id IN',
      '2:afgeschermd =',
      '2:casus_access',
      '3:afgeschermd =',
    ]);
    expect(found.some(allowed)).toBe(false);
    // The same text in the access module, or a sign on the allow-list, is fine.
    expect(copiesIn(`${ACCESS}access.ts`, text).every(allowed)).toBe(true);
    expect(allowed({ file: 'src-main/core/db/migrations/0002-casework.ts', line: 1, sign: 'casus_access' })).toBe(true);
    expect(allowed({ file: 'src-main/core/db/migrations/0002-casework.ts', line: 1, sign: 'region_id IN' })).toBe(
      false,
    );
  });

  it('has no copy of the rule outside src-main/core/access', () => {
    const files = sourceFiles(SOURCE);
    expect(files.length).toBeGreaterThan(50);
    const copies = files
      .flatMap((path) => copiesIn(relative(ROOT, path).split(sep).join('/'), readFileSync(path, 'utf8')))
      .filter((copy) => !allowed(copy))
      .map((copy) => `${copy.file}:${copy.line} (${copy.sign})`);
    expect(copies).toEqual([]);
  });
});
