// Issue 6's third figure: the minutes PDF of a 25-item meeting in Chromium (aim < 2 s), with 10,000
// earlier meetings in the database. Measured as the user gets it: from opening the print view of
// the vastgestelde minutes (every item with inbreng, duiding, decisions and an action) to the PDF
// file saved through the print service; and the PDF step alone (print:view on the view shown).
// Needs the built renderer (`npx electron-vite build`); without it the suite says so and skips.
// BENCH_PDF_DIR=folder keeps a copy of the PDF there, to look at its pages.
import { copyFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { insertAccount } from '../../src-main/core/accounts/account-service';
import type { Core } from '../../src-main/core/core';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { timeRuns, type BenchSuite } from './bench';
import { launchChromiumApp, pdfPages, type ChromiumApp } from './chromium-pdf';
import { seedEarlierMeetings } from './meetings-seed';

const PASSWORD = 'Rik regisseert de meting van de notulen';
const ITEMS = 25;
const PARTNERS = ['gemeente', 'politie', 'om', 'reclassering', 'rvdk', 'ggz'];

async function ok<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

/** A vastgesteld meeting of 25 casus items with full minutes; returns its id and print title. */
async function seedMeeting(core: Core): Promise<{ id: number; title: string }> {
  const ws = core.workspace;
  const slot = await ws.vault().addPasswordSlot(ws.requireOpen().key, 'rik', PASSWORD);
  const regisseur = await ws.transaction((m) =>
    insertAccount(m, new Date(), {
      username: 'rik',
      displayName: 'Rik Regisseur (fictief)',
      roles: ['procesregisseur'],
      regionIds: [1, 2, 3],
      keySlotId: slot,
      mustChangePassword: false,
    }),
  );
  seedEarlierMeetings(core);
  await core.sessions.end('logout');
  await ok(core, 'session:login', { username: 'rik', password: PASSWORD });

  const signals: RegisteredSignal[] = [];
  for (let i = 0; i < ITEMS; i++) {
    signals.push(
      await ok<RegisteredSignal>(core, 'signals:register', {
        person: { nieuw: { naam: `Persoon ${i + 1} (fictief)`, geboortedatum: '2007-03-01', gemeenteId: 1 } },
        signal: {
          melderPartner: 'politie',
          ontvangen: '2026-11-10',
          omschrijving: 'Voorbeeld — fictief signaal voor de meting.',
          ideologie: 'jihadistisch',
          ernst: 'matig',
          bron: 'online',
        },
      }),
    );
  }
  const details = {
    type: 'ico',
    title: 'Casusoverleg Noord (fictief)',
    datum: '2026-11-26',
    starttijd: '09:30',
    locatie: 'Vergaderzaal 2',
    regionId: 1,
    voorzitterId: regisseur.id,
    invitedPartners: PARTNERS,
    invitedPersons: 'J. Jansen (gemeente)\nK. de Wit (politie)\nvoorbeeld — fictief',
  };
  const meeting = await ok<MeetingView>(core, 'meetings:create', details);
  await ok(core, 'meetings:update', {
    id: meeting.id,
    details,
    attendance: PARTNERS.map((partner, i) => ({
      partner,
      status: i === 5 ? 'afgemeld' : 'aanwezig',
      namen: i === 5 ? '' : `Deelnemer ${partner} (fictief)`,
    })),
  });
  const agenda = await ok<MeetingView>(core, 'meetings:save-agenda', {
    id: meeting.id,
    items: signals.map((s) => ({ kind: 'casus', caseId: s.caseId, plannedMinutes: 15 })),
  });
  for (const [n, item] of agenda.items.entries()) {
    await ok(core, 'meetings:save-item', {
      itemId: item.id,
      spentSeconds: 600,
      minutes: {
        inbreng: PARTNERS.slice(0, 3).map((partner, i) => ({
          id: `i${i}`,
          partner,
          tekst: `Inbreng van ${partner} over punt ${n + 1}: ${'voorbeeld — fictieve inbreng. '.repeat(6)}`,
          artikel: 'Art. 7 lid 2',
        })),
        duiding: `Duiding van punt ${n + 1}.\n${'Voorbeeld — fictieve duiding en analyse. '.repeat(15)}`,
        besluiten: [
          { id: 'b1', tekst: 'Plan van aanpak opstellen met de betrokken partners (fictief).' },
          { id: 'b2', tekst: 'Over zes weken opnieuw bespreken (fictief).' },
        ],
        acties: [
          {
            id: 'a1',
            omschrijving: `Gesprek met betrokkene over punt ${n + 1} (fictief)`,
            actiehouderPartner: 'gemeente',
            actiehouderNaam: 'J. Jansen (fictief)',
            deadline: '2026-12-15',
          },
        ],
      },
    });
  }
  await ok(core, 'meetings:adopt', { id: meeting.id });
  return { id: meeting.id, title: 'Notulen Casusoverleg Noord (fictief) 26-11-2026' };
}

export const suite: BenchSuite = {
  name: 'meetings-pdf',
  async run() {
    if (!existsSync(join(__dirname, '../../out/renderer/index.html'))) {
      console.info('  (skipped: no built renderer; run `npx electron-vite build` first)');
      return [];
    }
    const app: ChromiumApp = await launchChromiumApp('meetings-pdf');
    try {
      const meeting = await seedMeeting(app.core);
      const printView = `/overleggen/${meeting.id}/afdrukken`;
      const request = {
        document: 'notulen',
        title: meeting.title,
        subject: { type: 'overleg', id: meeting.id },
      } as const;
      const shown = (page: ChromiumApp['page']) =>
        page.getByRole('heading', { name: new RegExp(`^${ITEMS}\\. `) }).waitFor();
      const away = (page: ChromiumApp['page']) => page.getByRole('heading', { level: 1, name: 'Overleggen' }).waitFor();
      await app.open('/overleggen', away);

      // Each run starts from the meetings list (not timed), so the print view is built anew.
      const whole: number[] = [];
      let file = '';
      for (let run = 0; run < 6; run++) {
        await app.open('/overleggen', away);
        const start = performance.now();
        await app.open(printView, shown);
        file = await app.savePdf(request);
        if (run > 0) whole.push(performance.now() - start);
      }
      const pages = pdfPages(file);
      const keep = process.env['BENCH_PDF_DIR'];
      if (keep) copyFileSync(file, join(keep, 'notulen-25-punten.pdf'));
      await app.open(printView, shown);
      const pdfOnly = await timeRuns(5, () => app.savePdf(request), 1);
      console.info(`  minutes PDF: ${pages} A4 pages for ${ITEMS} items (load average ${loadavg()[0]!.toFixed(1)})`);
      return [
        {
          name: `minutes PDF, ${ITEMS} items: print view to file (Chromium)`,
          unit: 'ms',
          samples: whole,
          target: { max: 2000 },
        },
        { name: `minutes PDF, ${ITEMS} items: PDF step only`, unit: 'ms', samples: pdfOnly, target: { max: 2000 } },
      ];
    } finally {
      await app.close();
    }
  },
};
