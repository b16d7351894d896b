/// <reference lib="dom" />
// A day's use in the demo environment, screen by screen, as each role: every main screen at
// 1366×900 and at 1024×768, with axe at each size, nothing scrolling sideways, and a screenshot of
// the window (`rondgang-<screen>-<width>`) that a person looks at. Some steps go by keyboard only
// (a dossier's tabs, a dialog opened and closed), and where an action ends (a dialog closed, a
// search made) the step checks where the focus went. On the SQLCipher project only: the demo
// environment belongs to the encrypted file (not in playwright.config.ts's POSTGRES_SPECS). Two
// tests, one demo each, so the two workers share the walk.
import { expect, test, type AppHarness } from './harness/fixtures';
import { DEMO_PASSWORD } from '../../src-main/core/demo/seed';
import { logInInCore } from './harness/casework';
import { walkFocus } from './harness/contrast';
import { field } from './harness/locators';
import { expectDialogActionsInView, ROUND_SIZES, resizeWindow } from './harness/sizes';
import { call } from '../integration/helpers';

type Username = 'regisseur' | 'notulist' | 'evaluator' | 'beheer' | 'expert';

async function demoAs(app: AppHarness, username: Username) {
  await app.timed('setup:demo', () => call(app.core, 'vault:setup-demo', {}));
  await logInInCore(app, { username, password: DEMO_PASSWORD });
}

async function as(app: AppHarness, username: Username, route = '/') {
  await logInInCore(app, { username, password: DEMO_PASSWORD });
  await app.open(route);
}

/** The page's heading (level 1), shown, and the window's title naming it (WCAG 2.4.2). */
async function heading(app: AppHarness, name: string | RegExp) {
  const shown = app.page.getByRole('heading', { level: 1, name });
  await expect(shown).toBeVisible();
  await expect(app.page).toHaveTitle(`${await shown.innerText()} – CTER Werkplaats`);
}

/**
 * The screen as it is now at 1366×900 and at 1024×768: nothing scrolls sideways, `check` holds,
 * axe finds nothing, and the window is saved as `<name>-<width>`. Ends at 1366×900.
 */
async function look(app: AppHarness, name: string, check?: () => Promise<void>) {
  const { page } = app;
  for (const size of ROUND_SIZES) {
    await resizeWindow(page, size);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${name} scrolls sideways` })
      .toBeLessThanOrEqual(size.width);
    if (check) await check();
    await app.expectAccessible(`${name} ${size.width}`);
    await app.screenshot(`${name}-${size.width}`, { window: true });
  }
  await resizeWindow(page, ROUND_SIZES[0]);
}

test('rondgang als procesregisseur en notulist: mijn werk, casussen, dossier, signaal, overleg, convenant, cijfers', async ({
  app,
}) => {
  test.slow();
  await demoAs(app, 'regisseur');
  await app.open('/');
  const { page } = app;
  await heading(app, 'Mijn werk');
  await look(app, 'mijn-werk');

  // Casussen: the list, a search, a dossier opened from the list with the keyboard.
  await page.getByRole('navigation').getByRole('link', { name: 'Casussen', exact: true }).click();
  await heading(app, 'Casussen');
  await look(app, 'casussen');
  const search = field(page, 'Zoeken');
  await search.fill('Heidehof');
  const list = page.getByRole('listbox', { name: 'Resultaten' });
  await expect(list.getByRole('option').first()).toContainText('Heidehof');
  await look(app, 'casussen-gezocht');
  await search.focus();
  await page.keyboard.press('ArrowDown');
  await expect(list).toBeFocused();
  await page.keyboard.press('Enter');
  const tabs = page.getByRole('tablist', { name: 'Onderdelen van het dossier' });
  await expect(tabs).toBeVisible();
  await look(app, 'dossier');
  // Every keyboard stop of the dossier, its tabs included, shows a ring of 3:1 or more against
  // what is behind it (WCAG 2.4.7, 1.4.11; harness/contrast.ts).
  expect((await walkFocus(page)).filter((stop) => stop.ratio < 3)).toEqual([]);
  const tabNames = await tabs.getByRole('tab').allInnerTexts();
  expect(tabNames.length).toBeGreaterThan(2);
  await tabs.getByRole('tab').first().focus();
  for (const [index, name] of tabNames.entries()) {
    if (index > 0) await page.keyboard.press('ArrowRight');
    const tab = tabs.getByRole('tab').nth(index);
    await expect(tab).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await look(app, `dossier-${name.replace(/\s*\(\d+\)/, '')}`, () => expect(tab).toBeInViewport({ ratio: 1 }));
    await tab.focus();
  }

  // Signaal registreren: the duplicate check names a person of the demo.
  await page.keyboard.press('Control+Shift+N');
  await heading(app, 'Signaal registreren');
  await field(page, 'Naam').fill('Mila Heidehof');
  const panel = page.getByRole('region', { name: 'Mogelijk al bekend' });
  const match = panel.getByRole('listitem').first();
  await expect(match).toContainText('Mila Heidehof');
  // While the name is typed, the person who may be meant is in view, also at 1024×768: beside the
  // fields, not under them (at 1024 it stood below the fold, out of sight).
  await look(app, 'signaal-dubbel', async () => {
    await expect(field(page, 'Naam')).toBeFocused();
    await expect(match).toBeInViewport({ ratio: 1 });
  });

  // Overleg: the list, the meeting ahead, its live minutes.
  await page.getByRole('navigation').getByRole('link', { name: 'Overleggen', exact: true }).click();
  await heading(app, 'Overleggen');
  await look(app, 'overleggen');
  // Overleg plannen sent empty: each missing field says so. The ZVH-regio (a choice, sent as 0)
  // said "Vul minstens 0 in.".
  await page.getByRole('link', { name: 'Overleg plannen' }).click();
  await heading(app, 'Overleg plannen');
  await page.getByRole('button', { name: 'Overleg plannen' }).click();
  await look(app, 'overleg-plannen-leeg', async () => {
    await expect(field(page, 'Soort overleg')).toHaveAccessibleDescription('Dit veld is verplicht.');
    await expect(field(page, 'ZVH-regio')).toHaveAccessibleDescription('Dit veld is verplicht.');
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Overleggen', exact: true }).click();
  await page.getByRole('link', { name: 'Informatieoverleg (fictief)', exact: true }).click();
  await heading(app, /Informatieoverleg/);
  await look(app, 'overleg');

  await page.getByRole('navigation').getByRole('link', { name: 'Acties opvolgen', exact: true }).click();
  await heading(app, 'Acties opvolgen');
  await look(app, 'acties');

  // Convenant: a question, its answer opened with Enter. The article lies under the results: the
  // focus and the window go to its heading (they stayed at the top, the answer out of sight).
  await page.getByRole('navigation').getByRole('link', { name: 'Convenant', exact: true }).click();
  await heading(app, 'Convenant');
  const question = page.getByRole('combobox', { name: 'Zoeken in het convenant' });
  const answer = page.getByRole('heading', { level: 2, name: 'Artikel 16 — Bewaartermijn' });
  for (const size of ROUND_SIZES) {
    await resizeWindow(page, size);
    await question.fill('hoe lang bewaren');
    const hits = page.getByRole('listbox', { name: /resultaten/i }).getByRole('option');
    await expect(hits.first()).toContainText('Artikel 16');
    await app.screenshot(`convenant-zoeken-${size.width}`, { window: true });
    await question.press('Enter');
    await expect(answer).toBeFocused();
    await expect(answer).toBeInViewport({ ratio: 1 });
    await app.expectAccessible(`convenant-artikel ${size.width}`);
    await app.screenshot(`convenant-artikel-${size.width}`, { window: true });
    await question.fill('');
  }
  await resizeWindow(page, ROUND_SIZES[0]);

  await page.getByRole('navigation').getByRole('link', { name: 'Cijfers', exact: true }).click();
  await heading(app, 'Cijfers');
  await look(app, 'cijfers');

  await page.getByRole('navigation').getByRole('link', { name: 'Mentorproject', exact: true }).click();
  await heading(app, 'Mentorproject');
  await look(app, 'mentorproject');

  // The notulist: the minutes of the meeting ahead.
  await as(app, 'notulist', '/overleggen');
  await heading(app, 'Overleggen');
  await page.getByRole('link', { name: 'Informatieoverleg (fictief)', exact: true }).click();
  await heading(app, /Informatieoverleg/);
  await page
    .getByRole('link', { name: /Notuleren/ })
    .first()
    .click();
  await heading(app, /Notuleren|Notulen/);
  await look(app, 'notuleren');
  // By keyboard: a row added with its button takes the focus as with Alt+I/B/N (it stayed on the
  // button: the notulist had to Tab to the new field while the meeting went on), and a row removed
  // hands it back to its add button (it fell to the page's top).
  const minutes = page.getByRole('main');
  for (const [add, row, first] of [
    ['Inbreng toevoegen', 'Inbreng 1', 'Wat is gedeeld'],
    ['Besluit toevoegen', 'Besluit 1', 'Besluit'],
    ['Actie toevoegen', 'Actie 1', 'Actie'],
  ] as const) {
    await minutes.getByRole('button', { name: add }).focus();
    await page.keyboard.press('Enter');
    await expect(field(minutes.getByRole('group', { name: row }), first)).toBeFocused();
    await minutes.getByRole('button', { name: `${row} verwijderen` }).focus();
    await page.keyboard.press('Enter');
    await expect(minutes.getByRole('group', { name: row })).toHaveCount(0);
    await expect(minutes.getByRole('button', { name: add })).toBeFocused();
  }
});

test('rondgang als evaluator en beheerder: evaluaties, rapport, accounts, auditlog, back-up, beleid', async ({
  app,
}) => {
  test.slow();
  await demoAs(app, 'evaluator');
  await app.open('/evaluaties');
  const { page } = app;
  await heading(app, 'Evaluaties');
  await look(app, 'evaluaties');
  await page
    .getByRole('main')
    .getByRole('link', { name: /ronde|evaluatie/i })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await look(app, 'evaluatieronde');
  // The report as it will be printed, from the round.
  const report = page.getByRole('main').getByRole('link', { name: 'Rapport afdrukken' });
  await report.or(page.getByRole('main').getByRole('button', { name: 'Rapport afdrukken' })).click();
  await expect(page).toHaveURL(/\/evaluaties\/\d+\/rapport/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await look(app, 'evaluatierapport');

  await as(app, 'beheer', '/');
  await heading(app, 'Mijn werk');
  await look(app, 'beheer-start');

  await page.getByRole('navigation').getByRole('link', { name: 'Accounts', exact: true }).click();
  await heading(app, 'Accounts');
  await look(app, 'accounts');
  const add = page.getByRole('button', { name: 'Account toevoegen' });
  await add.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await look(app, 'account-toevoegen', () => expectDialogActionsInView(dialog));
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(add).toBeFocused();

  // Closed with its Annuleren button, the dialog hands the focus back too.
  await add.click();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(add).toBeFocused();

  // Beleid saved with the keyboard: a notice, and the focus stays where the user was.
  await page.getByRole('navigation').getByRole('link', { name: 'Beleid', exact: true }).click();
  await heading(app, 'Beleid');
  const save = page.getByRole('button', { name: 'Opslaan', exact: true });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('alert')
      .or(page.getByRole('status'))
      .filter({ hasText: /opgeslagen/i }),
  ).toBeVisible();
  await expect(save).toBeFocused();
  await look(app, 'beleid');

  for (const [link, title, name] of [
    ['Auditlog', 'Auditlog', 'auditlog'],
    ['Back-up', 'Back-up', 'back-up'],
    ['Bewaartermijn', 'Bewaartermijn', 'bewaartermijn'],
    ['Keuzelijsten', 'Keuzelijsten', 'keuzelijsten'],
  ] as const) {
    await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
    await heading(app, title);
    await look(app, name);
  }
});
