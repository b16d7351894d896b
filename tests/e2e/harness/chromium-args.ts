// Which Chromium the renderer suite drives, and its command line (playwright.config.ts). Measured
// in docs/developer/testing.md ("Chromium's share of the renderer suite").
import { existsSync } from 'node:fs';

/**
 * Debian's headless shell (package chromium-headless-shell, the same Chromium version as the
 * browser): the Blink, V8, compositor and PDF printer of /usr/bin/chromium without the browser's
 * window, toolbar and address bar. Playwright itself runs headless tests in this shell. Since
 * Chromium 132 `chromium --headless` is the whole browser with its window drawn off-screen: for
 * every test's browser context a window with a toolbar and an address bar (its WebUI popup in a
 * renderer process of its own), composited along with the page, which the tests never look at.
 */
export const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

/**
 * CHROMIUM_PATH if given; else the headless shell (.ci/run installs it); else, on a developer's
 * machine without it, Debian's browser.
 */
export function chromiumPath(): string {
  const given = process.env['CHROMIUM_PATH'];
  if (given) return given;
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium';
}

/**
 * Marks the browsers of one test run (CTER_E2E_RUN) for chromium-cpu.ts; Chromium ignores a
 * switch it does not know.
 */
export const RUN_SWITCH = '--cter-e2e-run';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  // No GPU: compositing and rasterisation in software (chrome://gpu says so with this flag alone).
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  ...(process.env['CTER_E2E_RUN'] ? [`${RUN_SWITCH}=${process.env['CTER_E2E_RUN']}`] : []),
];
