/// <reference lib="dom" />
// WCAG 2.1 1.4.10 Reflow (AA): at 320 CSS px wide — 1280 px at 400 % zoom — every main page is
// read without scrolling sideways, and nothing one can operate lies outside the window. Walked as
// four roles of the demo environment (every entry of each one's navigation, a dossier, a meeting,
// its minutes, the evaluator's rounds, reports and questionnaires, the questionnaire builder, paper
// entry and the kiosk) and the main dialogs, at 320×256, with a screenshot of each (`<page>-320`).
//
// What may be wider than the window (WCAG exempts content that needs two dimensions: data
// tables, charts): only what lies in a region of its own that scrolls sideways — computed
// `overflow-x` auto or scroll — and that is itself within the window, holds a table or a chart
// (`table`, `svg`), has a name (aria-label or aria-labelledby) and can be reached by keyboard
// (tabindex 0), so the region scrolls and the page does not. `outsideTheWindow` applies it.
// On the SQLCipher project only: the demo environment belongs to the encrypted file.
import { expect, test, type AppHarness } from './harness/fixtures';
import { DEMO_PASSWORD } from '../../src-main/core/demo/seed';
import { logInInCore } from './harness/casework';
import { focusTopOfDocument } from './harness/contrast';
import { field } from './harness/locators';
import { resizeWindow } from './harness/sizes';
import { call } from '../integration/helpers';

const NARROW = { width: 320, height: 256 } as const;

/**
 * What a person can operate (buttons, links, fields, tabs, menu items) that is shown but lies,
 * wholly or partly, left or right of the window, outside an exempt region (above). Each as
 * "<role or tag> <name>: <left>..<right>".
 */
function outsideTheWindow(): string[] {
  const width = window.innerWidth;
  const scrollsSideways = (element: Element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
  const named = (element: Element) =>
    (element.getAttribute('aria-label') ?? '').trim() !== '' ||
    (element.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .some((id) => id !== '' && (document.getElementById(id)?.textContent ?? '').trim() !== '');
  const scroller = (element: Element) => {
    for (let region = element.parentElement; region; region = region.parentElement) {
      if (scrollsSideways(region)) return region;
    }
    return null;
  };
  const exemptRegion = (element: Element) => {
    const region = scroller(element);
    if (!region) return false;
    const box = region.getBoundingClientRect();
    return (
      box.left >= 0 &&
      box.right <= width + 0.5 &&
      region.querySelector('table, svg') !== null &&
      named(region) &&
      (region as HTMLElement).tabIndex === 0
    );
  };
  // Where a flagged element scrolls, if anywhere: what keeps it from being exempt.
  const inRegion = (element: Element) => {
    const region = scroller(element);
    if (!region) return '';
    const box = region.getBoundingClientRect();
    return ` (scrolls in ${region.tagName.toLowerCase()}${named(region) ? ' named' : ''} tabindex ${(region as HTMLElement).tabIndex}: ${Math.round(box.left)}..${Math.round(box.right)})`;
  };
  const operable =
    'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="checkbox"], [role="radio"], [role="switch"], [role="combobox"], [tabindex="0"]';
  return [...document.querySelectorAll(operable)]
    .filter((element) => element.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true }))
    .filter((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      // MUI draws a checkbox's or switch's input over its ring, wider than what is seen: the ring counts.
      const shown = element.matches('.PrivateSwitchBase-input') ? element.parentElement!.getBoundingClientRect() : box;
      return (shown.left < -0.5 || shown.right > width + 0.5) && !exemptRegion(element);
    })
    .map((element) => {
      const box = element.getBoundingClientRect();
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
      return `${element.getAttribute('role') ?? element.tagName.toLowerCase()} ${name}: ${Math.round(box.left)}..${Math.round(box.right)}${inRegion(element)}`;
    });
}

/**
 * What makes the page wider than the window: the elements that end past its right edge while
 * none of their children does (so the culprit, not every box around it), as "<tag>.<class>
 * <text>: <right>". For the message of a failed check.
 */
function pastTheRightEdge(): string[] {
  const width = window.innerWidth;
  // A margin past the edge widens the page too.
  const past = (element: Element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    // Text that runs out of its box (nowrap) counts, unless the box clips it.
    const content = style.overflowX === 'visible' ? box.left + element.scrollWidth : box.right;
    return Math.max(box.right + (parseFloat(style.marginRight) || 0), content) > width + 0.5;
  };
  return [...document.querySelectorAll('body *')]
    .filter((element) => past(element) && ![...element.children].some(past))
    .slice(0, 8)
    .map((element) => {
      const text = (element.textContent ?? '').trim().slice(0, 30);
      const classes = String(element.getAttribute('class') ?? '')
        .split(' ')
        .slice(0, 2)
        .join('.');
      return `${element.tagName.toLowerCase()}.${classes} ${text}: ${Math.round(element.getBoundingClientRect().right)}`;
    });
}

/** The page has its data: its heading shown, no page code or data still loading. */
async function settled(app: AppHarness) {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-page-loading], main .MuiSkeleton-root')).toHaveCount(0);
}

/** At 320 px the page does not scroll sideways and nothing operable lies outside the window. */
async function reflows(app: AppHarness, name: string) {
  const { page } = app;
  await settled(app);
  // Polled: a table learns that it overflows from a ResizeObserver, a moment after it is drawn.
  const soft = expect.configure({ soft: true, timeout: 5_000 });
  await soft
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
      message: `${name}: the page's width at ${NARROW.width} px`,
    })
    .toBeLessThanOrEqual(NARROW.width);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (scrollWidth > NARROW.width) console.info(`${name}: past the right edge:`, await page.evaluate(pastTheRightEdge));
  await soft
    .poll(() => page.evaluate(outsideTheWindow), { message: `${name}: operable, outside the window` })
    .toEqual([]);
  await app.screenshot(`${name}-${NARROW.width}`);
}

/**
 * Where a shown dialog's paper, or something one can operate in it once scrolled into view, lies
 * outside the window (either axis), and whether the dialog takes the whole window:
 * "<what>: <left>..<right> × <top>..<bottom>".
 */
function dialogOutsideTheWindow(): string[] {
  const paper = document.querySelector('[role="dialog"]');
  if (!paper) return ['no dialog'];
  const outside = (box: DOMRect) =>
    box.left < -0.5 || box.right > window.innerWidth + 0.5 || box.top < -0.5 || box.bottom > window.innerHeight + 0.5;
  const where = (what: string, box: DOMRect) =>
    `${what}: ${Math.round(box.left)}..${Math.round(box.right)} × ${Math.round(box.top)}..${Math.round(box.bottom)}`;
  const found: string[] = [];
  const box = paper.getBoundingClientRect();
  if (outside(box)) found.push(where('the dialog', box));
  // At 320×256 a dialog with the usual margins leaves its fields a strip 40 px high: it takes the
  // whole window instead.
  if (box.width < window.innerWidth - 0.5 || box.height < window.innerHeight - 0.5)
    found.push(where('the dialog, not the whole window', box));
  // Text wider than the dialog, cut off by it.
  if (paper.scrollWidth > paper.clientWidth + 0.5) found.push(`the dialog's content: ${paper.scrollWidth} wide`);
  const operable =
    'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="combobox"], [tabindex="0"]';
  for (const element of paper.querySelectorAll(operable)) {
    if (!element.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue;
    const target = element.matches('.PrivateSwitchBase-input') ? element.parentElement! : element;
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const box = target.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30);
    if (outside(box))
      found.push(where(`${element.getAttribute('role') ?? element.tagName.toLowerCase()} ${name}`, box));
  }
  return found;
}

/**
 * At 320 px a dialog takes the whole window, the page behind it does not scroll sideways, and all
 * that one can operate in it can be scrolled into view; then it is closed with Escape.
 */
async function dialogReflows(app: AppHarness, name: string, dialogName: string | RegExp) {
  const { page } = app;
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  const soft = expect.configure({ soft: true, timeout: 5_000 });
  await soft
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
      message: `${name}: the page's width at ${NARROW.width} px`,
    })
    .toBeLessThanOrEqual(NARROW.width);
  await soft
    .poll(() => page.evaluate(outsideTheWindow), { message: `${name}: operable, outside the window` })
    .toEqual([]);
  await soft
    .poll(() => page.evaluate(dialogOutsideTheWindow), { message: `${name}: the dialog, outside the window` })
    .toEqual([]);
  await app.screenshot(`${name}-${NARROW.width}`, { window: true });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** The fictitious demo, `username` logged in, `path` opened, the window 320 px wide. */
async function openNarrow(app: AppHarness, username: string, path = '/') {
  await app.timed('setup:demo', () => call(app.core, 'vault:setup-demo', {}));
  await logInInCore(app, { username, password: DEMO_PASSWORD });
  await app.open(path);
  await resizeWindow(app.page, NARROW);
}

/** Every entry of the navigation this user sees, each page checked. */
async function everyNavigationEntry(app: AppHarness, prefix: string, least = 4) {
  const links = app.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link');
  const names = await links.allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(least);
  for (const [index, name] of names.entries()) {
    await links.nth(index).click();
    await expect(links.nth(index)).toHaveAttribute('aria-current', 'page');
    await reflows(app, `${prefix}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
  }
}

test('op 320 px breed past elke hoofdpagina in het venster (WCAG 1.4.10)', async ({ app }) => {
  test.slow();
  const { page } = app;
  await openNarrow(app, 'regisseur');
  await reflows(app, 'mijn-werk');

  await everyNavigationEntry(app, 'regisseur');

  // A dossier, found as a colleague finds one.
  await page.getByRole('navigation').getByRole('link', { name: 'Casussen', exact: true }).click();
  await field(page, 'Zoeken').fill('Heidehof');
  const list = page.getByRole('listbox', { name: 'Resultaten' });
  await list.getByRole('option').first().click();
  await expect(page.getByRole('tablist', { name: 'Onderdelen van het dossier' })).toBeVisible();
  await reflows(app, 'dossier');

  // A meeting, and as the notulist its minutes.
  await page.getByRole('navigation').getByRole('link', { name: 'Overleggen', exact: true }).click();
  await page.getByRole('link', { name: 'Informatieoverleg (fictief)', exact: true }).click();
  await reflows(app, 'overleg');
  await logInInCore(app, { username: 'notulist', password: DEMO_PASSWORD });
  await app.open('/overleggen');
  await page.getByRole('link', { name: 'Informatieoverleg (fictief)', exact: true }).click();
  await settled(app);
  await page
    .getByRole('link', { name: /Notuleren/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Notuleren|Notulen/ })).toBeVisible();
  await reflows(app, 'notuleren');

  // The beheerder's pages, Beleid among them.
  await logInInCore(app, { username: 'beheer', password: DEMO_PASSWORD });
  await app.open('/');
  await everyNavigationEntry(app, 'beheer');

  // The app bar's language and help are in its "Meer" menu at this width, by keyboard.
  await page.getByRole('navigation').getByRole('link', { name: 'Mijn werk', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  const more = page.getByRole('button', { name: 'Meer' });
  await more.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Meer' });
  await expect(menu.getByRole('menuitemradio', { name: 'Nederlands' })).toHaveAttribute('aria-checked', 'true');
  await expect(menu.getByRole('menuitem', { name: 'Sneltoetsen' })).toBeVisible();
  await app.expectAccessible('meer-menu 320');
  await app.screenshot('meer-menu-320', { window: true });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await menu.getByRole('menuitemradio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menu', { name: 'More' }).getByRole('menuitemradio', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
});

test('op 320 px breed passen de evaluatiepagina’s in het venster (WCAG 1.4.10)', async ({ app }) => {
  test.slow();
  const { page } = app;
  await openNarrow(app, 'evaluator');
  await everyNavigationEntry(app, 'evaluator', 2);

  // The evaluator reads: the rounds, a round's analysis and report, the questionnaires, a
  // province's pool, the recommendations, and the export dialog.
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  const toRounds = async () => {
    await nav.getByRole('link', { name: 'Evaluaties', exact: true }).click();
    await settled(app);
  };
  await toRounds();
  await main.getByRole('table', { name: 'Evaluatierondes' }).getByRole('link').first().click();
  await reflows(app, 'evaluator-ronde');
  await main.getByRole('button', { name: 'Gegevens exporteren' }).click();
  await dialogReflows(app, 'evaluator-ronde-exporteren', 'Gegevens van de ronde exporteren');
  await main.locator('a[href$="/rapport"]').first().click();
  await reflows(app, 'evaluator-rapport');
  await toRounds();
  await main.locator('a[href$="/evaluaties/aanbevelingen"]').click();
  await reflows(app, 'evaluator-aanbevelingen');
  await toRounds();
  await main.locator('a[href*="/evaluaties/provincie/"]').first().click();
  await reflows(app, 'evaluator-provincie');
  await toRounds();
  await main.locator('a[href$="/evaluaties/vragenlijsten"]').click();
  await reflows(app, 'evaluator-vragenlijsten');
  await main.locator('a[href*="/evaluaties/vragenlijsten/"]:not([href$="/nieuw"])').first().click();
  await reflows(app, 'evaluator-vragenlijst');

  // Who runs rounds: a new questionnaire in the builder, a round set up, a paper form, the kiosk.
  await logInInCore(app, { username: 'regisseur', password: DEMO_PASSWORD });
  await app.open('/evaluaties/vragenlijsten/nieuw');
  await reflows(app, 'vragenlijst-nieuw');
  await app.open('/evaluaties/rondes/nieuw');
  await reflows(app, 'ronde-nieuw');
  await toRounds();
  await main.getByRole('table', { name: 'Evaluatierondes' }).getByRole('link').first().click();
  await settled(app);
  await main.locator('a[href$="/instellen"]').click();
  await reflows(app, 'ronde-instellen');
  await page.goBack();
  await settled(app);
  await main.locator('a[href$="/invoeren"]').click();
  await reflows(app, 'papier-invoeren');
  await page.goBack();
  await settled(app);
  await main.getByRole('button', { name: 'Kioskmodus starten' }).click();
  await expect(page.getByRole('form', { name: 'Vragenlijst' })).toBeVisible();
  await reflows(app, 'kiosk');
  await page.getByRole('button', { name: 'Kiosk verlaten' }).click();
  await page.getByRole('dialog', { name: 'Kiosk verlaten' }).getByRole('textbox', { name: 'Wachtwoord' }).fill('fout');
  await page.getByRole('dialog', { name: 'Kiosk verlaten' }).getByRole('button', { name: 'Verlaten' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Kiosk verlaten' }).getByRole('textbox', { name: 'Wachtwoord' }),
  ).toHaveAccessibleDescription('Het huidige wachtwoord klopt niet.');
  await dialogReflows(app, 'kiosk-verlaten', 'Kiosk verlaten');
});

test('op 320 px breed passen de dialogen in het venster (WCAG 1.4.10)', async ({ app }) => {
  test.slow();
  const { page } = app;
  await openNarrow(app, 'regisseur');
  await settled(app);

  // The app bar's: Over and Sneltoetsen in Meer, the password in the user menu.
  await page.getByRole('button', { name: 'Meer' }).click();
  await page.getByRole('menu', { name: 'Meer' }).getByRole('menuitem', { name: /^Over/ }).click();
  await dialogReflows(app, 'over', 'Over CTER Werkplaats');
  await page.getByRole('button', { name: 'Meer' }).click();
  await page.getByRole('menu', { name: 'Meer' }).getByRole('menuitem', { name: 'Sneltoetsen' }).click();
  await dialogReflows(app, 'sneltoetsen', 'Sneltoetsen');
  await page.getByRole('button', { name: /gebruikersmenu/ }).click();
  await page.getByRole('menuitem', { name: 'Wachtwoord wijzigen' }).click();
  await dialogReflows(app, 'wachtwoord-wijzigen', 'Wachtwoord wijzigen');

  // Register a signal (a page), a dossier's status, a meeting's details.
  await app.open('/signalen/nieuw');
  await reflows(app, 'signaal-registreren');
  await page.getByRole('navigation').getByRole('link', { name: 'Casussen', exact: true }).click();
  await field(page, 'Zoeken').fill('Heidehof');
  await page.getByRole('listbox', { name: 'Resultaten' }).getByRole('option').first().click();
  await settled(app);
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await dialogReflows(app, 'status-wijzigen', /Status/);
  await page.getByRole('navigation').getByRole('link', { name: 'Overleggen', exact: true }).click();
  await page.getByRole('link', { name: 'Informatieoverleg (fictief)', exact: true }).click();
  await settled(app);
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await dialogReflows(app, 'overleg-gegevens', /Gegevens/);

  // The beheerder's: a new account.
  await logInInCore(app, { username: 'beheer', password: DEMO_PASSWORD });
  await app.open('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Accounts', exact: true }).click();
  await settled(app);
  await page.getByRole('button', { name: 'Account toevoegen' }).click();
  await dialogReflows(app, 'account-toevoegen', /Account/);
});

test('in een laag venster schuiven de balk en de demobanner met de pagina weg, en staat de focus nooit onder de balk', async ({
  app,
}) => {
  test.slow();
  const { page } = app;
  await openNarrow(app, 'regisseur', '/evaluaties/rondes/nieuw');
  await settled(app);
  const bar = page.locator('header').first();
  // How much of the window's height the page has: what the bar does not cover.
  const usableHeight = () =>
    bar.evaluate((header) => window.innerHeight - Math.max(0, header.getBoundingClientRect().bottom));
  expect(await usableHeight()).toBeLessThan(NARROW.height - 80);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect
    .configure({ soft: true })
    .poll(usableHeight, { message: 'scrolled down, the bar is gone' })
    .toBe(NARROW.height);
  await app.screenshot('laag-venster-onderaan-320', { window: true });

  // Backwards by keyboard from the end of the form: each field scrolls in at the top of the window,
  // never under the bar (WCAG 2.2 2.4.11 Focus Not Obscured).
  await page.getByRole('button', { name: 'Ronde opslaan' }).focus();
  const underTheBar: string[] = [];
  for (let step = 0; step < 30; step++) {
    await page.keyboard.press('Shift+Tab');
    const where = await bar.evaluate((header) => {
      const focused = document.activeElement;
      if (!focused || focused === document.body || header.contains(focused)) return null;
      const box = focused.getBoundingClientRect();
      const covered = box.top < header.getBoundingClientRect().bottom - 0.5 && box.bottom > 0;
      return covered
        ? `${focused.tagName.toLowerCase()} ${(focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim().slice(0, 30)}: ${Math.round(box.top)}`
        : null;
    });
    if (where) underTheBar.push(where);
  }
  expect(underTheBar, 'focused, under the bar').toEqual([]);

  // The skip link still comes first and takes one to the page.
  await focusTopOfDocument(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#inhoud')).toBeFocused();

  // A window of the usual sizes keeps its bar in place.
  for (const size of [
    { width: 1366, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    await resizeWindow(page, size);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(bar).toHaveCSS('position', 'fixed');
    expect(await bar.evaluate((header) => header.getBoundingClientRect().top)).toBe(0);
  }
});
