// The Group Policy template (build/policy) writes exactly the values the reader looks for
// (ADMIN_POLICY_KEYS, src-main/electron/admin-policy.ts), under the key it reads, as REG_SZ (the
// only kind @vscode/windows-registry reads); and both languages explain every policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_POLICY_KEYS } from '../../src-shared/domain/admin-policy';
import { WINDOWS_POLICY_KEY } from '../../src-main/electron/admin-policy';

const DIR = join(__dirname, '../../build/policy');
const admx = readFileSync(join(DIR, 'cter-werkplaats.admx'), 'utf8');
const all = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => match[1]!);

describe('the ADMX template', () => {
  it('writes every key the reader reads, and no other', () => {
    const valueNames = all(/valueName="([^"]+)"/g, admx);
    expect([...new Set(valueNames)].sort()).toEqual([...ADMIN_POLICY_KEYS].sort());
  });

  it('writes them under the key the reader opens, machine-wide', () => {
    const keys = new Set(all(/ key="([^"]+)"/g, admx));
    expect([...keys]).toEqual([WINDOWS_POLICY_KEY]);
    expect(all(/class="([^"]+)"/g, admx).every((cls) => cls === 'Machine')).toBe(true);
  });

  it('writes strings only (no decimal or DWORD values)', () => {
    expect(admx).not.toMatch(/<decimal\b|<longDecimal\b|<boolean\b/);
    expect(admx).not.toMatch(/<decimal /);
  });

  for (const language of ['nl-NL', 'en-US']) {
    it(`has every string and presentation in ${language}`, () => {
      const adml = readFileSync(join(DIR, language, 'cter-werkplaats.adml'), 'utf8');
      const strings = new Set(all(/<string id="([^"]+)"/g, adml));
      for (const id of all(/\$\(string\.([^)]+)\)/g, admx)) expect(strings, id).toContain(id);
      const presentations = new Set(all(/<presentation id="([^"]+)"/g, adml));
      for (const id of all(/\$\(presentation\.([^)]+)\)/g, admx)) expect(presentations, id).toContain(id);
      // Each input of the template has its control in the presentation.
      const refs = new Set(all(/refId="([^"]+)"/g, adml));
      for (const id of all(/<(?:text|enum) id="([^"]+)"/g, admx)) expect(refs, id).toContain(id);
    });
  }
});
