/// <reference lib="dom" />
// The application shell (logged in as beheerder): Dutch by default, keyboard-only navigation, language switch, help,
// and the handling of a bad bridge call.
import { expect, test } from './harness/fixtures';
import { openAsBeheerder } from './harness/session';
import { focusTopOfDocument, walkFocus } from './harness/contrast';
import { ROUND_SIZES, resizeWindow } from './harness/sizes';

test('de schil verschijnt in het Nederlands', async ({ app }) => {
  await openAsBeheerder(app);
  const { page } = app;
  // The window's title names the page, then the app (WCAG 2.4.2).
  await expect(page).toHaveTitle('Mijn werk – CTER Werkplaats');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeVisible();
  // A beheerder has no case work: the start page lists the beheer tasks instead.
  await expect(page.getByRole('heading', { name: 'Uw onderdelen' })).toBeVisible();
  // The page heading has focus, so a screen reader starts at the new content.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await app.expectAccessible('Mijn werk');
  // Every stop of the keyboard shows where the focus is, at 3:1 or more against what is behind
  // it (WCAG 2.4.7, 1.4.11): the app bar's dark blue, the navigation, the page.
  const stops = await walkFocus(page);
  expect(stops.length).toBeGreaterThan(5);
  expect(stops.filter((stop) => stop.ratio < 3)).toEqual([]);
});

test('alles is met het toetsenbord te bereiken', async ({ app }) => {
  await openAsBeheerder(app);
  const { page } = app;
  // The skip link comes first and moves focus to the content. (The page's heading has focus and
  // links follow it; from the start of the document, Tab reaches the skip link first.) The page
  // has opened first: its heading, taking focus as it appears, would otherwise take it from main.
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeFocused();
  await focusTopOfDocument(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await app.screenshot('overslaan-link');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#inhoud')).toBeFocused();

  // Backwards from the content: first the navigation (the beheer pages come last), walked up to
  // Mijn werk and followed with Enter.
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  const links = nav.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(1);
  await page.keyboard.press('Shift+Tab');
  await expect(links.last()).toBeFocused();
  for (let i = 1; i < count; i++) await page.keyboard.press('Shift+Tab');
  const home = nav.getByRole('link', { name: 'Mijn werk' });
  await expect(home).toBeFocused();
  await expect(home).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeFocused();

  // Then the app bar: the user menu, and before it the help menu, which opens with Enter and is
  // walked with the arrow keys.
  for (let i = 0; i <= count; i++) await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Bram Beheerder, gebruikersmenu' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  const help = page.getByRole('button', { name: 'Help' });
  await expect(help).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Sneltoetsen' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const about = page.getByRole('dialog', { name: 'Over CTER Werkplaats' });
  await expect(about).toBeVisible();
  await expect(about.getByText('0.0.0-test')).toBeVisible();
  // Logged in, the database is open: its schema version is shown (the row named so, wherever it is).
  await expect(about.locator('dt', { hasText: 'Schemaversie' }).locator('xpath=following-sibling::dd[1]')).toHaveText(
    /^\d+$/,
  );
  await app.expectAccessible('Over CTER Werkplaats');
  await app.screenshot('over');
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
  await expect(help).toBeFocused();
  // Before help: the language buttons, one tab stop, walked with the arrow keys.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Nederlands' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'English' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  await expect(page).toHaveTitle('My work – CTER Werkplaats');
});

test('in een smal venster is de navigatie ingeklapt tot haar pictogrammen en klapt ze uit met de knop', async ({
  app,
}) => {
  const { page } = app;
  await resizeWindow(page, { width: 1024, height: 768 });
  await openAsBeheerder(app);
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  const toggle = page.getByRole('button', { name: 'Navigatie uitklappen' });
  const width = async () => (await nav.boundingBox())!.width;
  // Folded: the icons only, the page gets the room; each link keeps its name.
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(await width()).toBeLessThan(80);
  await expect(nav.getByRole('link', { name: 'Accounts' })).toBeVisible();
  await app.expectAccessible('navigatie ingeklapt');
  await app.screenshot('1024-ingeklapt');
  // Folded, a link's name shows beside its icon on hover. The click that opens the page closes it,
  // and it stays closed while the pointer rests there: a layout change under the resting pointer
  // (here the window resized, as the round's 1366 → 1024 step did) reopened it over the new page.
  const accounts = nav.getByRole('link', { name: 'Accounts' });
  const name = page.getByRole('tooltip', { name: 'Accounts' });
  await accounts.hover();
  await expect(name).toBeVisible();
  await accounts.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await expect(name).toHaveCount(0);
  await resizeWindow(page, { width: 1366, height: 900 });
  await expect.poll(width).toBeGreaterThan(200);
  await resizeWindow(page, { width: 1024, height: 768 });
  await expect.poll(width).toBeLessThan(80);
  await page.waitForTimeout(1000);
  await expect(name).toHaveCount(0);
  await app.screenshot('1024-na-klik-op-ingeklapte-navigatie', { window: true });
  // A fresh approach shows the name again.
  await page.mouse.move(600, 400);
  await accounts.hover();
  await expect(name).toBeVisible();
  await page.mouse.move(600, 400);
  await expect(name).toHaveCount(0);
  // Unfolded with the keyboard; folded again.
  await toggle.focus();
  await page.keyboard.press('Enter');
  const fold = page.getByRole('button', { name: 'Navigatie inklappen' });
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await expect(fold).toBeFocused();
  await expect.poll(width).toBeGreaterThan(200);
  await app.expectAccessible('navigatie uitgeklapt');
  await app.screenshot('1024-uitgeklapt');
  // Walked with Tab while unfolded, then folded: no name stays open over the page (WCAG 1.4.13).
  // Each focus counted as opening a name while there was nothing to show, and no blur closed it:
  // on folding every name walked past showed at once, over the page's first letters.
  const last = nav.getByRole('link').last();
  for (let i = 0; i < 30 && !(await last.evaluate((link) => link === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(last).toBeFocused();
  await fold.click();
  await expect.poll(width).toBeLessThan(80);
  await page.mouse.move(600, 400);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await toggle.click();
  await expect.poll(width).toBeGreaterThan(200);
  // The choice holds from page to page.
  await nav.getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  expect(await width()).toBeGreaterThan(200);
  await fold.click();
  await expect.poll(width).toBeLessThan(80);
  // A wide window starts unfolded.
  await resizeWindow(page, { width: 1366, height: 900 });
  await expect.poll(width).toBeGreaterThan(200);
  await app.expectAccessible('navigatie bij 1366');
  await app.screenshot('1366-uitgeklapt');
});

// The harness's own promise, that every resize in the suite relies on: when `resizeWindow` returns,
// the page has had the new size and laid itself out for it. Playwright's setViewportSize returns
// before the page's resize event, and the media queries' change events (the navigation folds below
// 1280 px) come a frame after that: a check that read the layout at once saw the old width about
// one resize in ten (CI failed on it, 2026-12-07: a table wider than its box at 1024 px, measured
// while the navigation was still unfolded). Thirty resizes: at the one in ten to twenty measured
// here, all thirty come out right by luck about one run in ten.
test('een venster van een andere grootte is opgemaakt zodra de test verder gaat', async ({ app }) => {
  await openAsBeheerder(app);
  const { page } = app;
  const drawer = page.locator('.MuiDrawer-paper');
  const late: string[] = [];
  for (let round = 0; round < 15; round++) {
    for (const size of ROUND_SIZES) {
      await resizeWindow(page, size);
      const width = await drawer.evaluate((paper) => paper.getBoundingClientRect().width);
      if (width !== (size.width >= 1280 ? 248 : 64)) late.push(`${round}: ${size.width} px wide, navigation ${width}`);
    }
  }
  expect(late).toEqual([]);
});

test('F1 en ? tonen de sneltoetsen', async ({ app }) => {
  await openAsBeheerder(app);
  const { page } = app;
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Alt\+Home/ })).toContainText('Naar Mijn werk');
  await expect(dialog.getByRole('row', { name: /Ctrl\+L/ })).toContainText('Het scherm vergrendelen');
  await app.expectAccessible('Sneltoetsen');
  await app.screenshot('sneltoetsen');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  // The menu's Help > Sneltoetsen arrives as a bridge event and opens the same dialog.
  app.menu('shortcuts');
  await expect(dialog).toBeVisible();
});

test('de taal wisselt naar Engels en blijft bewaard', async ({ app }) => {
  await openAsBeheerder(app);
  const { page } = app;
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await app.expectAccessible('My work');
  await app.screenshot('engels');
  // Stored by core: a reload starts in English.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
});

test('een ongeldige aanroep van de brug geeft een Nederlandse melding en verandert niets', async ({ app }) => {
  await openAsBeheerder(app);
  const { page } = app;
  // The renderer asks for English, but what reaches core is not a language it knows.
  app.tamper('app:set-locale', () => ({ locale: 'fr' }));
  await page.getByRole('button', { name: 'English' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Niet alle gegevens zijn goed ingevuld');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  await app.screenshot('ongeldige-aanroep');
  await expect(app.calls.at(-1)).toEqual({ channel: 'app:set-locale', ok: false, code: 'INVALID_INPUT' });

  // An unknown channel gets a code and a Dutch message, never a stack trace.
  const unknown = await page.evaluate(() => {
    const bridge = (window as unknown as { cter: { invoke(c: string, i: unknown): Promise<unknown> } }).cter;
    return bridge.invoke('geheim:alles', {});
  });
  expect(unknown).toEqual({
    ok: false,
    error: { code: 'UNKNOWN_CHANNEL', message: 'Deze opdracht kent de applicatie niet.' },
  });
  await alert.getByRole('button', { name: 'Sluiten' }).click();
  await expect(alert).toBeHidden();
});

test('afdrukken op een pagina zonder afdrukbare inhoud zegt dat, in de live regio die er al was', async ({ app }) => {
  await openAsBeheerder(app);
  const { page } = app;
  const text = 'Op deze pagina is niets om af te drukken.';
  // WCAG 4.1.3 (technique ARIA22): a screen reader announces text put into a live region it
  // already knows, and often not a status region that arrives with its text. So the notices'
  // region is in the window, empty, before any notice, and the notice's text goes into that
  // very element, drawn there for the eye as well (one status: the Alert is no second region).
  const region = page.getByRole('status');
  await expect(region).toHaveCount(1);
  await expect(region).toHaveText('');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  const before = await region.elementHandle();
  await page.keyboard.press('Control+p');
  await expect(region).toHaveText(text);
  await expect(region).toBeVisible();
  expect(await before!.evaluate((element) => element.isConnected && element.textContent)).toBe(text);
  await expect(region.getByRole('button', { name: 'Sluiten' })).toBeVisible();
  // Closed (Escape, as the Snackbar always allowed), the same region stays, empty for the next.
  await page.keyboard.press('Escape');
  await expect(region).toHaveText('');
  expect(await before!.evaluate((element) => element.isConnected)).toBe(true);
});
