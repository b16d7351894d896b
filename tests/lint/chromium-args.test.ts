// The renderer suite gives Chromium a `--disable-features` list of its own
// (tests/e2e/harness/chromium-args.ts). Chromium keeps only the last such switch, so that list
// replaces the one Playwright passes: it must hold every feature the installed Playwright turns
// off, or an upgrade of Playwright would silently turn some back on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, PLAYWRIGHT_DISABLED_FEATURES } from '../e2e/harness/chromium-args';

/** `disabledFeatures` from playwright-core's chromiumSwitches, as its bundle holds it. */
function playwrightsDisabledFeatures(): string[] {
  const require = createRequire(import.meta.url);
  const bundle = readFileSync(require.resolve('playwright-core/lib/coreBundle'), 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]\.filter/.exec(bundle);
  if (!list) throw new Error('disabledFeatures not found in playwright-core: read chromiumSwitches anew');
  return [...list[1]!.replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
}

describe("the renderer suite's Chromium features", () => {
  it("repeat every feature Playwright's own --disable-features turns off", () => {
    const playwrights = playwrightsDisabledFeatures();
    expect(playwrights.length).toBeGreaterThan(5);
    expect(playwrights.filter((feature) => !PLAYWRIGHT_DISABLED_FEATURES.includes(feature))).toEqual([]);
  });

  it('give Chromium one --disable-features holding that list', () => {
    const switches = CHROMIUM_ARGS.filter((arg) => arg.startsWith('--disable-features='));
    expect(switches).toHaveLength(1);
    const features = switches[0]!.slice('--disable-features='.length).split(',');
    expect(PLAYWRIGHT_DISABLED_FEATURES.filter((feature) => !features.includes(feature))).toEqual([]);
  });
});
