// Issue 8's second figure: the evaluation report of a large round as an A4 PDF in Chromium (aim
// < 3 s for about 20 pages). The built renderer runs in Debian's Chromium against a real core in
// this process (the end-to-end harness's transport, tests/e2e/harness/renderer-page.ts): the 60-
// question benchmark template, 140 responses with open answers, a previous round to compare with
// and recommendations. Measured: the report page from a fresh load until every chapter is laid
// out, and print:view to PDF (Chromium's printer, as Electron's printToPDF) including the save.
// Needs `npx electron-vite build` first (out/renderer, out/preload).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { insertAccount } from '../../src-main/core/accounts/account-service';
import { createRendererAssets } from '../../src-main/core/app/renderer-assets';
import { createCore, type Core } from '../../src-main/core/core';
import { memoryLogger } from '../../src-main/core/logger';
import { harnessPlatform } from '../e2e/harness/platform';
import { ORIGIN, preloadScript, RENDERER_DIR } from '../e2e/harness/renderer-page';
import { timeRuns, type BenchSuite } from './bench';
import { benchResponses, benchTemplate } from './evaluaties.bench';

const PASSWORD = 'meting van het evaluatierapport 2026';
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const PARTNERS = ['gemeente', 'politie', 'om', 'reclassering', 'rvdk', 'ggz', 'zvh', 'onderwijs'];

async function dispatch<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

/** A database with a procesregisseur logged in, the benchmark template and two rounds of it. */
async function seed(core: Core, path: string): Promise<number> {
  await core.setup.createDatabase(path, { demo: false, username: 'beheer', password: PASSWORD, displayName: 'Beheer' });
  const ws = core.workspace;
  const slot = await ws.vault().addPasswordSlot(ws.requireOpen().key, 'regisseur', PASSWORD);
  await ws.transaction((m) =>
    insertAccount(m, new Date(), {
      username: 'regisseur',
      displayName: 'Regisseur (fictief)',
      roles: ['procesregisseur'],
      regionIds: [1],
      keySlotId: slot,
      mustChangePassword: false,
    }),
  );
  await core.sessions.end('logout');
  await dispatch(core, 'session:login', { username: 'regisseur', password: PASSWORD });
  const templateId = (
    await dispatch<{ template: { id: number } }>(core, 'evaluations:save-template', { template: benchTemplate() })
  ).template.id;
  const insert = ws
    .requireOpen()
    .database.handle.prepare(
      `INSERT INTO eval_response (round_id, source, partner, submitted_on, answers) VALUES (?, 'papier', ?, ?, ?)`,
    );
  let roundId = 0;
  for (const [titel, from, to, count] of [
    ['Benchronde voorjaar (fictief)', '2026-03-01', '2026-03-31', 300],
    ['Benchronde najaar (fictief)', '2026-10-01', '2026-10-31', 140],
  ] as const) {
    const round = await dispatch<{ id: number }>(core, 'evaluations:save-round', {
      titel,
      templateId,
      periodFrom: from,
      periodTo: to,
      anonymity: 'anoniem-dag',
      targetGroups: PARTNERS.map((partner) => ({ partner, invited: 80 })),
    });
    roundId = round.id;
    const responses = benchResponses(count);
    ws.requireOpen().database.handle.transaction(() => {
      for (const r of responses) insert.run(round.id, r.partner, from, JSON.stringify(r.answers));
    })();
  }
  for (let i = 0; i < 8; i++) {
    await dispatch(core, 'evaluations:save-recommendation', {
      roundId,
      tekst: `Aanbeveling ${i + 1} uit de benchronde (fictief)`,
      eigenaar: 'Regisseur (fictief)',
      deadline: i % 2 ? '2026-01-31' : '2099-12-31',
    });
  }
  return roundId;
}

function pdfPages(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

export const suite: BenchSuite = {
  name: 'evaluaties-rapport',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'cter-bench-rapport-'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 900 },
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      const page = await context.newPage();
      const { platform, dialogs } = harnessPlatform(page, join(dir, 'bestanden'));
      const path = join(dir, 'cter.db');
      const core = createCore({
        dataDir: dir,
        databasePath: path,
        resourcesDir: join(__dirname, '../../resources'),
        appVersion: 'bench',
        logger: memoryLogger(),
        platform,
        idleCheckMs: 0,
      });
      const roundId = await seed(core, path);
      const serve = createRendererAssets(RENDERER_DIR);
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
        const asset = await serve(url.pathname);
        return route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
      });
      await page.exposeBinding('__cterTransportInvoke', (_source, channel: unknown, input: unknown) =>
        core.dispatch(channel, input),
      );
      await page.addInitScript({ content: preloadScript() });

      const lastChapter = page.getByRole('heading', { level: 2, name: '7. Aanbevelingen' });
      await timedRender(page, roundId, lastChapter, 1);
      const render = await timedRender(page, roundId, lastChapter, 5);

      const title = 'Evaluatierapport: Benchronde najaar (fictief)';
      const pdf = await timeRuns(
        5,
        () =>
          page.evaluate(
            (input) =>
              (window as never as { cter: { invoke(c: string, i: unknown): Promise<unknown> } }).cter.invoke(
                'print:view',
                input,
              ),
            {
              document: `evaluatierapport-${roundId}`,
              title,
              reason: 'Benchmark (fictief)',
              target: 'pdf',
              subject: null,
            },
          ),
        1,
      );
      const saved = dialogs.saved.at(-1);
      const pages = saved ? pdfPages(readFileSync(saved.path)) : 0;
      await core.close();
      return [
        {
          name: `evaluations: report page loaded and laid out in Chromium (${pages} pages)`,
          unit: 'ms',
          samples: render,
          // No aim of its own: it says how much of a print is the page itself (the whole app loads too).
          target: {},
        },
        {
          name: `evaluations: report PDF in Chromium, ${pages} pages (print:view + save)`,
          unit: 'ms',
          samples: pdf,
          target: { max: 3000 },
        },
      ];
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * A fresh load of the application at the report (a new document each time, so nothing is cached
 * in the renderer) until its last chapter is there; in ms.
 */
async function timedRender(page: Page, roundId: number, lastChapter: Locator, times: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await page.goto(`${ORIGIN}/index.html?keer=${i}#/evaluaties/${roundId}/rapport`);
    await lastChapter.waitFor();
    samples.push(performance.now() - start);
  }
  return samples;
}
