/// <reference lib="dom" />
// The covenant through the UI (issue 7): the reader with its table of contents, definitions and
// cross references; search as you type (typos, synonyms); Ctrl+K from any screen; "Mag ik dit
// delen?"; printing an article to PDF; and, for the beheerder, importing a new version (format
// errors by line first), its status, comparing versions word by word, exporting, and synonyms.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, RESOURCES_DIR } from './harness/fixtures';
import { openAsRegisseur } from './harness/casework';
import { field, pickOption } from './harness/locators';
import { expectPreviewIsPdf } from './harness/print-check';
import { atBothSizes } from './harness/sizes';
import { openAsBeheerder } from './harness/session';

const EXAMPLE = readFileSync(join(RESOURCES_DIR, 'convenant/voorbeeld-convenant.md'), 'utf8');

test('het convenant lezen: inhoudsopgave, begrippen, verwijzingen en zoeken terwijl u typt', async ({ app }) => {
  test.slow();
  await openAsRegisseur(app);
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Convenant', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Convenant' })).toBeVisible();
  await expect(page.getByText(/versie 1\.0 · geldt vanaf 01-01-2026 · Vastgesteld/)).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'Inhoud' });
  await expect(toc.getByRole('link')).toHaveCount(23);
  await expect(page.getByRole('heading', { level: 2, name: 'Artikel 1 — Doel van het convenant' })).toBeVisible();

  // A cross reference is a link to the article it names.
  await toc.getByRole('link', { name: 'Art. 3 Grondslag voor de verwerking' }).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 2 })).toHaveText('Artikel 3 — Grondslag voor de verwerking');
  // A defined term carries its definition, for keyboard users too.
  // Focusable, so keyboard users reach the definition too.
  const term = article.locator('span[tabindex="0"]', { hasText: 'Bijzondere persoonsgegevens' });
  await term.hover();
  await expect(page.getByRole('tooltip')).toContainText('ras of etnische afkomst');
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toBeHidden();
  await app.expectAccessible('artikel 3 met begrip');
  await app.screenshot('1-artikel-3');
  await article.getByRole('link', { name: 'artikel 9' }).click();
  await expect(article.getByRole('heading', { level: 2 })).toHaveText(
    'Artikel 9 — Bijzondere persoonsgegevens en gezondheidsgegevens',
  );
  await expect(toc.getByRole('link', { name: /^Art\. 9 / })).toHaveAttribute('aria-current', 'page');

  // Search as you type, with a typo: the arrows choose, Enter opens.
  const search = page.getByRole('combobox', { name: 'Zoeken in het convenant' });
  await search.fill('bewaartermjin');
  const results = page.getByRole('listbox', { name: 'Zoekresultaten' });
  await expect(results.getByRole('option').first()).toContainText('Artikel 16');
  await expect(results.locator('mark').first()).toBeVisible();
  await app.expectAccessible('zoekresultaten');
  await app.screenshot('2-zoeken');
  await search.press('ArrowDown');
  await search.press('ArrowUp');
  await search.press('Enter');
  await expect(article.getByRole('heading', { level: 2 })).toHaveText('Artikel 16 — Bewaartermijn');

  // A synonym: "rvdk" finds the Raad voor de Kinderbescherming.
  await search.fill('politie delen met rvdk');
  await expect(results.getByRole('option').first()).toContainText('Artikel 7');
  await search.fill('xyzzy');
  await expect(page.getByText('Niets gevonden voor ‘xyzzy’.')).toBeVisible();

  await toc.getByRole('link', { name: 'Begrippen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Begrippen' })).toBeVisible();
  await expect(page.getByRole('term').first()).toHaveText('Betrokkene');
  await app.expectAccessible('begrippen');
  await app.screenshot('3-begrippen');
});

test('Ctrl+K zoekt in het convenant vanaf elk scherm', async ({ app }) => {
  test.slow();
  await openAsRegisseur(app);
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Convenant opzoeken' });
  const search = dialog.getByRole('combobox', { name: 'Zoeken in het convenant' });
  await expect(search).toBeFocused();
  // Before anything is typed, a few questions to start from; one fills the field and searches.
  const examples = dialog.getByRole('group', { name: 'Bijvoorbeeld:' });
  await expect(examples.getByRole('button')).toHaveText([
    'politie delen met school',
    'hoe lang bewaren',
    'datalek melden',
  ]);
  // Issue 21 item 8 at both sizes: the field's label whole, the examples there before typing.
  await atBothSizes(app, 'ctrl-k-leeg', async () => {
    await expect(dialog).toBeInViewport({ ratio: 1 });
    const label = dialog.locator('label').filter({ hasText: 'Zoeken in het convenant' });
    await expect(label).toBeVisible();
    expect(await label.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await expect(examples.getByRole('button')).toHaveCount(3);
    for (const example of await examples.getByRole('button').all()) await expect(example).toBeInViewport();
  });
  await examples.getByRole('button', { name: 'datalek melden' }).click();
  await expect(search).toHaveValue('datalek melden');
  await expect(search).toBeFocused();
  await expect(examples).toBeHidden();
  await expect(dialog.getByRole('option').first()).toContainText('Artikel 15');
  await app.expectAccessible('Ctrl+K');
  await app.screenshot('ctrl-k');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Artikel 15 — Datalekken' })).toBeVisible();
});

test('Mag ik dit delen? noemt de artikelen met hun voorwaarden', async ({ app }) => {
  test.slow();
  await openAsRegisseur(app, '/convenant/delen');
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Mag ik dit delen?' })).toBeVisible();
  await page.getByRole('button', { name: 'Antwoord tonen' }).click();
  await expect(page.getByText('Dit veld is verplicht.')).toHaveCount(4);
  const choose = async (label: string, option: string) => {
    await field(page, label).click();
    await pickOption(page, option, { exact: true });
  };
  await choose('Welke partner deelt?', 'Politie');
  await choose('Met welke partner?', 'Raad voor de Kinderbescherming');
  await choose('Welke gegevens?', 'Strafrechtelijke gegevens');
  await choose('In welke stap van het proces?', 'Casusoverleg');
  await page.getByRole('button', { name: 'Antwoord tonen' }).click();
  const answer = page.getByRole('region', { name: 'Antwoord' });
  await expect(answer).toContainText(
    'Toegestaan onder voorwaarden: Politie mag dit delen met Raad voor de Kinderbescherming',
  );
  await expect(
    answer.getByRole('link', { name: /Artikel 7 — Verstrekking aan de Raad voor de Kinderbescherming/ }),
  ).toBeVisible();
  await app.expectAccessible('delen: toegestaan');
  await app.screenshot('delen-toegestaan');

  // Something the covenant does not regulate.
  await choose('Welke gegevens?', 'Justitiële gegevens');
  await page.getByRole('button', { name: 'Antwoord tonen' }).click();
  await expect(answer).toContainText('Niet geregeld in het convenant (versie 1.0)');
  await app.screenshot('delen-niet-geregeld');
  await choose('Welke gegevens?', 'Strafrechtelijke gegevens');
  await page.getByRole('button', { name: 'Antwoord tonen' }).click();
  await answer.getByRole('link', { name: /Artikel 7/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Artikel 7 — / })).toBeVisible();
});

test('een artikel afdrukken als PDF', async ({ app }) => {
  test.slow();
  await openAsRegisseur(app, '/convenant/artikel/16');
  const { page } = app;
  await page.getByRole('link', { name: 'Dit artikel afdrukken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Convenant artikel 16 versie 1.0' })).toBeFocused();
  await app.expectAccessible('afdrukvoorbeeld artikel');
  await page.keyboard.press('Control+p');
  const dialog = page.getByRole('dialog', { name: 'Convenant artikel 16 versie 1.0 afdrukken' });
  await dialog.getByRole('radio', { name: 'Opslaan als PDF' }).check();
  await field(dialog, 'Reden').fill('Uitdelen in het casusoverleg');
  await dialog.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(page.getByRole('status')).toHaveText('Opgeslagen als convenant-artikel-16-versie-10.pdf.');
  const pdf = app.dialogs.saved.find((file) => file.kind === 'pdf')!;
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    pdf.path,
    join(app.screenshotDir, 'convenant-artikel-pdf'),
  ]);
  const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Vertrouwelijk — Convenant artikel 16 versie 1.0');
  expect(text).toContain('Artikel 16 — Bewaartermijn');
  expect(text).toContain('niet langer bewaard dan vijf jaar');
  expect(text).not.toContain('Artikel 15');
  expect(text).toContain('Pagina 1 van 1');
  // The preview is the PDF (issue 21 item 6): one page box, at either window width.
  await expectPreviewIsPdf(
    app,
    page.getByRole('article', { name: 'Convenant artikel 16 versie 1.0' }),
    pdf.path,
    'convenant-artikel',
  );

  // The whole covenant: definitions and every article over several pages, each page as the PDF's.
  await page.getByRole('button', { name: 'Terug naar het convenant' }).click();
  await page.getByRole('link', { name: 'Convenant afdrukken' }).click();
  const whole = page.getByRole('article', { name: 'Convenant versie 1.0' });
  await expect(page.getByRole('heading', { level: 1, name: 'Convenant versie 1.0' })).toBeFocused();
  await app.expectAccessible('afdrukvoorbeeld convenant');
  await page.keyboard.press('Control+p');
  const all = page.getByRole('dialog', { name: 'Convenant versie 1.0 afdrukken' });
  await all.getByRole('radio', { name: 'Opslaan als PDF' }).check();
  await field(all, 'Reden').fill('Nieuwe deelnemer aan het casusoverleg');
  await all.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(
    'Opgeslagen als convenant-versie-10.pdf.',
  );
  const wholePdf = app.dialogs.saved.at(-1)!.path;
  const wholeText = execFileSync('pdftotext', ['-layout', wholePdf, '-'], { encoding: 'utf8' });
  expect(wholeText).toContain('Artikel 15');
  expect(wholeText).toContain('Artikel 16 — Bewaartermijn');
  expect(await expectPreviewIsPdf(app, whole, wholePdf, 'convenant')).toBeGreaterThan(1);
});

test('beheer: importeren met fouten per regel, status, vergelijken, exporteren en synoniemen', async ({ app }) => {
  test.slow();
  await openAsBeheerder(app);
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Convenant beheren' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Convenant beheren' })).toBeVisible();
  const versions = page.getByRole('table', { name: 'Versies' });
  await expect(versions.getByRole('row')).toHaveCount(2);

  // A file with errors: nothing is imported, every error is named with its line.
  const broken = join(app.filesDir, 'kapot.md');
  writeFileSync(
    broken,
    EXAMPLE.replace('ingangsdatum: 2026-01-01', 'ingangsdatum: 2027-02-29').replace(
      '## Artikel 2 — Partijen en rollen',
      '## Artikel 1 — Partijen en rollen',
    ),
  );
  app.dialogs.answer(broken);
  await page.getByRole('button', { name: 'Versie importeren…' }).click();
  await expect(page.getByRole('alert')).toContainText('Het convenantbestand bevat 2 fouten. Er is niets geïmporteerd');
  const errors = page.getByRole('region', { name: 'Fouten in het bestand' });
  await expect(errors.getByRole('listitem')).toHaveText([
    'Regel 1: de ingangsdatum moet een bestaande dag zijn in de vorm jjjj-mm-dd (bijvoorbeeld 2027-01-01).',
    `Regel ${lineOf(EXAMPLE, '## Artikel 2 — Partijen en rollen')}: artikel 1 komt twee keer voor.`,
  ]);
  await expect(versions.getByRole('row')).toHaveCount(2);
  await app.expectAccessible('importfouten');
  await app.screenshot('1-importfouten');

  // Version 1.1: article 16 changed, article 23 added; imported as concept.
  const next = join(app.filesDir, 'convenant-1.1.md');
  writeFileSync(
    next,
    EXAMPLE.replace('versie: 1.0', 'versie: 1.1')
      .replace('status: vastgesteld', 'status: concept')
      .replace('niet langer bewaard dan vijf jaar', 'niet langer bewaard dan drie jaar')
      .concat(
        '\n## Artikel 23 — Overgangsbepaling\nonderwerpen: looptijd\n\n1. Lopende casussen vallen vanaf de ingangsdatum onder deze versie.\n',
      ),
  );
  app.dialogs.answer(next);
  await page.getByRole('button', { name: 'Versie importeren…' }).click();
  await expect(page.getByRole('status')).toHaveText('Versie 1.1 geïmporteerd met 23 artikelen.');
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expect(field(page, 'Status van versie 1.1')).toHaveText('Concept');

  // The reader still shows 1.0 (the newest vastgesteld version) until 1.1 is vastgesteld.
  await field(page, 'Status van versie 1.1').click();
  await pickOption(page, 'Vastgesteld');
  await expect(page.getByRole('status')).toHaveText('Versie 1.1 heeft nu de status Vastgesteld.');
  await app.expectAccessible('versies');
  await app.screenshot('2-versies');
  // The introduction points to the beheerder's manual, not to a developer's path (issue 21 item 13).
  await expect(page.getByText(/handleiding voor beheerders/)).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/resources\/|FORMAT\.md/);
  await atBothSizes(app, 'convenant-beheren');

  // Compare: article 16 changed word by word, article 23 added.
  await app.open('/convenant/vergelijken');
  await expect(page.getByRole('heading', { level: 1, name: 'Versies vergelijken' })).toBeVisible();
  // The notice of the status change may still be on screen: pick the comparison's own summary.
  await expect(page.getByRole('status').filter({ hasText: /^Gewijzigd:/ })).toHaveText(
    'Gewijzigd: 1 · toegevoegd: 1 · verwijderd: 0',
  );
  const changed = page.getByRole('region', { name: 'Artikel 16 — Bewaartermijn' });
  await expect(changed.locator('del')).toHaveText(['vijf']);
  await expect(changed.locator('ins')).toHaveText(['drie']);
  await expect(page.getByRole('region', { name: 'Artikel 23 — Overgangsbepaling' })).toContainText('Toegevoegd');
  await app.expectAccessible('vergelijken');
  await app.screenshot('3-vergelijken');

  // The reader now reads 1.1.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Convenant', exact: true })
    .click();
  await expect(page.getByText(/versie 1\.1 · geldt vanaf/)).toBeVisible();

  // Export 1.1 in the same format.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Convenant beheren' })
    .click();
  await page.getByRole('button', { name: 'Versie 1.1 exporteren' }).click();
  await expect(page.getByRole('status')).toHaveText('Opgeslagen als convenant-1.1.md.');
  const exported = readFileSync(app.dialogs.saved.at(-1)!.path, 'utf8');
  expect(exported).toContain('versie: 1.1');
  expect(exported).toContain('## Artikel 23 — Overgangsbepaling');

  // Synonyms: a line with one word is refused; a new group makes search find it.
  const synonyms = field(page, 'Synoniemen');
  await synonyms.press('Control+End');
  await synonyms.pressSequentially('\noverdracht');
  await page.getByRole('button', { name: 'Synoniemen opslaan' }).click();
  await expect(page.getByText(/een groep heeft minstens twee woorden/)).toBeVisible();
  await synonyms.pressSequentially(', overgangsbepaling');
  await page.getByRole('button', { name: 'Synoniemen opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Synoniemen opgeslagen \(\d+ groepen\)\.$/);
  await page.keyboard.press('Control+k');
  const lookup = page.getByRole('dialog', { name: 'Convenant opzoeken' });
  await page.keyboard.type('overdracht');
  await expect(lookup.getByRole('option').first()).toContainText('Artikel 23');
  await page.keyboard.press('Escape');
});

/** The 1-based line on which `heading` stands in `text`: the example covenant grows over time. */
function lineOf(text: string, heading: string): number {
  const line = text.split('\n').indexOf(heading);
  if (line < 0) throw new Error(`"${heading}" staat niet in het voorbeeldconvenant`);
  return line + 1;
}
