// Chromium PDF benchmarks: the built renderer (out/renderer, so `npx electron-vite build` first)
// in Debian's Chromium against a real core on a fresh encrypted database, wired exactly as the
// renderer end-to-end harness does it (tests/e2e/harness): the built preload with a stand-in for
// Electron's transport, the renderer served on a fixed origin, and the harness's print service
// (page.pdf, the engine of Electron's printToPDF, with the app's own header and page-number
// templates). Only Electron's IPC is swapped.
//
// API (small on purpose):
//   const app = await launchChromiumApp('my-suite');   // core with a beheerder logged in, page open
//   ... seed through app.core.dispatch / app.core.workspace, log in as whoever prints ...
//   await app.open('/some/print/route', (page) => page.getByRole('heading', { level: 1 }).waitFor());
//   const file = await app.savePdf({ document: 'notulen', title: 'Notulen …', subject: null });
//   pdfPages(file)                                      // page count (pdfinfo)
//   await app.close();                                  // always, in a finally
// Time what you need around open/savePdf with timeRuns from ./bench. The browser runs headless
// with the e2e suite's launch flags; CHROMIUM_PATH overrides /usr/bin/chromium.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createRendererAssets } from '../../src-main/core/app/renderer-assets';
import { createCore, type Core } from '../../src-main/core/core';
import { memoryLogger } from '../../src-main/core/logger';
import type { Page as TestPage } from '@playwright/test';
import { harnessPlatform, type DialogStandIn } from '../e2e/harness/platform';
import { ORIGIN, preloadScript } from '../e2e/harness/renderer-page';

const ROOT = resolve(__dirname, '../..');
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** The password of the beheerder the app starts with (username 'beheer'). */
export const BENCH_PASSWORD = 'meting van de afdrukken 2026';

export interface PrintRequest {
  /** The document identifier the renderer's print dialog sends (e.g. 'notulen'). */
  document: string;
  /** The title in the page header next to "Vertrouwelijk". */
  title: string;
  /** The record printed, checked for access by core. */
  subject: { type: 'casus' | 'persoon' | 'overleg'; id: number } | null;
}

export interface ChromiumApp {
  core: Core;
  page: Page;
  dialogs: DialogStandIn;
  /** Shows the renderer at a hash route (without reloading when it is already loaded), then `ready`. */
  open(route: string, ready: (page: Page) => Promise<unknown>): Promise<void>;
  /** Has the page ask core for a PDF of the view it shows (print:view, as the print dialog does). */
  savePdf(request: PrintRequest): Promise<string>;
  close(): Promise<void>;
}

export async function launchChromiumApp(name: string): Promise<ChromiumApp> {
  const root = mkdtempSync(join(tmpdir(), `cter-bench-${name}-`));
  let browser: Browser | null = null;
  let core: Core | null = null;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    const page = await context.newPage();
    // The harness's print service is typed on @playwright/test's Page, the same class as playwright-core's.
    const { platform, dialogs } = harnessPlatform(page as unknown as TestPage, join(root, 'bestanden'));
    const made = createCore({
      dataDir: join(root, 'data'),
      resourcesDir: join(ROOT, 'resources'),
      appVersion: 'bench',
      logger: memoryLogger(),
      platform,
      idleCheckMs: 0,
    });
    core = made;
    await made.setup.createDatabase(made.workspace.databasePath(), {
      demo: false,
      username: 'beheer',
      password: BENCH_PASSWORD,
      displayName: 'Beheer (voorbeeld)',
    });
    const serve = createRendererAssets(join(ROOT, 'out/renderer'));
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
      const asset = await serve(url.pathname);
      return route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
    });
    await page.exposeBinding('__cterTransportInvoke', (_source, channel: unknown, input: unknown) =>
      made.dispatch(channel, input),
    );
    await page.addInitScript({ content: preloadScript() });
    const opened = browser;
    return {
      core: made,
      page,
      dialogs,
      async open(route, ready) {
        if (page.url().startsWith(`${ORIGIN}/index.html`)) {
          await page.evaluate((hash) => {
            window.location.hash = hash;
          }, route);
        } else {
          await page.goto(`${ORIGIN}/index.html#${route}`);
        }
        await ready(page);
      },
      async savePdf(request) {
        const before = dialogs.saved.length;
        const result = await page.evaluate(
          (input) =>
            (window as unknown as { cter: { invoke(c: string, i: unknown): Promise<{ ok: boolean }> } }).cter.invoke(
              'print:view',
              input,
            ),
          { ...request, reason: 'Meting van de afdrukduur (voorbeeld)', target: 'pdf' },
        );
        if (!result.ok || dialogs.saved.length === before) throw new Error(`print:view: ${JSON.stringify(result)}`);
        return dialogs.saved.at(-1)!.path;
      },
      async close() {
        await made.close();
        await opened.close();
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await core?.close();
    await browser?.close();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** The number of pages of a PDF file (poppler's pdfinfo). */
export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
}
