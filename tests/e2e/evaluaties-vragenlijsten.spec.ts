/// <reference lib="dom" />
// Evaluaties: building a questionnaire (every question type, a condition), moving questions by
// keyboard, buttons and drag and drop, the preview, the draft that survives a reload, export and
// re-import (a broken file imports nothing and lists its errors), setting up and opening a round,
// and editing a version in use, which makes a new version. Everything is fictitious.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { asEvaluationRegisseur } from './harness/evaluations-data';
import { setUp } from './harness/session';
import { atBothSizes } from './harness/sizes';
import type { TemplateSummary, TemplateView } from '../../src-shared/ipc/evaluations';
import { call } from '../integration/helpers';

/** The questions in the builder, in order, as their drag handles name them. */
async function questionOrder(page: Page): Promise<string[]> {
  return page
    .getByRole('button', { name: /^Verplaatsen: Vraag/ })
    .evaluateAll((buttons) =>
      buttons.map((b) => (b.getAttribute('aria-label') ?? '').replace(/^Verplaatsen: Vraag \d+: /, '')),
    );
}

async function addQuestion(page: Page, type: string, section = 1): Promise<void> {
  await page.getByLabel(`Soort nieuwe vraag in sectie ${section}`).selectOption(type);
  await page.getByRole('button', { name: `Vraag toevoegen aan sectie ${section}` }).click();
}

const card = (page: Page, n: number): Locator => page.getByRole('group', { name: new RegExp(`^Vraag ${n} ·`) });

test('evaluaties: vragenlijst bouwen met elk vraagtype, verplaatsen, voorbeeld en concept', async ({ app }) => {
  test.slow();
  await setUp(app);
  await asEvaluationRegisseur(app);
  await app.open('/');
  const { page } = app;
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Evaluaties' }).click();
  await page.getByRole('link', { name: 'Vragenlijsten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vragenlijsten' })).toBeFocused();
  const list = page.getByRole('table', { name: 'Vragenlijsten en hun versies' });
  await expect(list.locator('tbody tr')).toHaveCount(4);
  await expect(list.getByRole('row', { name: /Procesevaluatie individueel casusoverleg CTER/ })).toContainText(
    '1 (nieuwste)',
  );
  await app.expectAccessible('vragenlijsten');
  await app.screenshot('vragenlijsten');

  // A new questionnaire: saving it empty shows the messages next to the fields, focus on the first.
  await page.getByRole('link', { name: 'Nieuwe vragenlijst' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe vragenlijst' })).toBeFocused();
  await page.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
  const titel = page.getByRole('textbox', { name: 'Titel', exact: true });
  await expect(titel).toBeFocused();
  await expect(page.getByText('De vragenlijst heeft nog')).toBeVisible();
  await expect(page.getByText('Een sectie heeft ten minste één vraag nodig.')).toBeVisible();
  await app.expectAccessible('vragenlijst met fouten');
  await app.screenshot('vragenlijst-fouten');

  await titel.fill('Evaluatie proefoverleg (fictief)');
  await expect(page.getByRole('textbox', { name: 'Code', exact: true })).toHaveValue('evaluatie-proefoverleg-fictief');
  await page.getByLabel('Titel van sectie 1').fill('Het overleg');

  // Every question type. 1: single choice, required.
  await addQuestion(page, 'keuze');
  await page.getByLabel('Tekst van de vraag (Vraag 1)').fill('Was u bij het overleg?');
  await page.getByLabel('Mogelijkheid 1 (Vraag 1)').fill('Ja');
  await page.getByLabel('Mogelijkheid 2 (Vraag 1)').fill('Nee');
  await card(page, 1).getByRole('checkbox', { name: 'Verplicht' }).check();
  // 2: Likert with own labels and help text, shown only when 1 = Ja.
  await addQuestion(page, 'likert5');
  await page.getByLabel('Tekst van de vraag (Vraag 2)').fill('Het overleg verliep goed.');
  await page.getByLabel('Hulptekst (Vraag 2)').fill('Denk aan het laatste overleg.');
  await card(page, 2).getByLabel('Label 1').fill('Zeer oneens');
  await card(page, 2).getByLabel('Label 5').fill('Zeer eens');
  await card(page, 2)
    .getByRole('checkbox', { name: /Alleen tonen na een bepaald antwoord/ })
    .check();
  await expect(page.getByLabel('Eerdere vraag (Vraag 2)')).toHaveValue('vraag-1');
  await card(page, 2).getByRole('checkbox', { name: 'Ja' }).check();
  // 3: multiple choice with a third option.
  await addQuestion(page, 'meerkeuze');
  await page.getByLabel('Tekst van de vraag (Vraag 3)').fill('Welke partners waren er?');
  await page.getByLabel('Mogelijkheid 1 (Vraag 3)').fill('Gemeente');
  await page.getByLabel('Mogelijkheid 2 (Vraag 3)').fill('Politie');
  await card(page, 3).getByRole('button', { name: 'Mogelijkheid toevoegen' }).click();
  await page.getByLabel('Mogelijkheid 3 (Vraag 3)').fill('Zorg');
  // 4: a number with a range; a range the wrong way round gets its message.
  await addQuestion(page, 'getal');
  await page.getByLabel('Tekst van de vraag (Vraag 4)').fill('Hoeveel casussen kwamen aan bod?');
  await card(page, 4).getByLabel('Minimum').fill('60');
  await card(page, 4).getByLabel('Maximum').fill('50');
  // 5: open text. 6: a matrix of two statements on one scale.
  await addQuestion(page, 'open');
  await page.getByLabel('Tekst van de vraag (Vraag 5)').fill('Opmerkingen');
  await addQuestion(page, 'matrix');
  await page.getByLabel('Tekst van de vraag (Vraag 6)').fill('Samenwerking');
  await page.getByLabel('Uitspraak 1 (Vraag 6)').fill('De rollen waren duidelijk.');
  await page.getByLabel('Uitspraak 2 (Vraag 6)').fill('Iedereen kwam aan het woord.');
  await page.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
  await expect(card(page, 4).getByText('Het maximum ligt onder het minimum.')).toBeVisible();
  await expect(card(page, 4).getByLabel('Maximum')).toBeFocused();
  await card(page, 4).getByLabel('Minimum').fill('0');
  await expect(card(page, 4).getByText('Het maximum ligt onder het minimum.')).toHaveCount(0);
  // One question open at a time (the save opened question 4, which had the problem); the others
  // are one line each: text, required, condition.
  await expect(page.getByRole('textbox', { name: /^Tekst van de vraag/ })).toHaveCount(1);
  await expect(card(page, 1)).toContainText('Was u bij het overleg?');
  await expect(card(page, 1).getByText('Verplicht', { exact: true })).toBeVisible();
  await expect(card(page, 2).getByText('Met voorwaarde', { exact: true })).toBeVisible();
  expect((await card(page, 1).boundingBox())!.height).toBeLessThan(120);
  await atBothSizes(app, 'vragenlijst-overzicht', async () => {
    await expect(page.getByRole('textbox', { name: /^Tekst van de vraag/ })).toHaveCount(1);
    expect((await card(page, 1).boundingBox())!.height).toBeLessThan(120);
  });

  expect(await questionOrder(page)).toEqual([
    'Was u bij het overleg?',
    'Het overleg verliep goed.',
    'Welke partners waren er?',
    'Hoeveel casussen kwamen aan bod?',
    'Opmerkingen',
    'Samenwerking',
  ]);
  const announcer = page.getByTestId('bouwer-melding');

  // Keyboard: arrow up on the matrix's drag handle; focus stays on the handle; the move is announced.
  const matrixHandle = page.getByRole('button', { name: 'Verplaatsen: Vraag 6: Samenwerking' });
  await matrixHandle.focus();
  await page.keyboard.press('ArrowUp');
  await expect(announcer).toHaveText('Samenwerking staat nu op plaats 5 van 6 in Het overleg.');
  await expect(page.getByRole('button', { name: 'Verplaatsen: Vraag 5: Samenwerking' })).toBeFocused();
  // A move that would put the conditional question before its source is refused and announced.
  await page.getByRole('button', { name: 'Verplaatsen: Vraag 2: Het overleg verliep goed.' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(announcer).toContainText('kan daar niet staan');
  // Drag and drop: the number question onto the multiple-choice question takes its place.
  // The top of question 3's card and the handle of question 4 are both on screen: no scrolling mid-drag.
  await card(page, 3).scrollIntoViewIfNeeded();
  await page
    .getByRole('button', { name: 'Verplaatsen: Vraag 4: Hoeveel casussen kwamen aan bod?' })
    .dragTo(card(page, 3), { targetPosition: { x: 200, y: 12 } });
  await expect(announcer).toHaveText('Hoeveel casussen kwamen aan bod? staat nu op plaats 3 van 6 in Het overleg.');
  // A second section; the move-down button takes the last question across the edge into it.
  await page.getByRole('button', { name: 'Sectie toevoegen' }).click();
  await page.getByLabel('Titel van sectie 2').fill('Afsluiting');
  await page.getByRole('button', { name: 'Omlaag: Vraag 6: Opmerkingen' }).click();
  await expect(announcer).toHaveText('Opmerkingen staat nu op plaats 1 van 1 in Afsluiting.');
  expect(await questionOrder(page)).toEqual([
    'Was u bij het overleg?',
    'Het overleg verliep goed.',
    'Hoeveel casussen kwamen aan bod?',
    'Welke partners waren er?',
    'Samenwerking',
    'Opmerkingen',
  ]);
  await app.expectAccessible('vragenlijst bouwen');
  await app.screenshot('vragenlijst-bouwen');

  // Issue 21 item 11 at both sizes: the scale's label fields are wide enough for a long label
  // ("Helemaal mee oneens") — the text fits its field without being cut.
  await page.getByRole('button', { name: 'Vraag 2 bewerken' }).click();
  const scaleLabel = (n: number) => card(page, 2).getByLabel(`Label ${n}`);
  await scaleLabel(1).fill('Helemaal mee oneens');
  await atBothSizes(app, 'vragenlijst-schaallabels', async () => {
    for (let n = 1; n <= 5; n++) {
      await expect(scaleLabel(n)).toBeVisible();
      const fit = await scaleLabel(n).evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: context.measureText(input.value).width, room, scrolls: input.scrollWidth > input.clientWidth };
      });
      expect(fit.text, `Label ${n}`).toBeLessThanOrEqual(fit.room);
      expect(fit.scrolls, `Label ${n}`).toBe(false);
    }
  });
  await scaleLabel(1).fill('Zeer oneens');

  // The preview answers like the real form: question 2 appears only after "Ja".
  await page.getByRole('tab', { name: 'Voorbeeld' }).click();
  const preview = page.getByRole('region', { name: 'Voorbeeld: Evaluatie proefoverleg (fictief)' });
  await expect(preview.getByRole('group', { name: /Het overleg verliep goed/ })).toHaveCount(0);
  await preview.getByRole('radio', { name: 'Ja' }).check();
  const goed = preview.getByRole('group', { name: /Het overleg verliep goed/ });
  await expect(goed).toBeVisible();
  await expect(goed.getByRole('radio', { name: '1 — Zeer oneens' })).toBeVisible();
  await expect(goed).toContainText('Denk aan het laatste overleg.');
  await expect(preview.getByRole('group', { name: 'Samenwerking' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Afsluiting' })).toBeVisible();
  await app.expectAccessible('vragenlijst voorbeeld');
  await app.screenshot('vragenlijst-voorbeeld');
  await page.getByRole('tab', { name: 'Bewerken' }).click();

  // Nothing typed is lost: the draft is in core; after a reload it comes back.
  await expect(page.getByText(/Concept bewaard om/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe vragenlijst' })).toBeVisible();
  await expect(page.getByText(/Uw niet-opgeslagen wijzigingen .* zijn teruggezet/)).toBeVisible();
  expect(await questionOrder(page)).toHaveLength(6);
  await expect(page.getByLabel('Titel van sectie 2')).toHaveValue('Afsluiting');

  await page.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
  await expect(page.getByText('De vragenlijst is opgeslagen (versie 1).')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluatie proefoverleg (fictief)' })).toBeVisible();
  await expect(page.getByText(/zijn teruggezet/)).toHaveCount(0);
  // What core stored: the order as moved, every type, and the condition on question 1's "Ja".
  const stored = (await call<TemplateSummary[]>(app.core, 'evaluations:templates')).find(
    (t) => t.sleutel === 'evaluatie-proefoverleg-fictief',
  );
  const view = await call<TemplateView>(app.core, 'evaluations:template', { id: stored!.id });
  expect(view.template.secties.map((s) => s.vragen.map((q) => q.type))).toEqual([
    ['keuze', 'likert5', 'getal', 'meerkeuze', 'matrix'],
    ['open'],
  ]);
  expect(view.template.secties[0]!.vragen[1]!.toonAls).toEqual({ vraag: 'vraag-1', waarden: ['optie-1'] });
  expect(view.template.secties[0]!.vragen[1]).toMatchObject({
    toelichting: 'Denk aan het laatste overleg.',
    labels: ['Zeer oneens', 'Oneens', 'Neutraal', 'Eens', 'Zeer eens'],
  });
  expect(view.template.secties[0]!.vragen[0]!.verplicht).toBe(true);
  expect(await call(app.core, 'evaluations:template-draft', { templateId: null })).toBeNull();
});

// The questionnaire the first test builds, as core stores it (every type and a condition).
const PROEF = {
  formaat: 'cter-vragenlijst/1',
  sleutel: 'evaluatie-proefoverleg-fictief',
  titel: 'Evaluatie proefoverleg (fictief)',
  secties: [
    {
      id: 'sectie-1',
      titel: 'Het overleg',
      vragen: [
        {
          id: 'vraag-1',
          type: 'keuze',
          tekst: 'Was u bij het overleg?',
          verplicht: true,
          opties: [
            { code: 'optie-1', label: 'Ja' },
            { code: 'optie-2', label: 'Nee' },
          ],
        },
        {
          id: 'vraag-2',
          type: 'likert5',
          tekst: 'Het overleg verliep goed.',
          toonAls: { vraag: 'vraag-1', waarden: ['optie-1'] },
        },
        { id: 'vraag-4', type: 'getal', tekst: 'Hoeveel casussen kwamen aan bod?', min: 0, max: 50 },
        {
          id: 'vraag-3',
          type: 'meerkeuze',
          tekst: 'Welke partners waren er?',
          opties: [
            { code: 'optie-1', label: 'Gemeente' },
            { code: 'optie-2', label: 'Politie' },
          ],
        },
        {
          id: 'vraag-6',
          type: 'matrix',
          tekst: 'Samenwerking',
          items: [
            { id: 'item-1', tekst: 'De rollen waren duidelijk.' },
            { id: 'item-2', tekst: 'Iedereen kwam aan het woord.' },
          ],
        },
      ],
    },
    { id: 'sectie-2', titel: 'Afsluiting', vragen: [{ id: 'vraag-5', type: 'open', tekst: 'Opmerkingen' }] },
  ],
};

test('evaluaties: vragenlijst exporteren en importeren, ronde opzetten en openen, nieuwe versie', async ({ app }) => {
  test.slow();
  await setUp(app);
  await asEvaluationRegisseur(app);
  await call(app.core, 'evaluations:save-template', { template: PROEF });
  await app.open('/evaluaties/vragenlijsten');
  const { page } = app;
  const list = page.getByRole('table', { name: 'Vragenlijsten en hun versies' });
  await expect(list.locator('tbody tr')).toHaveCount(5);

  // Export, then a broken copy (nothing imported, every error with its place), then the copy itself.
  await list.getByRole('button', { name: 'Exporteren: Evaluatie proefoverleg (fictief) (versie 1)' }).click();
  await expect(
    page.getByText(/De vragenlijst is opgeslagen als vragenlijst-evaluatie-proefoverleg-fictief-v1\.json/),
  ).toBeVisible();
  const exported = app.dialogs.saved.find((file) => file.kind === 'json');
  expect(exported).toBeDefined();
  const json = JSON.parse(readFileSync(exported!.path, 'utf8')) as {
    secties: { vragen: { type: string; toonAls: unknown }[] }[];
  };
  expect(json.secties.flatMap((s) => s.vragen.map((q) => q.type))).toEqual([
    'keuze',
    'likert5',
    'getal',
    'meerkeuze',
    'matrix',
    'open',
  ]);
  expect(json.secties[0]!.vragen[1]!.toonAls).toEqual({ vraag: 'vraag-1', waarden: ['optie-1'] });
  const broken = JSON.parse(JSON.stringify(json)) as { secties: { vragen: Record<string, unknown>[] }[] };
  broken.secties[0]!.vragen[1]!.tekst = '';
  (broken.secties[0]!.vragen[0]!.opties as { label: string }[])[0]!.label = '';
  const brokenFile = join(app.filesDir, 'kapot.json');
  writeFileSync(brokenFile, JSON.stringify(broken));
  app.dialogs.answer(brokenFile);
  await page.getByRole('button', { name: 'Importeren (JSON)' }).click();
  const importErrors = page.getByRole('list', { name: 'Fouten in het bestand' });
  await expect(importErrors.getByRole('listitem')).toHaveText([
    'sectie 1 › vraag 1 › optie 1 › label: Dit veld is verplicht.',
    'sectie 1 › vraag 2 › tekst: Dit veld is verplicht.',
  ]);
  await expect(list.locator('tbody tr')).toHaveCount(5);
  await app.expectAccessible('import met fouten');
  await app.screenshot('vragenlijst-import-fouten');
  app.dialogs.answer(exported!.path);
  await page.getByRole('button', { name: 'Importeren (JSON)' }).click();
  await expect(page.getByText('Evaluatie proefoverleg (fictief) is geïmporteerd als versie 2.')).toBeVisible();
  await expect(importErrors).toHaveCount(0);
  await expect(list.getByRole('row', { name: /Evaluatie proefoverleg/ })).toHaveText([
    /2 \(nieuwste\)6Nog niet gebruikt/,
    /^Evaluatie proefoverleg \(fictief\)16Nog niet gebruikt/,
  ]);

  // A round with version 2: messages first, then a complete set-up; it starts as concept and opens.
  await page.getByRole('link', { name: 'Naar de rondes' }).click();
  await page.getByRole('link', { name: 'Nieuwe ronde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe evaluatieronde' })).toBeFocused();
  const roundForm = page.getByRole('form', { name: 'Evaluatieronde' });
  await roundForm.getByRole('button', { name: 'Ronde opslaan' }).click();
  await expect(roundForm.getByLabel('Naam van de ronde')).toBeFocused();
  await expect(roundForm.getByText('Dit veld is verplicht.').first()).toBeVisible();
  await roundForm.getByLabel('Naam van de ronde').fill('Proefronde najaar (fictief)');
  await roundForm
    .getByLabel('Vragenlijst (versie)')
    .selectOption({ label: 'Evaluatie proefoverleg (fictief) (versie 2)' });
  await roundForm.getByRole('textbox', { name: 'Van', exact: true }).fill('01-11-2026');
  await roundForm.getByLabel('Tot en met').fill('30-10-2026');
  await roundForm.getByRole('radio', { name: /^Op naam/ }).check();
  await roundForm.getByRole('checkbox', { name: 'Gemeente', exact: true }).check();
  await roundForm.getByLabel('Aantal uitgenodigd: Gemeente').fill('10');
  await roundForm.getByRole('checkbox', { name: 'Politie', exact: true }).check();
  // The house: an account holding every region starts at every house and may choose one.
  const house = roundForm.getByLabel('Huis (ZVH-regio)');
  await expect(house).toHaveValue('alle');
  await expect(house).toHaveAccessibleDescription(/Alleen de accounts van dit huis zien de ronde/);
  await house.selectOption({ label: 'ZVH Noord (voorbeeld)' });
  await roundForm.getByRole('button', { name: 'Ronde opslaan' }).click();
  await expect(roundForm.getByText('De einddatum ligt vóór de begindatum.')).toBeVisible();
  await roundForm.getByLabel('Tot en met').fill('30-11-2026');
  await roundForm.getByRole('button', { name: 'Ronde opslaan' }).click();
  await expect(page.getByText('De ronde Proefronde najaar (fictief) is opgeslagen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Ronde instellen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Status: Concept' })).toBeVisible();
  await expect(roundForm.getByLabel('Aantal uitgenodigd: Gemeente')).toHaveValue('10');
  await expect(roundForm.getByLabel('Aantal uitgenodigd: Politie')).toHaveValue('');
  await expect(house).toHaveValue('1');
  await app.expectAccessible('ronde instellen');
  await app.screenshot('ronde-instellen');
  await page.getByRole('button', { name: 'Ronde openen' }).click();
  await expect(page.getByRole('heading', { name: 'Status: Open' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ronde sluiten' })).toBeVisible();
  await page.getByRole('link', { name: 'Terug naar de ronde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Proefronde najaar (fictief)' })).toBeVisible();
  await expect(page.getByText(/Open · Op naam/)).toBeVisible();
  await expect(page.getByText('Huis: ZVH Noord (voorbeeld).')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Papieren formulier invoeren' })).toBeVisible();

  // Version 2 is now in use: read-only. Editing it says so before saving and makes version 3.
  await app.open('/evaluaties/vragenlijsten');
  await expect(list.getByRole('row', { name: /Evaluatie proefoverleg/ }).first()).toContainText(
    'In 1 ronde — alleen-lezen',
  );
  await list.getByRole('link', { name: 'Evaluatie proefoverleg (fictief)' }).first().click();
  await expect(
    page.getByText('Deze versie wordt gebruikt in 1 ronde en blijft zoals zij is.', { exact: false }),
  ).toBeVisible();
  await app.expectAccessible('vragenlijst in gebruik');
  await app.screenshot('vragenlijst-in-gebruik');
  // The questions are an outline, one open at a time.
  await expect(page.getByRole('textbox', { name: /^Tekst van de vraag/ })).toHaveCount(0);
  await expect(card(page, 6)).toContainText('Opmerkingen');
  await page.getByRole('button', { name: 'Vraag 6 bewerken' }).click();
  await page.getByLabel('Tekst van de vraag (Vraag 6)').fill('Opmerkingen en suggesties');
  await expect(page.getByRole('button', { name: 'Vraag 6 inklappen' })).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
  await expect(page.getByText('Opgeslagen als nieuwe versie 3; de gebruikte versie is niet veranderd.')).toBeVisible();
  await page.getByRole('link', { name: 'Naar de vragenlijsten' }).click();
  await expect(list.getByRole('row', { name: /Evaluatie proefoverleg/ })).toHaveCount(3);
  await expect(list.getByRole('row', { name: /Evaluatie proefoverleg/ }).first()).toContainText('3 (nieuwste)');
  await expect(list.getByRole('row', { name: /Evaluatie proefoverleg/ }).nth(1)).toContainText(
    'In 1 ronde — alleen-lezen',
  );
});
