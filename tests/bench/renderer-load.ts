// Issue 20, item 4: the first render of Casussen from a cold page load, for two or more builds of
// the renderer side by side (e.g. the single 4 MB bundle before the split and the per-page chunks
// after it). Run by hand, not by `npm run bench`, because it compares builds:
//
//   npx tsx tests/bench/renderer-load.ts --variant before=/tmp/before/out/renderer \
//     --variant after=out/renderer [--samples 50] [--throttle 4] [--screen login] [--json FILE]
//
// `--screen login`: the login screen instead (nobody logged in; shown: its heading and the
// username field). Per sample it also reads CDP's Performance.getMetrics when the screen is shown:
// the renderer's main-thread time in script, style and layout, and in tasks altogether.
//
// One core (the fictitious demo database, its procesregisseur logged in) and one Chromium; every
// sample is a fresh browser context (no memory cache, no compiled code kept; the assets are served
// with no-store anyway) whose CPU is slowed by CDP's Emulation.setCPUThrottlingRate to stand in for
// an old laptop. The page is wired as the renderer end-to-end harness wires it (the built preload
// with a stand-in transport, the assets through createRendererAssets with the app's CSP; see
// tests/e2e/harness), always with the built preload of this checkout. Variants are interleaved
// (A B, B A, ...) so load on the machine falls on all of them alike.
//
// Measured in the page, from navigation start (performance.now() of the new document):
// - shown: the Casussen heading and the first row of the result list are in the document (a
//   MutationObserver installed before any script runs notes the moment);
// and per variant, once, the JavaScript bytes the page fetched until then and the bytes of the
// start bundle (what index.html names: the entry script and the chunks it preloads).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createRendererAssets } from '../../src-main/core/app/renderer-assets';
import { createCore, type Core } from '../../src-main/core/core';
import { DEMO_PASSWORD } from '../../src-main/core/demo/seed';
import { memoryLogger } from '../../src-main/core/logger';
import { harnessPlatform } from '../e2e/harness/platform';
import { ORIGIN, preloadScript } from '../e2e/harness/renderer-page';
import { percentile } from './bench';
import type { Page as TestPage } from '@playwright/test';

const ROOT = resolve(__dirname, '../..');
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SCREEN = argument('--screen') === 'login' ? 'login' : 'casussen';
const ROUTE = SCREEN === 'login' ? '/' : '/casussen';

interface Variant {
  name: string;
  dir: string;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function variants(): Variant[] {
  const found: Variant[] = [];
  process.argv.forEach((arg, i) => {
    if (arg !== '--variant') return;
    const [name, dir] = (process.argv[i + 1] ?? '').split('=');
    if (!name || !dir) throw new Error('--variant NAME=DIR');
    found.push({ name, dir: resolve(dir) });
  });
  if (found.length === 0) found.push({ name: 'current', dir: join(ROOT, 'out/renderer') });
  return found;
}

/** The scripts index.html names: the entry and the chunks it preloads (the start bundle). */
export function startBundle(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
}

const bytes = (dir: string, files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);

/** Notes when the Casussen heading and the first result row are both in the document. */
const OBSERVER = `(() => {
  const shown = () =>
    ${
      SCREEN === 'login'
        ? `document.querySelector('input[autocomplete="username"], input[name="username"], form input') !== null &&
    [...document.querySelectorAll('h1')].some((h) => h.textContent === 'Aanmelden')`
        : `document.querySelector('[role="listbox"] [role="option"]') !== null &&
    [...document.querySelectorAll('h1')].some((h) => h.textContent === 'Casussen')`
    };
  const observer = new MutationObserver(() => {
    if (window.__casussenShown === undefined && shown()) {
      window.__casussenShown = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

interface Sample {
  shownMs: number;
  scripts: string[];
  /** Main-thread time until shown (CDP Performance.getMetrics), in ms. */
  scriptMs: number;
  styleLayoutMs: number;
  taskMs: number;
}

async function openCore(root: string, page: TestPage | null): Promise<Core> {
  const core = createCore({
    dataDir: join(root, 'data'),
    resourcesDir: join(ROOT, 'resources'),
    appVersion: 'bench',
    logger: memoryLogger(),
    platform: harnessPlatform(page as TestPage, join(root, 'bestanden')).platform,
    idleCheckMs: 0,
  });
  const demo = await core.dispatch('vault:setup-demo', {});
  if (!demo.ok) throw new Error(`vault:setup-demo: ${demo.error.code}`);
  const login = await core.dispatch('session:login', { username: 'regisseur', password: DEMO_PASSWORD });
  if (!login.ok) throw new Error(`session:login: ${login.error.code}`);
  if (SCREEN === 'login') {
    const logout = await core.dispatch('session:logout', {});
    if (!logout.ok) throw new Error(`session:logout: ${logout.error.code}`);
  }
  return core;
}

async function sample(browser: Browser, core: Core, variant: Variant, throttle: number): Promise<Sample> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  try {
    const serve = createRendererAssets(variant.dir);
    const scripts: string[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
      if (url.pathname.endsWith('.js')) scripts.push(url.pathname.slice(1));
      const asset = await serve(url.pathname);
      return route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
    });
    await context.exposeBinding('__cterTransportInvoke', (_source, channel: unknown, input: unknown) =>
      core.dispatch(channel, input),
    );
    await context.addInitScript({ content: preloadScript() });
    await context.addInitScript({ content: OBSERVER });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`${ORIGIN}/index.html#${ROUTE}`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => (window as unknown as { __casussenShown?: number }).__casussenShown,
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    const shownMs = (await handle.jsonValue()) as number;
    // Read up to 50 ms (the polling) after the screen was shown.
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return {
      shownMs,
      scripts: [...scripts],
      scriptMs: seconds('ScriptDuration') * 1000,
      styleLayoutMs: (seconds('RecalcStyleDuration') + seconds('LayoutDuration')) * 1000,
      taskMs: seconds('TaskDuration') * 1000,
    };
  } finally {
    await context.close();
  }
}

const round = (n: number) => Math.round(n);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function main() {
  const samples = Number(argument('--samples') ?? 50);
  const throttle = Number(argument('--throttle') ?? 4);
  const warmup = Number(argument('--warmup') ?? 3);
  const list = variants();
  const root = mkdtempSync(join(tmpdir(), 'cter-bench-renderer-load-'));
  let browser: Browser | null = null;
  let core: Core | null = null;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    // The demo's print and file dialogs are never used here; the harness platform needs a page
    // only for those.
    core = await openCore(root, null);
    const results = new Map<string, Sample[]>(list.map((v) => [v.name, []]));
    const summary = () =>
      list.map((variant) => {
        const taken = results.get(variant.name)!;
        const shown = taken.map((s) => s.shownMs);
        const fetched = new Set(taken[0]!.scripts);
        const start = startBundle(variant.dir);
        return {
          variant: variant.name,
          samples: shown.length,
          throttle,
          shownMedianMs: round(percentile(shown, 50)),
          shownP95Ms: round(percentile(shown, 95)),
          scriptMedianMs: round(
            percentile(
              taken.map((s) => s.scriptMs),
              50,
            ),
          ),
          styleLayoutMedianMs: round(
            percentile(
              taken.map((s) => s.styleLayoutMs),
              50,
            ),
          ),
          taskMedianMs: round(
            percentile(
              taken.map((s) => s.taskMs),
              50,
            ),
          ),
          startBundleBytes: bytes(variant.dir, start),
          startBundleFiles: start.length,
          fetchedForCasussenBytes: bytes(variant.dir, fetched),
          fetchedForCasussenFiles: fetched.size,
        };
      });
    const loads: number[] = [];
    for (let i = -warmup; i < samples; i++) {
      const order = i % 2 === 0 ? list : [...list].reverse();
      for (const variant of order) {
        const taken = await sample(browser, core, variant, throttle);
        if (i >= 0) results.get(variant.name)!.push(taken);
      }
      if (i >= 0) loads.push(loadavg()[0]!);
      if (i >= 0 && (i + 1) % 10 === 0) {
        console.info(`… ${i + 1} of ${samples}`);
        // What is measured so far, should a long run be cut short.
        const json = argument('--json');
        if (json) writeFileSync(json, `${JSON.stringify(summary(), null, 2)}\n`);
      }
    }
    const records = summary();
    console.info(
      `${SCREEN === 'login' ? 'The login screen' : 'Casussen'} from a cold load, CPU ${throttle}× slower, ${samples} samples per variant, interleaved ` +
        `(load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)})`,
    );
    for (const r of records) {
      console.info(
        `${r.variant.padEnd(12)} shown median ${r.shownMedianMs} ms, p95 ${r.shownP95Ms} ms; main thread ` +
          `(medians) tasks ${r.taskMedianMs} ms, script ${r.scriptMedianMs} ms, style+layout ` +
          `${r.styleLayoutMedianMs} ms; start bundle ` +
          `${kb(r.startBundleBytes)} (${r.startBundleFiles} files); fetched until shown ` +
          `${kb(r.fetchedForCasussenBytes)} (${r.fetchedForCasussenFiles} files)`,
      );
    }
    const json = argument('--json');
    if (json) writeFileSync(json, `${JSON.stringify(records, null, 2)}\n`);
  } finally {
    await core?.close();
    await browser?.close();
    rmSync(root, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
