// Issue 8's second figure: the evaluation report of a large round as an A4 PDF in Chromium (aim
// < 3 s for about 20 pages). The built renderer runs in Debian's Chromium against a real core in
// this process (tests/bench/chromium-pdf.ts, the end-to-end harness's transport): the 60-
// question benchmark template, 140 responses with open answers, a previous round to compare with
// and recommendations. Measured: the report page from a fresh load until every chapter is laid
// out, and print:view to PDF (Chromium's printer, as Electron's printToPDF) including the save.
// Needs `npx electron-vite build` first (out/renderer, out/preload).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { insertAccount } from '../../src-main/core/accounts/account-service';
import type { Core } from '../../src-main/core/core';
import { ORIGIN } from '../e2e/harness/renderer-page';
import { timeRuns, type BenchSuite } from './bench';
import { launchChromiumApp, pdfPages, type ChromiumApp } from './chromium-pdf';
import { benchResponses, benchTemplate } from './evaluaties.bench';

const PASSWORD = 'meting van het evaluatierapport 2026';
const PARTNERS = ['gemeente', 'politie', 'om', 'reclassering', 'rvdk', 'ggz', 'zvh', 'onderwijs'];

async function dispatch<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

/** A procesregisseur logged in, the benchmark template and two rounds of it. */
async function seed(core: Core): Promise<number> {
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
    .database.handle!.prepare(
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
    ws.requireOpen().database.handle!.transaction(() => {
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

export const suite: BenchSuite = {
  name: 'evaluaties-rapport',
  async run() {
    if (!existsSync(join(__dirname, '../../out/renderer/index.html'))) {
      console.info('  (skipped: no built renderer; run `npx electron-vite build` first)');
      return [];
    }
    const app = await launchChromiumApp('rapport');
    try {
      const roundId = await seed(app.core);
      const lastChapter = app.page.getByRole('heading', { level: 2, name: '7. Aanbevelingen' });
      await timedRender(app, roundId, lastChapter, 1);
      const render = await timedRender(app, roundId, lastChapter, 5);
      const request = {
        document: `evaluatierapport-${roundId}`,
        title: 'Evaluatierapport: Benchronde najaar (fictief)',
        subject: null,
      };
      let file = '';
      const pdf = await timeRuns(
        5,
        async () => {
          file = await app.savePdf(request);
        },
        1,
      );
      const pages = pdfPages(file);
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
      await app.close();
    }
  },
};

/**
 * A fresh load of the application at the report (a new document each time, so nothing is cached
 * in the renderer) until its last chapter is there; in ms.
 */
async function timedRender(app: ChromiumApp, roundId: number, lastChapter: Locator, times: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await app.page.goto(`${ORIGIN}/index.html?keer=${i}#/evaluaties/${roundId}/rapport`);
    await lastChapter.waitFor();
    samples.push(performance.now() - start);
  }
  return samples;
}
