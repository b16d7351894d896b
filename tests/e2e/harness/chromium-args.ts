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
 * Debian's browser, /usr/bin/chromium, as the project's test set-up prescribes (and CI installs);
 * CHROMIUM_PATH=headless-shell picks the shell above when it is installed (about a fifth less
 * Chromium CPU per test, measured in testing.md), any other CHROMIUM_PATH that binary.
 */
export function chromiumPath(): string {
  const given = process.env['CHROMIUM_PATH'];
  if (given === 'headless-shell') {
    if (!existsSync(HEADLESS_SHELL))
      throw new Error(
        `CHROMIUM_PATH=headless-shell, but ${HEADLESS_SHELL} is not installed (apt-get install chromium-headless-shell)`,
      );
    return HEADLESS_SHELL;
  }
  return given || '/usr/bin/chromium';
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
