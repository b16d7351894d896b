// The shipped questionnaires are read and checked once per process (every unlock asks for them).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedTemplates, TEMPLATES_DIR } from './template-service';

const shippedDir = join(__dirname, '..', '..', '..', 'resources', TEMPLATES_DIR);
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('shippedTemplates', () => {
  it('gives every shipped template, checked, in file order', () => {
    const sleutels = shippedTemplates(shippedDir).map((template) => template.sleutel);
    expect(sleutels).toHaveLength(4);
    expect(new Set(sleutels).size).toBe(4);
  });

  it('reads the folder once: a second unlock does not read or check the files again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-templates-'));
    made.push(dir);
    const file = 'i2o-evaluatie.json';
    writeFileSync(join(dir, file), readFileSync(join(shippedDir, file)));
    const first = shippedTemplates(dir);
    writeFileSync(join(dir, file), '{ not a template');
    expect(shippedTemplates(dir)).toBe(first);
  });
});
