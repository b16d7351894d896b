/// <reference lib="dom" />
// The audit log: paged (100 per page), filtered, its hash chain checked, exported to CSV and one
// page printed to PDF, each disclosure with a reason that is itself logged; and readable for the
// officer who checks it (issue 21): descriptions, object names, display names.
import { readFileSync } from 'node:fs';
import { formatDate } from '../../src-shared/domain/format';
import { expect, test } from './harness/fixtures';
import { field, pickOption } from './harness/locators';
import { day, dispatch, logInInCore, NOORD, registerSignal, REGISSEUR, setUpCasework } from './harness/casework';
import { expectPreviewIsPdf } from './harness/print-check';
import { BEHEERDER, openAsBeheerder } from './harness/session';
import { resizeWindow } from './harness/sizes';

test('auditlog: filteren, keten controleren, exporteren en afdrukken', async ({ app }) => {
  // A full page of 100 entries on screen, in the print view and in a PDF: more time than most.
  test.slow();
  await openAsBeheerder(app);
  const { page } = app;
  // More than one page of entries: each look at the accounts is a line of its own.
  for (let i = 0; i < 105; i++) await app.core.dispatch('accounts:list', {});
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Auditlog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auditlog' })).toBeFocused();
  const table = page.getByRole('table', { name: 'Regels van de auditlog' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(100);
  await expect(rows.filter({ hasText: 'Accounts bekeken' }).first()).toContainText('gelukt');
  await expect(rows.first()).toContainText(/\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}/);
  await expect(page.getByText(/^1–100 van \d+$/)).toBeVisible();
  await app.expectAccessible('auditlog');
  await app.screenshot('auditlog');
  await page.getByRole('button', { name: 'Volgende pagina' }).click();
  await expect(page.getByText(/^101–\d+ van \d+$/)).toBeVisible();
  await expect(rows.last()).toContainText('Installatie ingericht');

  // Filters: soort Sessie leaves the set-up; a date that does not exist is refused.
  await page.getByRole('combobox', { name: 'Soort' }).click();
  await pickOption(page, 'Sessie');
  await field(page, 'Periode van').fill('31-02-2026');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(field(page, 'Periode van')).toHaveAccessibleDescription('Vul een datum in als dd-mm-jjjj.');
  await expect(field(page, 'Periode van')).toBeFocused();
  await field(page, 'Periode van').fill(formatDate(app.clock.now()));
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Installatie ingericht');
  await expect(rows.first()).toContainText('bram');
  await expect(rows.first()).toContainText('gelukt');
  await app.expectAccessible('auditlog gefilterd');
  await app.screenshot('auditlog-gefilterd');
  await page.getByRole('combobox', { name: 'Actie' }).click();
  await pickOption(page, 'Account toegevoegd');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page.getByText('Er zijn geen regels die aan de filters voldoen.')).toBeVisible();
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(rows).toHaveCount(100);

  // The chain is intact.
  await page.getByRole('button', { name: 'Keten controleren' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^De auditlog is intact \(\d+ regels gecontroleerd\)\.$/);

  // Export to CSV: a reason is required and recorded.
  await page.getByRole('button', { name: 'Exporteren (CSV)' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Auditlog exporteren (CSV)' });
  await exportDialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(field(exportDialog, 'Reden')).toHaveAccessibleDescription('Geef een reden (minstens 3 tekens).');
  await app.expectAccessible('exporteren');
  await field(exportDialog, 'Reden').fill('Verzoek van de functionaris gegevensbescherming');
  await exportDialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByRole('status')).toHaveText(
    /^Opgeslagen als auditlog-\d{4}-\d{2}-\d{2}\.csv \(\d+ regels\)\.$/,
  );
  const csv = app.dialogs.saved.find((file) => file.kind === 'csv');
  expect(csv).toBeDefined();
  const text = readFileSync(csv!.path, 'utf8');
  expect(text.split('\r\n')[0]).toContain('nr;tijdstip;gebruiker;actie');
  expect(text).toContain('vault:setup');
  expect(text).toContain('Installatie ingericht');

  // Print the page shown (Ctrl+P opens the print view, and there the print dialog).
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('heading', { level: 1, name: 'Auditlog' })).toBeFocused();
  await expect(page.getByText('alle regels')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Auditlog' }).locator('tbody tr')).toHaveCount(100);
  await app.expectAccessible('afdrukvoorbeeld auditlog');
  await app.screenshot('afdrukvoorbeeld-auditlog');
  await page.keyboard.press('Control+p');
  const printDialog = page.getByRole('dialog', { name: 'Auditlog afdrukken' });
  await printDialog.getByRole('radio', { name: 'Opslaan als PDF' }).check();
  await printDialog.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(field(printDialog, 'Reden')).toHaveAccessibleDescription('Geef een reden (minstens 3 tekens).');
  await field(printDialog, 'Reden').fill('Jaarlijkse controle');
  await app.expectAccessible('afdrukken');
  await app.screenshot('afdrukken');
  await printDialog.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(page.getByRole('status')).toHaveText('Opgeslagen als auditlog.pdf.');
  const pdf = app.dialogs.saved.find((file) => file.kind === 'pdf');
  expect(pdf?.name).toBe('auditlog.pdf');
  expect(readFileSync(pdf!.path).subarray(0, 5).toString()).toBe('%PDF-');
  // The preview is the PDF: 100 rows over several pages, the table's header on each (issue 21 item 6).
  const pages = await expectPreviewIsPdf(app, page.getByRole('article', { name: 'Auditlog' }), pdf!.path, 'auditlog');
  expect(pages).toBeGreaterThan(1);
  await expect(page.getByRole('article', { name: 'Auditlog' }).locator('[data-page-repeat]')).toHaveCount(pages - 1);

  // Both disclosures are in the log, with their reasons.
  await page.getByRole('button', { name: 'Terug naar de auditlog' }).click();
  await expect(table.getByRole('row', { name: /Afgedrukt/ })).toContainText('Jaarlijkse controle');
  await expect(table.getByRole('row', { name: /Afgedrukt/ })).toContainText('Document audit-log');
  await expect(table.getByRole('row', { name: /Auditlog geëxporteerd/ })).toContainText(
    'Verzoek van de functionaris gegevensbescherming',
  );
});

test('auditlog leesbaar voor de controleur: omschrijving, objectnaam en weergavenaam', async ({ app }) => {
  // Issue 21 item 1: no channel names, no database ids, the display name with the login name.
  await setUpCasework(app);
  const signal = await registerSignal(app, { naam: 'Yara Voorbeeld (fictief)' });
  await dispatch(app, 'cases:get', { id: signal.caseId });
  await dispatch(app, 'meetings:create', {
    type: 'ico',
    title: 'Casusoverleg Noord (fictief)',
    datum: day(3),
    starttijd: '09:30',
    locatie: 'Zaal 2',
    regionId: NOORD,
  });
  await logInInCore(app, BEHEERDER);
  await app.open('/beheer/auditlog');
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Auditlog' })).toBeFocused();
  const table = page.getByRole('table', { name: 'Regels van de auditlog' });
  const rows = table.locator('tbody tr');
  const viewed = rows.filter({ hasText: 'Casus bekeken' });
  await expect(viewed).toHaveCount(1);
  await expect(viewed).toContainText(`Casus ${signal.caseNumber}`);
  await expect(viewed).toContainText(REGISSEUR.displayName);
  await expect(viewed.getByTitle(REGISSEUR.username)).toBeVisible();
  const meetingDay = day(3).split('-').reverse().join('-');
  await expect(rows.filter({ hasText: 'Overleg aangemaakt' })).toContainText(
    `Overleg Casusoverleg Noord (fictief), ${meetingDay}`,
  );
  await expect(rows.filter({ hasText: 'Signaal geregistreerd' })).toContainText(`Casus ${signal.caseNumber}`);
  // Never a channel name, never the person's name.
  await expect(table).not.toContainText(/\b(cases|meetings|signals|session|accounts):[a-z-]+/);
  await expect(table).not.toContainText('Yara');
  await app.expectAccessible('auditlog leesbaar');
  await app.screenshot('auditlog-leesbaar-1366');
  await resizeWindow(page, { width: 1024, height: 768 });
  await expect(viewed).toContainText(`Casus ${signal.caseNumber}`);
  // No column cut (issue 21 item 3): every head ends inside the table's box, nothing scrolls sideways;
  // with the navigation unfolded too, where the lesser columns step under the tijdstip.
  const noColumnCut = async () => {
    const cut = await table.evaluate((element) => {
      const edge = element.parentElement!.getBoundingClientRect().right;
      return [...element.querySelectorAll('thead th')].some((th) => th.getBoundingClientRect().right > edge + 1);
    });
    expect(cut).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  };
  await noColumnCut();
  await app.screenshot('auditlog-leesbaar-1024');
  await page.getByRole('button', { name: 'Navigatie uitklappen' }).click();
  await noColumnCut();
  await expect(table.locator('thead th')).toHaveText(['Tijdstip', 'Gebruiker', 'Actie', 'Object', 'Resultaat']);
  await expect(viewed).toContainText('Nr.:');
  await app.expectAccessible('auditlog bij 1024 met navigatie');
  await app.screenshot('auditlog-leesbaar-1024-navigatie');
  await page.getByRole('button', { name: 'Navigatie inklappen' }).click();
  await resizeWindow(page, { width: 1366, height: 900 });

  // Filter on a group of actions, then on the casusnummer.
  await page.getByRole('combobox', { name: 'Groep' }).click();
  await pickOption(page, 'Overleg');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Overleg aangemaakt');
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await field(page, 'Object').fill(signal.caseNumber);
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(rows.filter({ hasText: 'Casus bekeken' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Overleg aangemaakt' })).toHaveCount(0);
  await app.expectAccessible('auditlog op casusnummer');
  await app.screenshot('auditlog-op-casusnummer-1366');
  await resizeWindow(page, { width: 1024, height: 768 });
  await app.screenshot('auditlog-op-casusnummer-1024');
  await resizeWindow(page, { width: 1366, height: 900 });

  // The printed sheet says the same.
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('heading', { level: 1, name: 'Auditlog' })).toBeFocused();
  await expect(page.getByText(`Object: ${signal.caseNumber}`)).toBeVisible();
  const sheet = page.getByRole('table', { name: 'Auditlog' });
  await expect(sheet.locator('tbody tr').filter({ hasText: 'Casus bekeken' })).toContainText(
    `Casus ${signal.caseNumber}`,
  );
  await app.screenshot('afdrukvoorbeeld-auditlog-leesbaar');
});
