/// <reference lib="dom" />
// WCAG 2.1 1.4.10 Reflow (AA): at 320 CSS px wide — 1280 px at 400 % zoom — every main page is
// read without scrolling sideways, and nothing one can operate lies outside the window. Walked as
// three roles of the demo environment (every entry of each one's navigation, a dossier, a meeting,
// its minutes), at 320×256, with a screenshot of each page (`<page>-320`).
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

/** Every entry of the navigation this user sees, each page checked. */
async function everyNavigationEntry(app: AppHarness, prefix: string) {
  const links = app.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link');
  const names = await links.allTextContents();
  expect(names.length).toBeGreaterThan(3);
  for (const [index, name] of names.entries()) {
    await links.nth(index).click();
    await expect(links.nth(index)).toHaveAttribute('aria-current', 'page');
    await reflows(app, `${prefix}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
  }
}

test('op 320 px breed past elke hoofdpagina in het venster (WCAG 1.4.10)', async ({ app }) => {
  test.slow();
  const { page } = app;
  await app.timed('setup:demo', () => call(app.core, 'vault:setup-demo', {}));
  await logInInCore(app, { username: 'regisseur', password: DEMO_PASSWORD });
  await app.open('/');
  await resizeWindow(page, NARROW);
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
