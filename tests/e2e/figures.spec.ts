/// <reference lib="dom" />
// Cijfers: the dashboard for a period and a region (the demo environment's 250 fictitious persons,
// 2016-2026), every chart with its table; the export and the printed year report through
// disclosure control ("<5", "x", footnotes, charts that match their tables).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dashboard } from '../../src-shared/ipc/figures';
import { call } from '../integration/helpers';
import { expect, test } from './harness/fixtures';
import { asBeheerder, asRegisseur, demoAs, registerSignal } from './harness/figures-data';
import { field } from './harness/locators';
import { walkFocus } from './harness/contrast';
import { expectPreviewIsPdf } from './harness/print-check';
import { setUp } from './harness/session';

const CHARTS = [
  'Nieuwe signalen per jaar',
  'Mediane leeftijd bij signaal per jaar',
  'Leeftijd bij signaal naar leeftijdsgroep',
  'Nieuwe signalen per jaar naar ideologie',
  'Nieuwe signalen per jaar naar ernst',
  'Afgesloten casussen per jaar naar uitkomst',
  'Nieuwe signalen per ZVH-regio',
  'Nieuwe signalen per gemeente',
];

test('cijfers: grafieken en tabellen voor een periode en een regio', async ({ app }) => {
  // Making the demo derives keys for its accounts and writes a few hundred persons: allow for it.
  test.slow();
  // The notulist of the demo works in all three regions: her house is the whole installation, so
  // her exact figures are every region's (the evaluator, with no regions, sees only the province).
  await demoAs(app, 'notulist');
  const year = app.clock.now().getFullYear();
  const all = await call<Dashboard>(app.core, 'figures:dashboard', { fromYear: 2016, toYear: year });
  const total = all.years.reduce((sum, y) => sum + y.signals, 0);
  await app.open('/');
  const { page } = app;
  // Every role may see the figures; a notulist sees no beheer pages.
  await expect(page.getByRole('heading', { name: 'Beheer' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Cijfers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cijfers' })).toBeFocused();
  const status = page.getByRole('status').filter({ hasText: 'Getoond' });
  await expect(status).toHaveText(`Getoond: 2016–${year}, Alle regio's — ${total} nieuwe signalen.`);
  for (const name of CHARTS) {
    await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
    // The chart itself is an image named by its heading and described by its summary sentence.
    await expect(page.getByRole('img', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('img', { name: 'Nieuwe signalen per jaar', exact: true })).toHaveAccessibleDescription(
    new RegExp(`^In 2016–${year} kwamen ${total} nieuwe signalen binnen\\. Het meeste in \\d{4}: \\d+\\.$`),
  );
  // Dutch labels on the axes and in the legends.
  await expect(page.getByText('Aantal signalen').first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Legenda bij Nieuwe signalen per jaar naar ernst' })).toContainText(
    'Zeer ernstig — concrete voorbereidingen',
  );
  await app.expectAccessible('cijfers');
  await app.screenshot('cijfers-alle-regios');
  // Every keyboard stop shows a ring at 3:1 or more (WCAG 2.4.7, 1.4.11), the view tabs too. The
  // charts are no stops: each is an image with its numbers in the table its own button opens, so
  // MUI X's chart exploration (a stop without a ring, unseen by screen readers) is switched off.
  const stops = await walkFocus(page, 150);
  expect(stops.filter((stop) => stop.ratio < 3)).toEqual([]);
  expect(await page.locator('[role="img"] [data-focus-walk]').count()).toBe(0);
  expect(stops.filter((stop) => stop.element === 'Toon als tabel')).toHaveLength(CHARTS.length);

  // Each chart has its table: the signals per year add up to what core counts.
  const signalsRegion = page.getByRole('region', { name: 'Nieuwe signalen per jaar', exact: true });
  await signalsRegion.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(signalsRegion.getByRole('button', { name: 'Verberg tabel' })).toHaveAttribute('aria-expanded', 'true');
  const signalsTable = page.getByRole('table', { name: 'Tabel: Nieuwe signalen per jaar' });
  await expect(signalsTable.locator('tbody tr')).toHaveCount(year - 2016 + 1);
  await expect(signalsTable.locator('tfoot')).toHaveText(`Totaal${total}`);
  for (const figure of all.years) {
    await expect(signalsTable.getByRole('row', { name: String(figure.year) })).toHaveText(
      `${figure.year}${figure.signals}`,
    );
  }
  // The median and the share of minors, with a Dutch decimal comma.
  await page
    .getByRole('region', { name: 'Mediane leeftijd bij signaal per jaar' })
    .getByRole('button', { name: 'Toon als tabel' })
    .click();
  const medianTable = page.getByRole('table', { name: 'Tabel: Mediane leeftijd bij signaal per jaar' });
  await expect(medianTable.locator('thead')).toHaveText('JaarMediane leeftijdAandeel minderjarigen');
  const last = all.years.at(-1)!;
  const share = `${String(Math.round(last.minorsShare! * 1000) / 10).replace('.', ',')}%`;
  await expect(medianTable.getByRole('row', { name: String(last.year) })).toContainText(share);
  await app.expectAccessible('cijfers met tabellen');
  await app.screenshot('cijfers-tabellen');

  // A period and a region: the figures follow, the municipalities are those of the region.
  await field(page, 'Van jaar').selectOption('2020');
  await field(page, 'ZVH-regio').selectOption({ label: 'ZVH Noord (voorbeeld)' });
  const noord = await call<Dashboard>(app.core, 'figures:dashboard', { fromYear: 2020, toYear: year, regionId: 1 });
  const noordTotal = noord.years.reduce((sum, y) => sum + y.signals, 0);
  await expect(status).toHaveText(`Getoond: 2020–${year}, ZVH Noord (voorbeeld) — ${noordTotal} nieuwe signalen.`);
  expect(noordTotal).toBeLessThan(total);
  await page
    .getByRole('region', { name: 'Nieuwe signalen per gemeente' })
    .getByRole('button', { name: 'Toon als tabel' })
    .click();
  const gemeenten = page.getByRole('table', { name: 'Tabel: Nieuwe signalen per gemeente' });
  await expect(gemeenten).toContainText('Aldervoort');
  await expect(gemeenten).not.toContainText('Dalhem');
  await expect(gemeenten.locator('tfoot')).toHaveText(`Totaal${noordTotal}`);
  await page
    .getByRole('region', { name: 'Nieuwe signalen per ZVH-regio' })
    .getByRole('button', { name: 'Toon als tabel' })
    .click();
  await expect(
    page.getByRole('table', { name: 'Tabel: Nieuwe signalen per ZVH-regio' }).locator('tbody tr'),
  ).toHaveText([`ZVH Noord (voorbeeld)${noordTotal}`]);
  expect(app.page.url()).toContain('van=2020');
  await app.expectAccessible('cijfers regio noord');
  await app.screenshot('cijfers-regio-noord');

  // A period that ends before it starts is pointed out, and the figures stay as they were.
  await field(page, 'Tot en met jaar').selectOption('2018');
  await expect(field(page, 'Tot en met jaar')).toHaveAccessibleDescription('Het eindjaar ligt voor het beginjaar.');
  await expect(status).toContainText(`2020–${year}`);
  await app.expectAccessible('cijfers jaarvolgorde');
});

test('cijfers: exporteren als CSV en Excel met reden, kleine aantallen beschermd', async ({ app }) => {
  await setUp(app);
  await asRegisseur(app);
  for (let i = 1; i <= 7; i++) {
    await registerSignal(app, {
      naam: `Persoon ${i} (fictief)`,
      geboortedatum: '2007-01-01',
      ontvangen: `2025-04-0${i}`,
    });
  }
  await registerSignal(app, {
    naam: 'Anders Ideologie (fictief)',
    geboortedatum: '2001-05-05',
    ontvangen: '2025-05-01',
    ideologie: 'links_extremistisch',
  });
  // The procesregisseur of all three regions: her exact figures are the installation's.
  await app.open('/cijfers?van=2025&tot=2025');
  const { page } = app;
  await expect(page.getByRole('status').filter({ hasText: 'Getoond' })).toHaveText(
    "Getoond: 2025, Alle regio's — 8 nieuwe signalen.",
  );
  // On screen the counts are exact, and the page says they are not for distribution.
  await expect(
    page.getByText('Intern: deze schermcijfers zijn exact en niet bedoeld voor verspreiding.'),
  ).toBeVisible();
  await page
    .getByRole('region', { name: 'Nieuwe signalen per jaar naar ideologie' })
    .getByRole('button', { name: 'Toon als tabel' })
    .click();
  const ideologie = page.getByRole('table', { name: 'Tabel: Nieuwe signalen per jaar naar ideologie' });
  await expect(ideologie.locator('thead')).toContainText('JihadistischRechts-extremistischLinks-extremistisch');
  await expect(ideologie.getByRole('row', { name: '2025' })).toHaveText('2025701008');

  await page.getByRole('button', { name: 'Exporteren…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cijfers exporteren' });
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(field(dialog, 'Reden')).toHaveAccessibleDescription('Geef een reden (minstens 3 tekens).');
  await expect(field(dialog, 'Reden')).toBeFocused();
  await expect(dialog.getByRole('radio', { name: 'CSV (puntkomma-gescheiden)' })).toBeChecked();
  await field(dialog, 'Reden').fill('Jaarverslag voor de stuurgroep');
  await app.expectAccessible('cijfers exporteren');
  await app.screenshot('cijfers-exporteren');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(
    'Opgeslagen als cter-cijfers-2025-2025.csv.',
  );
  const csv = app.dialogs.saved.find((file) => file.kind === 'csv')!;
  expect(csv.name).toBe('cter-cijfers-2025-2025.csv');
  const lines = readFileSync(csv.path, 'utf8').split('\r\n');
  // The single links-extremistisch signal is <5 and never the 7 beside it; the year's total,
  // which would give it away, is hidden (x) in every year table; the footnotes say so.
  const table = lines.indexOf('Signalen per jaar naar ideologie');
  expect(lines.slice(table + 1, table + 5)).toEqual([
    'Jaar;Jihadistisch;Links-extremistisch;Totaal',
    '2025;7;<5;x',
    'Totaal;7;<5;x',
    '<5 = een aantal van 1 tot en met 4 (verborgen).',
  ]);
  expect(lines.join('\n')).not.toMatch(/;[1-4](;|$)/m);

  // Excel too; the reason is asked again.
  await page.getByRole('button', { name: 'Exporteren…' }).click();
  await dialog.getByRole('radio', { name: 'Excel-werkmap' }).check();
  await field(dialog, 'Reden').fill('Jaarverslag voor de stuurgroep');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(
    'Opgeslagen als cter-cijfers-2025-2025.xlsx.',
  );
  expect(
    readFileSync(app.dialogs.saved.find((file) => file.kind === 'xlsx')!.path)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
  // Both exports are in the audit log with their reason.
  await asBeheerder(app);
  const audit = await call<{ entries: { action: string; reason: string | null }[] }>(app.core, 'audit:query', {
    filter: { kind: 'export' },
  });
  expect(audit.entries.map((e) => [e.action, e.reason])).toEqual([
    ['figures:export', 'Jaarverslag voor de stuurgroep'],
    ['figures:export', 'Jaarverslag voor de stuurgroep'],
  ]);
});

test('cijfers: jaarrapport afdrukken als PDF, tabellen beschermd en grafieken gelijk aan de tabellen', async ({
  app,
}) => {
  // The demo data, a print view of every figure and a PDF of several pages: more time than most.
  test.slow();
  await demoAs(app, 'notulist');
  await app.open('/cijfers?van=2016&tot=2026');
  const { page } = app;
  await page.getByRole('button', { name: 'Jaarrapport afdrukken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jaarrapport CTER-cijfers 2016-2026' })).toBeFocused();
  const sheet = page.getByRole('article', { name: 'Jaarrapport CTER-cijfers 2016-2026' });
  await expect(sheet.getByText("Alle regio's")).toBeVisible();
  await expect(sheet).toContainText('Deze cijfers zijn beschermd tegen onthulling');
  // Every table is printed, through disclosure control: no count from 1 to 4 is left.
  await expect(sheet.getByRole('table')).toHaveCount(CHARTS.length);
  await expect(sheet.getByRole('table', { name: 'Tabel: Nieuwe signalen per jaar naar ernst' })).toContainText('<5');
  const counts = await sheet.locator('td').allInnerTexts();
  expect(counts.filter((text) => /^[1-4]$/.test(text.trim()))).toEqual([]);
  expect(counts).toContain('<5');
  // Honest marks in the age table: "<5" only on 1..4, "x" only on 5 or more, every other count exact.
  const exact = await call<Dashboard>(app.core, 'figures:dashboard', { fromYear: 2016, toYear: 2026 });
  const ages = sheet.getByRole('table', { name: 'Tabel: Leeftijd bij signaal naar leeftijdsgroep' });
  const bands = ['<18', '18-22', '23-29', '30+', 'onbekend'] as const;
  for (const row of await ages.locator('tbody tr').all()) {
    const [label, ...cells] = await row.locator('th, td').allInnerTexts();
    const [first, last = first] = label!.split('–').map(Number);
    const inRow = exact.years.filter((y) => y.year >= first! && y.year <= last!);
    bands.forEach((band, c) => {
      const truth = inRow.reduce((sum, y) => sum + y.ageBands[band], 0);
      const cell = cells[c]!.trim();
      if (cell === '<5') expect(truth, `${label} ${band}`).toBeLessThan(5);
      else if (cell === 'x') expect(truth, `${label} ${band}`).toBeGreaterThanOrEqual(5);
      else expect(Number(cell.replace('.', '')), `${label} ${band}`).toBe(truth);
    });
  }
  // Its footnotes, and the chart's hatched segment for the hidden counts, in the legend too.
  const ageFigure = sheet.getByRole('region', { name: 'Leeftijd bij signaal naar leeftijdsgroep' });
  await expect(ageFigure).toContainText('<5 = een aantal van 1 tot en met 4 (verborgen).');
  await expect(ageFigure).toContainText('x = een verborgen aantal van 5 of meer');
  await expect(ageFigure).toContainText('Grafiek: het gearceerde deel ‘Niet gepubliceerd’');
  await expect(ageFigure.getByRole('list', { name: /Legenda/ })).toContainText('Niet gepubliceerd (<5 of x)');
  for (const name of CHARTS) await expect(sheet.getByRole('img', { name, exact: true })).toBeVisible();
  await app.expectAccessible('jaarrapport');
  await app.screenshot('jaarrapport');

  await page.keyboard.press('Control+p');
  const dialog = page.getByRole('dialog', { name: 'Jaarrapport CTER-cijfers 2016-2026 afdrukken' });
  await dialog.getByRole('radio', { name: 'Opslaan als PDF' }).check();
  await field(dialog, 'Reden').fill('Jaarverslag voor de stuurgroep');
  await dialog.getByRole('button', { name: 'Opslaan als PDF' }).click();
  // Printing renders the whole report again; on a busy two-core machine that can take a while, and
  // the notice "Opgeslagen als …" (gone after 5 s) can pass unseen: wait for the file itself.
  await expect
    .poll(() => app.dialogs.saved.find((file) => file.kind === 'pdf')?.name, { timeout: 90_000 })
    .toBe('jaarrapport-cter-cijfers-2016-2026.pdf');
  const pdf = app.dialogs.saved.find((file) => file.kind === 'pdf')!;
  // The pages as images, to look at (test-results/screenshots), and their text.
  const prefix = join(app.screenshotDir, 'jaarrapport-pdf');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf.path, prefix]);
  const info = execFileSync('pdfinfo', [pdf.path]).toString();
  expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  // Two figures to a page where they fit: 7 pages for the demo's 2016-2026 (it was 11, then 8).
  expect(pages).toBeGreaterThan(3);
  expect(pages).toBeLessThanOrEqual(7);
  const text = execFileSync('pdftotext', ['-layout', pdf.path, '-']).toString();
  expect(text).toContain('Vertrouwelijk — Jaarrapport CTER-cijfers 2016-2026');
  expect(text).toContain(`Pagina 1 van ${pages}`);
  expect(text).toContain(`Pagina ${pages} van ${pages}`);
  expect(text).toContain('<5');
  expect(text).toContain('Nieuwe signalen per jaar naar ernst');
  // The footnotes on paper too.
  expect(text).toContain('<5 = een aantal van 1 tot en met 4 (verborgen).');
  expect(text).toContain('x = een verborgen aantal van 5 of meer');
  expect(text).toContain('Niet gepubliceerd (<5 of x)');
  // The preview is the PDF, and the report is compact: the first page not left two-thirds empty.
  await expectPreviewIsPdf(app, sheet, pdf.path, 'jaarrapport');
  // No page half empty (issue 21 item 6): on every page but the last, what is printed reaches past
  // the middle of the page (measured in the preview, whose page boxes are the PDF's pages).
  const filled = await sheet.evaluate((root) => {
    const pitch = ((297 + 8) * 96) / 25.4;
    const top = root.getBoundingClientRect().top + parseFloat(getComputedStyle(root).paddingTop);
    const reach: number[] = [];
    for (const part of Array.from(root.querySelectorAll('section[aria-labelledby$="-titel"], dl'))) {
      const box = part.getBoundingClientRect();
      // A page's first part starts exactly at its page box (the spacer puts it there): allow rounding.
      const on = Math.floor((box.top - top + 1) / pitch);
      reach[on] = Math.max(reach[on] ?? 0, box.bottom - top - on * pitch);
    }
    return Array.from(reach, (bottom) => (bottom ?? 0) / (((297 - 2 * 15) * 96) / 25.4));
  });
  expect(filled).toHaveLength(pages);
  filled.slice(0, -1).forEach((share, index) => expect(share, `page ${index + 1}`).toBeGreaterThan(0.5));
  const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf.path, '-']).toString();
  expect(firstPage).toContain('Nieuwe signalen per jaar');
});
