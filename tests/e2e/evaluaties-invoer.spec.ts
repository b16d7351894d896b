/// <reference lib="dom" />
// Kiosk and paper entry made for respondents (issue 21, item 5), at 1366×900 and at 1024×768: the
// question text large and in full contrast (not grey, not smaller than the answers), a rating scale
// on one row ("5 — Helemaal eens" never on a row of its own), a number question whose label is
// whole, answers as targets of at least 44 px; paper forms typed with the keyboard only (a digit per
// answer, Enter to go on, Enter after the last question saves, the next form starts at its first
// question, and what was saved is counted).
import type { Locator } from '@playwright/test';
import type { RoundView, TemplateView } from '../../src-shared/ipc/evaluations';
import { call } from '../integration/helpers';
import { expect, test, type AppHarness } from './harness/fixtures';
import { asEvaluationRegisseur } from './harness/evaluations-data';
import { setUp } from './harness/session';
import { resizeWindow } from './harness/sizes';

const LONG_NUMBER = 'Aan hoeveel individuele casusoverleggen CTER nam u de afgelopen twaalf maanden deel?';

async function roundForEntry(app: AppHarness): Promise<RoundView> {
  const { template } = await call<{ template: TemplateView }>(app.core, 'evaluations:save-template', {
    template: {
      formaat: 'cter-vragenlijst/1',
      sleutel: 'invoer-test',
      titel: 'Invoertest (fictief)',
      voorbeeld: true,
      dimensies: [{ code: 'proces', naam: 'Proces' }],
      secties: [
        {
          id: 's1',
          titel: 'Het overleg',
          vragen: [
            {
              id: 'bij',
              type: 'keuze',
              tekst: 'Was u erbij?',
              verplicht: true,
              opties: [
                { code: 'ja', label: 'Ja' },
                { code: 'nee', label: 'Nee' },
              ],
            },
            {
              id: 'goed',
              type: 'likert5',
              tekst: 'Het overleg verliep goed.',
              dimensie: 'proces',
              verplicht: true,
              nvt: true,
              toonAls: { vraag: 'bij', waarden: ['ja'] },
            },
            { id: 'aantal', type: 'getal', tekst: LONG_NUMBER, min: 0, max: 200, eenheid: 'overleggen' },
          ],
        },
      ],
    },
  });
  const round = await call<RoundView>(app.core, 'evaluations:save-round', {
    titel: 'Evaluatie invoer (fictief)',
    templateId: template.id,
    periodFrom: '2026-11-01',
    periodTo: '2026-11-30',
    anonymity: 'anoniem-dag',
    targetGroups: [{ partner: 'politie', invited: 5 }],
  });
  return call<RoundView>(app.core, 'evaluations:set-round-status', { id: round.id, status: 'open' });
}

/** The respondent's view of one form: large question text, one row for the scale, labels whole, large targets. */
async function expectMadeForRespondents(form: Locator) {
  const scale = form.getByRole('group', { name: /Het overleg verliep goed/ });
  const legend = scale.locator('legend');
  const answer = scale.getByText('3 — Neutraal', { exact: true });
  const [legendStyle, answerSize] = await Promise.all([
    legend.evaluate((element) => {
      const style = getComputedStyle(element);
      return { size: parseFloat(style.fontSize), color: style.color };
    }),
    answer.evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
  ]);
  expect(legendStyle.size).toBeGreaterThan(answerSize);
  // The theme's text colour (near black), not the grey of secondary text.
  const [r, g, b] = legendStyle.color.match(/\d+/g)!.map(Number);
  expect(Math.max(r!, g!, b!)).toBeLessThan(60);

  // Every answer of the scale on one row, each a target of at least 44 px.
  const tiles = scale.locator('label');
  const boxes = await tiles.evaluateAll((labels) =>
    labels.map((label) => {
      const box = label.getBoundingClientRect();
      return { top: Math.round(box.top), height: box.height, width: box.width };
    }),
  );
  expect(boxes).toHaveLength(6);
  expect(new Set(boxes.map((box) => box.top)).size).toBe(1);
  for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(44);
  for (const target of await form
    .getByRole('group', { name: /Was u erbij/ })
    .locator('label')
    .all()) {
    expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }

  // The number question's label is all there.
  const numberLabel = form.locator('label', { hasText: LONG_NUMBER });
  await expect(numberLabel).toBeVisible();
  expect(await numberLabel.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  await expect(form.getByRole('textbox', { name: LONG_NUMBER })).toBeVisible();
}

for (const size of [
  { width: 1366, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`papieren formulieren met alleen het toetsenbord en de kiosk in ${size.width}×${size.height}`, async ({
    app,
  }) => {
    test.slow();
    await setUp(app);
    await asEvaluationRegisseur(app);
    const round = await roundForEntry(app);
    const { page } = app;
    await resizeWindow(page, size);

    await app.open(`/evaluaties/${round.id}/invoeren`);
    await expect(page.getByRole('heading', { level: 1, name: 'Papieren formulier invoeren' })).toBeFocused();
    const form = page.getByRole('form', { name: 'Papieren formulier invoeren' });
    const bij = form.getByRole('group', { name: /Was u erbij/ });
    const goed = form.getByRole('group', { name: /Het overleg verliep goed/ });
    const aantal = form.getByRole('textbox', { name: LONG_NUMBER });

    // Form 1, keyboard only: at the first answer, Space chooses, Enter goes on, a digit
    // chooses on the scale, Enter after the last question saves.
    await bij.getByRole('radio', { name: 'Ja' }).focus();
    await page.keyboard.press('Space');
    await expect(bij.getByRole('radio', { name: 'Ja' })).toBeChecked();
    await expectMadeForRespondents(form);
    await page.keyboard.press('Enter');
    await expect(goed.getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('5');
    await expect(goed.getByRole('radio', { name: '5 — Helemaal eens' })).toBeChecked();
    await expect(goed.getByRole('radio', { name: '5 — Helemaal eens' })).toBeFocused();
    await page.keyboard.press('4');
    await expect(goed.getByRole('radio', { name: '4 — Eens' })).toBeChecked();
    await app.screenshot(`papier-toetsenbord-${size.width}`);
    await page.keyboard.press('Enter');
    await expect(aantal).toBeFocused();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expect(form.getByRole('status')).toHaveText('1 formulier ingevoerd in deze sessie.');
    // The next form starts empty, at its first question.
    await expect(bij.getByRole('radio', { name: 'Ja' })).not.toBeChecked();
    await expect(bij.getByRole('radio').first()).toBeFocused();
    await expect(aantal).toHaveValue('');

    // Form 2 straight on: 0 is "niet van toepassing".
    await page.keyboard.press('ArrowDown');
    await expect(bij.getByRole('radio', { name: 'Nee' })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(goed).toHaveCount(0);
    await expect(aantal).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(form.getByRole('status')).toHaveText('2 formulieren ingevoerd in deze sessie.');
    await bij.getByRole('radio', { name: 'Ja' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.keyboard.press('0');
    await expect(goed.getByRole('radio', { name: 'Niet van toepassing' })).toBeChecked();
    await app.expectAccessible(`papieren formulier ${size.width}`);
    await app.screenshot(`papier-${size.width}`);

    // Both forms are in core.
    const saved = await call<RoundView>(app.core, 'evaluations:round', { id: round.id });
    expect(saved.responses).toBe(2);

    // The kiosk: the same questions for the respondents themselves.
    await page.getByRole('link', { name: 'Terug naar de ronde' }).click();
    await page.getByRole('button', { name: 'Kioskmodus starten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Evaluatie invoer (fictief)' })).toBeVisible();
    const kiosk = page.getByRole('form', { name: 'Vragenlijst' });
    await kiosk
      .getByRole('group', { name: /Was u erbij/ })
      .getByRole('radio', { name: 'Ja' })
      .check();
    await expectMadeForRespondents(kiosk);
    await kiosk
      .getByRole('group', { name: /Het overleg verliep goed/ })
      .getByRole('radio', { name: '5 — Helemaal eens' })
      .check();
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.expectAccessible(`kiosk ${size.width}`);
    await app.screenshot(`kiosk-${size.width}`);
  });
}
