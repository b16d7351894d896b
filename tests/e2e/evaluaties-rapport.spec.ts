/// <reference lib="dom" />
// Evaluaties: the printed evaluation report of a round (A4 PDF through the print dialog, with a
// reason, audited), the anonymised data export (CSV and Excel, with a reason, audited), and the
// kiosk surviving a reload. The figures in the PDF are worked out independently in the fixture.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type AppHarness } from './harness/fixtures';
import {
  expectedFigures,
  LATE_RECOMMENDATION,
  OPEN_RECOMMENDATION,
  reportRounds,
} from './harness/evaluation-report-data';
import { asEvaluationRegisseur } from './harness/evaluations-data';
import { field, pickOption } from './harness/locators';
import { expectPreviewIsPdf } from './harness/print-check';
import { setUp } from './harness/session';

type Row = Record<string, unknown>;

function auditRows(app: AppHarness, kind: string): Promise<Row[]> {
  return app.sql`SELECT action, object_id AS "objectId", reason, details FROM audit_entry WHERE kind = ${kind} ORDER BY id`;
}

/** The PDF's text with runs of spaces made one, so a table row reads as one line of words. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'])
    .toString()
    .replace(/[ \t]+/g, ' ');
}

test('evaluaties: rapport afdrukken als PDF met de cijfers van de ronde', async ({ app }) => {
  test.slow();
  await setUp(app);
  await asEvaluationRegisseur(app);
  const { najaar } = await reportRounds(app);
  const expected = expectedFigures();

  await app.open(`/evaluaties/${najaar.id}`);
  const { page } = app;
  await page.getByRole('link', { name: 'Rapport afdrukken' }).click();
  const title = 'Evaluatierapport: Evaluatie najaar (fictief)';
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
  const sheet = page.getByRole('article', { name: title });
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText([
    '1. Samenvatting',
    '2. Methode en respons',
    '3. Resultaten per dimensie',
    '4. Per partnerorganisatie',
    '5. Vergelijking met de vorige ronde',
    '6. Open antwoorden',
    '7. Aanbevelingen',
  ]);
  await expect(sheet).toContainText('Voorbeeld — alle gegevens in dit rapport zijn fictief.');
  await expect(sheet.getByRole('img', { name: 'Staafdiagram: score per dimensie, van 1 tot 5' })).toBeVisible();
  await expect(
    sheet.getByRole('img', { name: 'Gestapeld staafdiagram: verdeling van de antwoorden per uitspraak, Proces' }),
  ).toBeVisible();
  await expect(
    sheet.getByRole('img', { name: 'Staafdiagram: score per dimensie in deze en de vorige ronde' }),
  ).toBeVisible();
  await expect(
    sheet.getByRole('table', { name: 'Tabel: score per dimensie', exact: true }).getByRole('row', { name: 'Proces' }),
  ).toHaveText(`Proces${expected.responses}${expected.proces}${expected.procesEens}${expected.procesOneens}`);
  await app.expectAccessible('evaluatierapport');
  await app.screenshot('evaluatierapport');

  // Ctrl+P opens the print dialog: a reason is required, then the PDF.
  await page.keyboard.press('Control+p');
  const dialog = page.getByRole('dialog', { name: `${title} afdrukken` });
  await dialog.getByRole('radio', { name: 'Opslaan als PDF' }).check();
  await dialog.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(field(dialog, 'Reden')).toHaveAccessibleDescription(/Geef een reden/);
  await field(dialog, 'Reden').fill('Bespreking in de stuurgroep (fictief)');
  await app.expectAccessible('rapport afdrukken');
  await dialog.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(
    'Opgeslagen als evaluatierapport-evaluatie-najaar-fictief.pdf.',
  );
  const pdf = app.dialogs.saved.find((file) => file.kind === 'pdf')!;
  const prefix = join(app.screenshotDir, 'evaluatierapport-pdf');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf.path, prefix]);
  const info = execFileSync('pdfinfo', [pdf.path]).toString();
  expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(pages).toBeGreaterThanOrEqual(4);
  await expectPreviewIsPdf(app, sheet, pdf.path, 'evaluatierapport');

  const text = pdfText(pdf.path);
  expect(text).toContain(`Vertrouwelijk — ${title}`);
  expect(text).toContain(`Pagina 1 van ${pages}`);
  expect(text).toContain(`Pagina ${pages} van ${pages}`);
  // Cover and summary.
  expect(text).toContain('Testvragenlijst (fictief) (versie 1)');
  expect(text).toContain('01-11-2026 t/m 30-11-2026');
  expect(text).toContain('Voorbeeld — alle gegevens in dit rapport zijn fictief.');
  expect(text).toContain(
    `${expected.responses} reacties van ${expected.invited} uitgenodigden: ${expected.rate} respons.`,
  );
  // The figures per dimension and per statement.
  expect(text).toMatch(
    new RegExp(`Proces ${expected.responses} ${expected.proces} ${expected.procesEens} ${expected.procesOneens}`),
  );
  expect(text).toMatch(
    new RegExp(`Het overleg verliep goed\\. ${expected.goed.n} ${expected.goed.mean} \\S+ ${expected.goed.eens}`),
  );
  expect(text).toMatch(
    new RegExp(`Er was genoeg tijd\\. ${expected.tijd.n} ${expected.tijd.mean} \\S+ ${expected.tijd.eens}`),
  );
  // Partners: the om (1 respondent) is merged with the smallest shown group, as explained.
  expect(text).toMatch(new RegExp(`Politie ${expected.politie.n} ${expected.politie.score}`));
  expect(text).toMatch(
    new RegExp(`Overige organisaties: Gemeente, Openbaar Ministerie ${expected.rest.n} ${expected.rest.score}`),
  );
  // The response table is grouped the same way: no exact count for the om's single response.
  expect(text).toMatch(/Politie 5 3 60%/);
  expect(text).toMatch(/Overige organisaties: Gemeente, Openbaar Ministerie 12 4 33,3%/);
  expect(text).not.toMatch(/Openbaar Ministerie 2 1 50%/);
  expect(text).toContain('Organisaties met minder dan 3 reacties worden niet apart getoond');
  // One rule for the overall rate, stated under the figure.
  expect(text).toContain('Hoe de respons is berekend:');
  // The cover names the questionnaire's target group, not always the casusoverleg.
  expect(text).not.toContain('partners van het casusoverleg');
  // The previous round.
  expect(text).toMatch(
    new RegExp(`Proces ${expected.previous.proces} ${expected.proces} \\${expected.previous.difference} Hoger`),
  );
  expect(text).toMatch(new RegExp(`Het overleg verliep goed\\. ${expected.previous.goed} ${expected.goed.mean}`));
  expect(text).toMatch(new RegExp(`Er was genoeg tijd\\. ${expected.previous.tijd} ${expected.tijd.mean}`));
  // Open answers and recommendations.
  expect(text).toContain('Goede voorzitter (fictief).');
  expect(text).toContain('Meer tijd voor de duiding (fictief).');
  expect(text).toContain(LATE_RECOMMENDATION);
  expect(text).toContain(OPEN_RECOMMENDATION);
  expect(text).toContain('Open — te laat');

  // The print is audited with its reason and the round it is about.
  expect(
    (await auditRows(app, 'print')).map((row) => [row.action, row.reason, JSON.parse(row.details as string)]),
  ).toEqual([
    [
      'print:view',
      'Bespreking in de stuurgroep (fictief)',
      { document: `evaluatierapport-${najaar.id}`, target: 'pdf' },
    ],
  ]);

  // On paper as well: the same dialog, the printer this time.
  await page.getByRole('button', { name: 'Afdrukken…' }).click();
  await dialog.getByRole('radio', { name: 'Afdrukken op papier' }).check();
  await field(dialog, 'Reden').fill('Voor het archief van de stuurgroep (fictief)');
  await dialog.getByRole('button', { name: 'Afdrukken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'printer' })).toHaveText('Naar de printer gestuurd.');
  expect(app.dialogs.printed).toBe(1);
  expect(await auditRows(app, 'print')).toHaveLength(2);
});

test('evaluaties: gegevens exporteren als CSV en Excel, geanonimiseerd en met een reden', async ({ app }) => {
  test.slow();
  await setUp(app);
  await asEvaluationRegisseur(app);
  const { najaar } = await reportRounds(app);
  await app.open(`/evaluaties/${najaar.id}`);
  const { page } = app;

  await page.getByRole('button', { name: 'Gegevens exporteren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gegevens van de ronde exporteren' });
  await expect(field(dialog, 'Reden')).toBeFocused();
  await dialog.getByRole('radio', { name: 'CSV (alleen de antwoorden)' }).check();
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(field(dialog, 'Reden')).toHaveAccessibleDescription(/Geef een reden/);
  await expect(field(dialog, 'Reden')).toBeFocused();
  expect(app.dialogs.saved).toEqual([]);
  await field(dialog, 'Reden').fill('Nadere analyse door de onderzoeker (fictief)');
  await app.expectAccessible('gegevens exporteren');
  await app.screenshot('evaluatie-exporteren');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  const csvName = `evaluatie-${najaar.id}-2026-11-01.csv`;
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(`Opgeslagen als ${csvName}.`);
  await expect(dialog).toHaveCount(0);
  const csv = readFileSync(app.dialogs.saved.find((file) => file.kind === 'csv')!.path, 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  // A heading and one row per response; no names, no times, no one who typed them in.
  expect(lines).toHaveLength(1 + 7);
  expect(csv).toContain('Goede voorzitter (fictief).');
  expect(csv).not.toMatch(/Ravi|Regisseur|T\d\d:\d\d/);
  // Openbaar Ministerie (1 respondent) does not appear under its own name.
  expect(csv).not.toContain('Openbaar Ministerie;');

  await page.getByRole('button', { name: 'Gegevens exporteren' }).click();
  await expect(dialog.getByRole('radio', { name: 'Excel (met codeboek en cijfers)' })).toBeChecked();
  await field(dialog, 'Reden').fill('Nadere analyse door de onderzoeker (fictief)');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(
    `Opgeslagen als evaluatie-${najaar.id}-2026-11-01.xlsx.`,
  );
  const xlsx = readFileSync(app.dialogs.saved.find((file) => file.kind === 'xlsx')!.path);
  expect(xlsx.subarray(0, 2).toString()).toBe('PK');

  expect(
    (await auditRows(app, 'export')).map((row) => [
      row.action,
      row.objectId,
      row.reason,
      JSON.parse(row.details as string),
    ]),
  ).toEqual([
    ['evaluations:export', String(najaar.id), 'Nadere analyse door de onderzoeker (fictief)', { formaat: 'csv' }],
    ['evaluations:export', String(najaar.id), 'Nadere analyse door de onderzoeker (fictief)', { formaat: 'xlsx' }],
  ]);
});

test('evaluaties: de kiosk blijft na herladen de kiosk; de rest van de app is niet bereikbaar', async ({ app }) => {
  test.slow();
  await setUp(app);
  const regisseur = await asEvaluationRegisseur(app);
  const { najaar } = await reportRounds(app);
  await app.open(`/evaluaties/${najaar.id}`);
  const { page } = app;
  await page.getByRole('button', { name: 'Kioskmodus starten' }).click();
  const kiosk = page.getByRole('form', { name: 'Vragenlijst' });
  await expect(kiosk).toBeVisible();
  await expect(page).toHaveURL(/#\/kiosk$/);
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toHaveCount(0);

  // A respondent reloads the window: the kiosk comes back, and nothing else is shown first.
  const before = app.calls.length;
  await page.reload();
  await expect(kiosk).toBeVisible();
  await expect(page).toHaveURL(/#\/kiosk$/);
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toHaveCount(0);
  // After the reload the page asked core for nothing but the kiosk's own channels.
  const after = app.calls.slice(before).map((c) => c.channel);
  expect(
    after.filter(
      (channel) => !['vault:status', 'app:info', 'evaluations:kiosk-form', 'session:activity'].includes(channel),
    ),
  ).toEqual([]);
  expect(app.calls.slice(before).filter((c) => !c.ok)).toEqual([]);

  // A typed address of another page still shows only the kiosk.
  await page.goto(page.url().replace(/#.*$/, '#/casussen'));
  await expect(kiosk).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toHaveCount(0);

  // The kiosk still works after the reload.
  await kiosk
    .getByRole('group', { name: /Was u erbij/ })
    .getByRole('radio', { name: 'Nee' })
    .check();
  await kiosk.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dank u wel' })).toBeVisible();
  await app.expectAccessible('kiosk na herladen');
  await app.screenshot('kiosk-na-herladen');

  await page.getByRole('button', { name: 'Kiosk verlaten' }).click();
  const exit = page.getByRole('dialog', { name: 'Kiosk verlaten' });
  await exit.getByRole('textbox', { name: 'Wachtwoord' }).fill(regisseur.password);
  await exit.getByRole('button', { name: 'Verlaten' }).click();
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluatie najaar (fictief)' })).toBeVisible();
  // The kiosk response without an organisation is not counted in the rate (one rule: only the
  // organisations with a known number invited), and the screen says so.
  await expect(page.getByRole('status').filter({ hasText: 'reacties' })).toHaveText(
    '7 reacties van 17 uitgenodigden: 41,2% respons.',
  );
  await expect(page.getByText(/Van de 8 reacties telt er daardoor 1 niet mee\./)).toBeVisible();
  await app.screenshot('evaluatie-respons-na-kiosk');

  // A paper form beyond an organisation's number invited is refused with a Dutch message; what
  // was typed stays. The om had 2 invited and 1 response: the second form is accepted, a third not.
  for (const attempt of [1, 2]) {
    await app.open(`/evaluaties/${najaar.id}/invoeren`);
    const paper = page.getByRole('form', { name: 'Papieren formulier invoeren' });
    await paper.getByRole('radiogroup').first().getByRole('radio', { name: 'Nee' }).check();
    await paper.getByRole('combobox', { name: 'Partnerorganisatie van de respondent' }).click();
    await pickOption(page, 'Openbaar Ministerie');
    await expect(page.locator('[role="option"]')).toHaveCount(0);
    await paper.getByRole('button', { name: 'Formulier opslaan' }).click();
    if (attempt === 1) {
      await expect(page.getByText('Het formulier is opgeslagen. U kunt het volgende invoeren.')).toBeVisible();
      continue;
    }
    await expect(paper.getByRole('alert')).toContainText(
      'Voor Openbaar Ministerie zijn 2 personen uitgenodigd en er zijn al 2 reacties ingevoerd.',
    );
    await expect(paper.getByRole('radiogroup').first().getByRole('radio', { name: 'Nee' })).toBeChecked();
    await app.expectAccessible('papieren formulier boven het aantal uitgenodigd');
    await app.screenshot('papier-boven-uitgenodigd');
  }
  // And after leaving, a reload shows the application again.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeVisible();
});
