/// <reference lib="dom" />
// Casussen: search-as-you-type (diacritics do not matter, one character does not search), filters
// and sorting, keyboard use of the list, need-to-know (another region sees nothing), and a long
// list that loads further pages as it is scrolled and starts at the top again for a new search.
import { expect, test } from './harness/fixtures';
import {
  ALDERVOORT,
  ANDERE_REGIO,
  BEEKWOLDE,
  BERKENSTEIN,
  openAsRegisseur,
  registerSignal,
  registerSignals,
} from './harness/casework';
import { logInThroughForm, logOut } from './harness/session';
import { pickOption } from './harness/locators';
import { atBothSizes, resizeWindow } from './harness/sizes';
import { styleRuleCount } from './harness/style-rules';

const searches = (calls: { channel: string }[]) => calls.filter((call) => call.channel === 'search:query').length;

test('zoeken terwijl je typt, zonder accenten, met filters en sortering', async ({ app }) => {
  await openAsRegisseur(app);
  const celik = await registerSignal(app, {
    naam: 'Ömer Çelik (fictief)',
    geboortedatum: '2004-01-02',
    aliases: ['Omar'],
    gemeenteId: ALDERVOORT,
  });
  await registerSignal(app, { naam: 'Anna Bakker (fictief)', geboortedatum: '1990-06-07', gemeenteId: BERKENSTEIN });
  await registerSignal(
    app,
    { naam: 'Jan Jansen (fictief)', geboortejaar: 2008, geboortedatum: null, gemeenteId: BEEKWOLDE },
    { ideologie: 'rechts_extremistisch' },
  );
  const { page } = app;
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Casussen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeFocused();
  const total = page.getByTestId('casussen-totaal');
  const list = page.getByRole('listbox', { name: 'Resultaten' });
  await expect(total).toHaveText('3 casussen');
  await expect(list.getByRole('option')).toHaveCount(3);
  await app.expectAccessible('casussen');
  await app.screenshot('casussen');

  // One character does not search; the second does, and diacritics do not matter.
  const search = page.getByRole('searchbox', { name: 'Zoeken' });
  await search.fill('c');
  await expect(page.getByText('Typ nog een teken om te zoeken.')).toBeVisible();
  const before = searches(app.calls);
  await page.waitForTimeout(500);
  expect(searches(app.calls)).toBe(before);
  await expect(total).toHaveText('3 casussen');
  await search.pressSequentially('elik');
  await expect(total).toHaveText('1 casus');
  const row = list.getByRole('option');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Ömer Çelik (fictief)');
  await expect(row).toContainText('ook: Omar');
  await expect(row).toContainText(celik.caseNumber);
  await app.expectAccessible('casussen gezocht');
  await app.screenshot('casussen-celik');
  await search.fill('omar');
  await expect(row).toContainText('Ömer Çelik (fictief)');
  await search.fill('zzzz');
  await expect(page.getByText('Geen casussen gevonden. Pas de zoekterm of de filters aan.')).toBeVisible();
  await search.fill('');
  await expect(total).toHaveText('3 casussen');

  // Filters: ZVH-regio, gemeente, ideologie, status; each narrows the list at once.
  await page.getByRole('combobox', { name: 'ZVH-regio' }).click();
  await pickOption(page, 'ZVH Midden (voorbeeld)');
  await expect(total).toHaveText('1 casus');
  await expect(list.getByRole('option')).toContainText('Anna Bakker (fictief)');
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(total).toHaveText('3 casussen');
  await page.getByRole('combobox', { name: 'Gemeente' }).fill('Beekw');
  await pickOption(page, 'Beekwolde', { exact: true });
  await expect(list.getByRole('option')).toHaveText([/Jan Jansen \(fictief\)/]);
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await page.getByRole('combobox', { name: 'Ideologie' }).click();
  await pickOption(page, 'Rechts-extremistisch');
  await expect(list.getByRole('option')).toHaveText([/Jan Jansen \(fictief\)/]);
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await page.getByRole('combobox', { name: 'Status' }).click();
  await pickOption(page, 'Monitoring', { multiple: true });
  await page.keyboard.press('Escape');
  await expect(page.getByText('Geen casussen gevonden. Pas de zoekterm of de filters aan.')).toBeVisible();
  await app.screenshot('casussen-geen-resultaat');
  await page.getByRole('button', { name: 'Filters wissen' }).click();

  // Sorting by name, descending (Dutch order: Ö sorts as O).
  await page.getByRole('combobox', { name: 'Sorteren op' }).click();
  await pickOption(page, 'Naam');
  await page.getByRole('combobox', { name: 'Volgorde' }).click();
  await pickOption(page, 'Aflopend');
  await expect(list.getByRole('option')).toHaveText([/Ömer Çelik/, /Jan Jansen/, /Anna Bakker/]);

  // The keyboard: arrow down from the search field into the list, arrows move, Enter opens.
  await search.focus();
  await page.keyboard.press('ArrowDown');
  await expect(list).toBeFocused();
  await expect(list).toHaveAttribute('aria-activedescendant', 'casus-optie-0');
  await page.keyboard.press('ArrowDown');
  await expect(list).toHaveAttribute('aria-activedescendant', 'casus-optie-1');
  await expect(list.getByRole('option', { selected: true })).toContainText('Jan Jansen');
  await app.expectAccessible('casussen met het toetsenbord');
  await app.screenshot('casussen-toetsenbord');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/casussen\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: /Jan Jansen/ })).toBeVisible();

  // Back: the search and the order are still there.
  await page.goBack();
  await expect(list.getByRole('option')).toHaveText([/Ömer Çelik/, /Jan Jansen/, /Anna Bakker/]);
  await expect(page.getByRole('combobox', { name: 'Volgorde' })).toHaveText('Aflopend');
});

test('Ctrl+F zet de cursor in het zoekveld van Casussen', async ({ app }) => {
  await openAsRegisseur(app);
  const { page } = app;
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Zoeken' })).toBeFocused();
  await expect(page.getByText("Er zijn nog geen casussen in uw ZVH-regio's.")).toBeVisible();
});

test('een gebruiker uit een andere regio ziet de casus niet', async ({ app }) => {
  await openAsRegisseur(app);
  const { caseId } = await registerSignal(app, { naam: 'Noor Noordeling (fictief)', gemeenteId: ALDERVOORT });
  const { page } = app;
  await logOut(app);
  await logInThroughForm(app, ANDERE_REGIO.username, ANDERE_REGIO.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Casussen' }).click();
  await expect(page.getByText("Er zijn nog geen casussen in uw ZVH-regio's.")).toBeVisible();
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('Noordeling');
  await expect(page.getByText('Geen casussen gevonden. Pas de zoekterm of de filters aan.')).toBeVisible();
  await app.expectAccessible('andere regio: lege lijst');
  await app.screenshot('andere-regio-lijst');

  // The dossier's address, typed: the same answer as for a number that was never used.
  await page.goto(`${page.url().split('#')[0]}#/casussen/${caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Casus niet gevonden' })).toBeVisible();
  await expect(page.getByText('Noor Noordeling')).toHaveCount(0);
  await app.expectAccessible('andere regio: niet gevonden');
  await app.screenshot('andere-regio-niet-gevonden');
  expect(app.calls.filter((call) => call.channel === 'cases:get').at(-1)).toEqual({
    channel: 'cases:get',
    ok: false,
    code: 'NOT_FOUND',
  });
});

test('een lange lijst laadt verder bij het scrollen en houdt alleen de zichtbare rijen in de pagina', async ({
  app,
}) => {
  test.slow();
  await openAsRegisseur(app);
  // 1,500 registrations, each as the page's bridge makes it, inside core's thread (registerSignals).
  const count = 1500;
  await registerSignals(
    app,
    Array.from({ length: count }, (_, i) => ({
      naam: `Lijst ${String(i).padStart(4, '0')} (fictief)`,
      geboortedatum: null,
      geboortejaar: 1990 + (i % 20),
    })),
  );
  const { page } = app;
  await page.keyboard.press('Control+f');
  await page.getByRole('combobox', { name: 'Sorteren op' }).click();
  await pickOption(page, 'Naam');
  await expect(page.getByTestId('casussen-totaal')).toHaveText('meer dan 1.000 casussen');
  const list = page.getByRole('listbox', { name: 'Resultaten' });
  await list.focus();
  await expect(list.getByRole('option', { selected: true })).toContainText('Lijst 0000 (fictief)');
  const rulesBefore = await styleRuleCount(page);

  // End goes to the end of what is known: the row after the last one loaded, which the next
  // page of 100 then fills in; the next End goes further.
  for (let pageNumber = 1; pageNumber <= 5; pageNumber++) {
    await page.keyboard.press('End');
    await expect(list.getByRole('option', { selected: true })).toContainText(
      `Lijst ${String(pageNumber * 100).padStart(4, '0')} (fictief)`,
    );
  }
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowUp');
  const chosen = list.getByRole('option', { selected: true });
  await expect(chosen).toContainText(/Lijst 0\d{3} \(fictief\)/);
  // Only what is in view (and a little around it) exists in the page.
  expect(await list.getByRole('option').count()).toBeLessThan(60);
  // Scrolling adds no style rule per row: a row's offset and the list's height are not styles of their
  // own. They were (sx): a rule per row offset ever shown and per total height, kept as long as the
  // window is open: 190 after these five pages (2026-12-07; now 1), one per row over a day's scrolling.
  expect(await styleRuleCount(page), 'style rules added by scrolling').toBeLessThanOrEqual(rulesBefore + 5);
  await app.expectAccessible('lange lijst');
  await app.screenshot('lange-lijst');
  // A text that matches more than 1,000 is ranked among the newest 1,000 only, and the list says
  // so; a list without a text says nothing of the kind.
  await expect(page.getByTestId('casussen-afgekapt')).toHaveCount(0);
  const field = page.getByRole('searchbox', { name: 'Zoeken' });
  await field.fill('Lijst');
  await expect(page.getByTestId('casussen-afgekapt')).toHaveText(
    'U ziet de beste treffers onder de 1.000 nieuwste. Typ verder om gerichter te zoeken.',
  );
  await expect(page.getByTestId('casussen-totaal')).toHaveText('meer dan 1.000 casussen');
  await field.fill('');
  await expect(page.getByTestId('casussen-afgekapt')).toHaveCount(0);

  // A new search starts at its first row, scrolled to the top, not hundreds of rows down. (The
  // names differ only in digits, which the name order leaves out: sort by number, newest first.)
  await page.getByRole('combobox', { name: 'Sorteren op' }).click();
  await pickOption(page, 'Casusnummer');
  await page.getByRole('combobox', { name: 'Volgorde' }).click();
  await pickOption(page, 'Aflopend');
  await expect(chosen).toContainText('Lijst 1499 (fictief)');
  await expect(chosen).toHaveAttribute('aria-posinset', '1');
  await expect.poll(() => list.evaluate((element) => element.scrollTop)).toBe(0);
  await list.focus();
  const name = (await chosen.locator('p').nth(1).innerText()).trim();
  expect(name).toBe('Lijst 1499 (fictief)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('bij 1024 breed blijft elke kolom van de lijst in beeld en zijn de tabbladen van het dossier te bereiken', async ({
  app,
}) => {
  await openAsRegisseur(app);
  const signal = await registerSignal(app, { naam: 'Lotte van der Berg-Zonneveld (fictief)', gemeenteId: BERKENSTEIN });
  // More cases than fit: how many the window shows (issue 21 item 13: "only 8 fit").
  for (let i = 1; i <= 19; i++)
    await registerSignal(app, { naam: `Rij ${String(i).padStart(2, '0')} (fictief)`, aliases: ['Bijnaam'] });
  const { page } = app;
  await resizeWindow(page, { width: 1024, height: 768 });
  await app.open('/casussen');
  const row = page
    .getByRole('listbox', { name: 'Resultaten' })
    .getByRole('option')
    .filter({ hasText: signal.caseNumber });
  await expect(row).toContainText(signal.caseNumber);
  // The status is the rightmost column: it must end inside the window, and nothing scrolls sideways.
  const state = row.locator('.MuiChip-root').first();
  const box = (await state.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1024);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  // The regio steps under the gemeente, said once.
  await expect(row).toHaveAccessibleName(/Berkenstein ZVH Midden \(voorbeeld\) laatste signaal/);
  await expect(row.getByText('ZVH Midden (voorbeeld)').filter({ visible: true })).toHaveCount(1);
  const [gemeente, regio] = [
    row.getByText('Berkenstein'),
    row.getByText('ZVH Midden (voorbeeld)').filter({ visible: true }),
  ];
  expect((await regio.boundingBox())!.y).toBeGreaterThan((await gemeente.boundingBox())!.y);
  await app.expectAccessible('casussen bij 1024');
  await app.screenshot('casussen-1024');
  // The list ends inside the window (no page scroll to reach its last row); at 1366×900 at least
  // ten rows are whole in view, at 1024×768 at least seven.
  const list = page.getByRole('listbox', { name: 'Resultaten' });
  const wholeRows = () =>
    list.getByRole('option').evaluateAll((options) => {
      const bottom = Math.min(
        window.innerHeight,
        options[0]!.parentElement!.closest('[role="listbox"]')!.getBoundingClientRect().bottom,
      );
      return options.filter((option) => {
        const box = option.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= bottom + 0.5;
      }).length;
    });
  await atBothSizes(app, 'casussen-rijen', async () => {
    const size = page.viewportSize()!;
    expect((await list.boundingBox())!.y + (await list.boundingBox())!.height).toBeLessThanOrEqual(size.height);
    await expect.poll(wholeRows).toBeGreaterThanOrEqual(size.width === 1366 ? 10 : 7);
  });
  await resizeWindow(page, { width: 1024, height: 768 });

  // The dossier's tabs: each either shown whole, or reachable through the scroll arrows.
  await row.click();
  const tabs = page.getByRole('tablist', { name: 'Onderdelen van het dossier' });
  await expect(tabs).toBeVisible();
  const cut = await tabs.evaluate((list) => {
    const edge = list.closest('.MuiTabs-scroller')!.getBoundingClientRect().right;
    return [...list.querySelectorAll('[role="tab"]')].some((tab) => tab.getBoundingClientRect().right > edge + 1);
  });
  const root = page.locator('.MuiTabs-root').filter({ has: tabs });
  if (cut) await expect(root.locator('.MuiTabs-scrollButtons').last()).toBeVisible();
  await tabs.getByRole('tab', { name: 'Partners en toegang' }).click();
  await expect(tabs.getByRole('tab', { name: 'Partners en toegang' })).toBeInViewport({ ratio: 1 });
  await app.expectAccessible('dossier bij 1024');
  await app.screenshot('dossier-1024');
  await atBothSizes(app, 'dossier-tabbladen');
});
