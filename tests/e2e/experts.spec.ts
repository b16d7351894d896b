/// <reference lib="dom" />
// Gemeentelijke experts: the beheerder links an expert to municipalities; the expert records
// consultations (advies) with the keyboard, one this year and one last year, and corrects one; the
// overview per municipality and per year counts them; the beheerder reads the same overview.
import { expect, test } from './harness/fixtures';
import {
  addAccountDirectly,
  day,
  lockAndUnlock,
  logInInCore,
  MIDDEN,
  NOORD,
  ZUID,
  type TestAccount,
} from './harness/casework';
import { field, pickOption } from './harness/locators';
import { atBothSizes } from './harness/sizes';
import { BEHEERDER, setUp } from './harness/session';

const EXPERT: TestAccount = {
  username: 'eva',
  displayName: 'Eva Expert (fictief)',
  password: 'Eva adviseert de gemeenten in hun regierol',
  roles: ['gemeentelijk_expert'],
  regionIds: [NOORD, MIDDEN, ZUID],
};

const YEAR = Number(day(0).slice(0, 4));
const today = () => day(0).split('-').reverse().join('-');

test('adviezen van een gemeentelijk expert, per gemeente en per jaar', async ({ app }) => {
  test.slow();
  await setUp(app);
  await addAccountDirectly(app, EXPERT);
  await app.open('/');
  const { page } = app;

  // The beheerder links the expert to two municipalities; a beheerder records no consultations.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Gemeentelijke experts' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeentelijke experts' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `In ${YEAR}:` })).toHaveText(
    `In ${YEAR}: 0 adviezen aan 0 gemeenten, samen 0 min.`,
  );
  await expect(page.getByRole('button', { name: 'Advies vastleggen' })).toHaveCount(0);
  const experts = page.getByRole('table', { name: 'Experts en hun gemeenten' });
  await expect(experts.locator('tbody tr')).toHaveText([/^Eva Expert \(fictief\)Nog geen gemeentenActief/]);
  await experts.getByRole('button', { name: 'Gemeenten koppelen aan Eva Expert (fictief)' }).click();
  const link = page.getByRole('dialog', { name: 'Gemeenten van Eva Expert (fictief)' });
  await link.getByRole('checkbox', { name: 'Aldervoort' }).check();
  await link.getByRole('checkbox', { name: 'Beekwolde' }).check();
  await app.expectAccessible('gemeenten koppelen');
  await app.screenshot('experts-gemeenten-koppelen');
  await link.getByRole('button', { name: 'Opslaan' }).click();
  await expect(experts.locator('tbody tr')).toHaveText([/^Eva Expert \(fictief\)Aldervoort, BeekwoldeActief/]);

  // The expert: a consultation, with the keyboard only.
  await logInInCore(app, EXPERT);
  await app.open('/experts');
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeentelijke experts' })).toBeFocused();
  await page.getByRole('button', { name: 'Advies vastleggen' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Advies vastleggen' });
  await expect(field(dialog, 'Gemeente')).toBeFocused();
  await dialog.getByRole('button', { name: 'Opslaan' }).press('Enter');
  await expect(field(dialog, 'Gemeente')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(field(dialog, 'Onderwerp')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(field(dialog, 'Duur in minuten')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(field(dialog, 'Gemeente')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option', { name: 'Aldervoort' })).toBeFocused();
  await expect(page.getByRole('option')).toHaveText(['Aldervoort', 'Beekwolde']);
  await page.keyboard.press('Enter');
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(field(dialog, 'Datum')).toBeFocused();
  await expect(field(dialog, 'Datum')).toHaveValue(today());
  await page.keyboard.press('Tab');
  await page.keyboard.type('90');
  await page.keyboard.press('Tab');
  await expect(field(dialog, 'Onderwerp')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Regierol van de gemeente' }).press('Enter');
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Advies over de regierol bij een nieuw signaal (fictief).');
  // Locked before saving (Ctrl+L): after the unlock the dialog is open again with what was typed.
  await lockAndUnlock(page, EXPERT.password);
  await expect(field(dialog, 'Toelichting')).toHaveValue('Advies over de regierol bij een nieuw signaal (fictief).');
  await expect(field(dialog, 'Duur in minuten')).toHaveValue('90');
  await app.expectAccessible('advies vastleggen');
  await app.screenshot('experts-advies-vastleggen');
  await dialog.getByRole('button', { name: 'Opslaan' }).press('Enter');
  await expect(dialog).toHaveCount(0);

  const advies = page.getByRole('table', { name: `Adviezen in ${YEAR}` });
  await expect(advies.locator('tbody tr')).toHaveText([
    `${today()}AldervoortRegierol van de gemeente1 u 30 minEva Expert (fictief)Advies over de regierol bij een nieuw signaal (fictief).`,
  ]);
  const perGemeente = page.getByRole('table', { name: `Adviezen per gemeente in ${YEAR}` });
  // "Experts", not "Expert(s)" (the bracketed plural issue 21 removed elsewhere).
  await expect(perGemeente.getByRole('columnheader')).toHaveText([
    'Gemeente',
    'ZVH-regio',
    'Experts',
    'Adviezen',
    'Tijd',
    'Onderwerpen',
  ]);
  await expect(perGemeente.getByRole('row', { name: /^Aldervoort/ })).toHaveText(
    'AldervoortZVH Noord (voorbeeld)Eva Expert (fictief)11 u 30 minRegierol van de gemeente (1)',
  );
  await expect(perGemeente.getByRole('row', { name: /^Beekwolde/ })).toHaveText(
    'BeekwoldeZVH Noord (voorbeeld)Eva Expert (fictief)0––',
  );
  // Every municipality by default (gaps show); the switch keeps those with consultations.
  const onlyWithAdvice = page.getByRole('switch', { name: 'Alleen gemeenten met adviezen' });
  await onlyWithAdvice.check();
  await expect(perGemeente.locator('tbody tr')).toHaveCount(1);
  await expect(perGemeente.getByRole('row', { name: /^Aldervoort/ })).toBeVisible();
  await app.expectAccessible('experts, alleen met adviezen');
  // "1 advies aan 1 gemeente, samen 1 u 30 min" (issue 21 item 13: no "gemeente(n)", no "1 u 0 min").
  await expect(page.getByRole('status').filter({ hasText: `In ${YEAR}:` })).toHaveText(
    `In ${YEAR}: 1 advies aan 1 gemeente, samen 1 u 30 min.`,
  );
  await atBothSizes(app, 'experts-alleen-met-adviezen');
  await onlyWithAdvice.uncheck();
  await expect(perGemeente.getByRole('row', { name: /^Beekwolde/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `In ${YEAR}:` })).toHaveText(
    `In ${YEAR}: 1 advies aan 1 gemeente, samen 1 u 30 min.`,
  );

  // One last year: not in this year's figures, and the overview of last year counts it.
  await page.getByRole('button', { name: 'Advies vastleggen' }).click();
  await field(dialog, 'Gemeente').click();
  await pickOption(page, 'Beekwolde');
  await field(dialog, 'Datum').fill(`15-06-${YEAR - 1}`);
  await field(dialog, 'Duur in minuten').fill('45');
  await field(dialog, 'Onderwerp').click();
  await pickOption(page, 'Duiding van een signaal');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(advies.locator('tbody tr')).toHaveCount(1);
  await field(page, 'Jaar').click();
  await pickOption(page, String(YEAR - 1));
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  const lastYear = page.getByRole('table', { name: `Adviezen per gemeente in ${YEAR - 1}` });
  await expect(lastYear.getByRole('row', { name: /^Beekwolde/ })).toHaveText(
    'BeekwoldeZVH Noord (voorbeeld)Eva Expert (fictief)145 minDuiding van een signaal (1)',
  );
  await expect(lastYear.getByRole('row', { name: /^Aldervoort/ })).toHaveText(
    'AldervoortZVH Noord (voorbeeld)Eva Expert (fictief)0––',
  );

  // The expert corrects their own consultation.
  await page.getByRole('button', { name: `Advies aan Beekwolde van 15-06-${YEAR - 1} wijzigen` }).click();
  const edit = page.getByRole('dialog', { name: 'Advies wijzigen' });
  await field(edit, 'Duur in minuten').fill('1 uur');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(field(edit, 'Duur in minuten')).toHaveAccessibleDescription('Vul een heel getal in.');
  await field(edit, 'Duur in minuten').fill('60');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit).toHaveCount(0);
  await expect(lastYear.getByRole('row', { name: /^Beekwolde/ })).toHaveText(
    'BeekwoldeZVH Noord (voorbeeld)Eva Expert (fictief)11 uDuiding van een signaal (1)',
  );
  await app.expectAccessible('experts vorig jaar');
  await app.screenshot('experts-vorig-jaar');
  await atBothSizes(app, 'experts-een-uur');

  // The beheerder sees the overview, per municipality and per expert.
  await logInInCore(app, BEHEERDER);
  await app.open('/experts');
  await expect(page.getByRole('status').filter({ hasText: `In ${YEAR}:` })).toHaveText(
    `In ${YEAR}: 1 advies aan 1 gemeente, samen 1 u 30 min.`,
  );
  await expect(page.getByRole('table', { name: `Adviezen per expert in ${YEAR}` }).locator('tbody tr')).toHaveText([
    'Eva Expert (fictief)11 u 30 min',
  ]);
  await expect(page.getByRole('button', { name: /wijzigen$/ })).toHaveCount(0);
  await app.expectAccessible('experts beheerder');
  await app.screenshot('experts-overzicht-beheerder');
});

test('een evaluator leest het overzicht van de experts, maar legt niets vast en koppelt niets', async ({ app }) => {
  await setUp(app);
  await addAccountDirectly(app, EXPERT);
  const evaluator: TestAccount = {
    username: 'evert',
    displayName: 'Evert Evaluator (fictief)',
    password: 'Evert leest de cijfers en de evaluaties',
    roles: ['evaluator'],
    regionIds: [NOORD],
  };
  await addAccountDirectly(app, evaluator);
  await logInInCore(app, evaluator);
  await app.open('/');
  const { page } = app;
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await expect(nav.getByRole('link')).toHaveText([
    'Mijn werk',
    'Convenant',
    'Cijfers',
    'Evaluaties',
    'Mentorproject',
    'Gemeentelijke experts',
  ]);
  await nav.getByRole('link', { name: 'Gemeentelijke experts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeentelijke experts' })).toBeFocused();
  await expect(page.getByRole('table', { name: 'Experts en hun gemeenten' })).toContainText('Eva Expert (fictief)');
  await expect(page.getByRole('table', { name: `Adviezen per gemeente in ${YEAR}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Advies vastleggen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Gemeenten koppelen/ })).toHaveCount(0);
  await app.expectAccessible('experts evaluator');
  await app.screenshot('experts-evaluator');
});
