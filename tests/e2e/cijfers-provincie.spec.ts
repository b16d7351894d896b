// Cijfers of several houses (issue 18 point 7): a procesregisseur sees the exact figures of her own
// regions and, in a second view, "Provincie (beveiligd)"; the provincial coordinator, who has no
// house, sees only the province view: the published tables (the export's), small counts "<5",
// their footnotes, and prints the same. Everything fictitious.
import { call, codeOf } from '../integration/helpers';
import { expect, test } from './harness/fixtures';
import { addAccountDirectly, logInInCore } from './harness/casework';
import { asRegisseur, registerSignal } from './harness/figures-data';
import { setUp } from './harness/session';
import { resizeWindow } from './harness/sizes';

const COORDINATOR = {
  username: 'provincie',
  displayName: 'Paula Provincie (fictief)',
  password: 'wachtwoord van de provincie 2026',
  roles: ['coordinator' as const],
  regionIds: [],
};

test('cijfers: de provincie beveiligd naast de eigen regio’s; de coördinator ziet alleen de provincie', async ({
  app,
}) => {
  await setUp(app);
  await asRegisseur(app);
  for (let i = 1; i <= 7; i++)
    await registerSignal(app, {
      naam: `Persoon ${i} (fictief)`,
      geboortedatum: '2007-01-01',
      ontvangen: `2025-04-0${i}`,
    });
  // One signal in Berkenstein (ZVH Midden): a count of 1 there.
  await registerSignal(app, {
    naam: 'Midden Persoon (fictief)',
    geboortedatum: '2001-05-05',
    ontvangen: '2025-05-01',
    gemeenteId: 12,
    ideologie: 'links_extremistisch',
  });
  const { page } = app;

  // The procesregisseur: her own regions exact, the province as a second view (by keyboard).
  await app.open('/cijfers?van=2025&tot=2025');
  const own = page.getByRole('tab', { name: "Eigen regio's (exact)" });
  await expect(own).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Getoond' })).toHaveText(
    "Getoond: 2025, Alle regio's — 8 nieuwe signalen.",
  );
  await own.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Provincie (beveiligd)' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('Provincie (beveiligd): de cijfers van alle ZVH');
  expect(page.url()).toContain('weergave=provincie');
  await app.expectAccessible('cijfers provincie voor een regisseur');

  // The coordinator: no house, no exact counts; the province only.
  await addAccountDirectly(app, COORDINATOR);
  await logInInCore(app, COORDINATOR);
  expect(await codeOf(app.core, 'figures:dashboard', { fromYear: 2025, toYear: 2025 })).toBe('FORBIDDEN');
  await app.open('/');
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Cijfers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cijfers' })).toBeFocused();
  await expect(page.getByRole('tab')).toHaveCount(0);
  await expect(page.getByText('Intern: deze schermcijfers zijn exact')).toHaveCount(0);
  // Only the years: no region to choose.
  await expect(page.getByLabel('ZVH-regio')).toHaveCount(0);
  await page.getByLabel('Van jaar').selectOption('2025');
  await page.getByLabel('Tot en met jaar').selectOption('2025');
  await expect(page.getByRole('status').filter({ hasText: 'Getoond' })).toHaveText(
    "Getoond: 2025, provincie (alle ZVH's) — beveiligd.",
  );
  const ideologie = page.getByRole('table', { name: 'Tabel: Signalen per jaar naar ideologie' });
  await expect(ideologie.getByRole('row', { name: '2025' })).toHaveText('20257<5x');
  const gemeenten = page.getByRole('table', { name: 'Tabel: Signalen per gemeente' });
  await expect(gemeenten.getByRole('row', { name: 'Berkenstein' })).toHaveText('Berkenstein<5');
  await expect(page.getByText('<5 = een aantal van 1 tot en met 4 (verborgen).').first()).toBeVisible();
  const cells = await page.locator('main td').allInnerTexts();
  expect(cells.filter((text) => /^[1-4]$/.test(text.trim()))).toEqual([]);
  // What the page shows is what core published: nothing exact reached the window.
  const published = await call<{ houseRegionIds: number[] }>(app.core, 'figures:published', {
    fromYear: 2025,
    toYear: 2025,
  });
  expect(published.houseRegionIds).toEqual([]);
  await app.expectAccessible('cijfers provincie voor de coordinator');
  await app.screenshot('cijfers-provincie-1366');
  await resizeWindow(page, { width: 1024, height: 768 });
  await app.expectAccessible('cijfers provincie smal');
  await app.screenshot('cijfers-provincie-1024');
  await resizeWindow(page, { width: 1366, height: 900 });

  // The year report of the province: the published tables with their footnotes.
  await page.getByRole('button', { name: 'Jaarrapport afdrukken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jaarrapport CTER-cijfers 2025' })).toBeFocused();
  const sheet = page.getByRole('article', { name: 'Jaarrapport CTER-cijfers 2025' });
  await expect(sheet).toContainText("Provincie: alle ZVH's op deze installatie");
  await expect(sheet.getByRole('table')).toHaveCount(6);
  await expect(sheet.getByRole('table', { name: 'Tabel: Signalen per jaar naar ideologie' })).toContainText('<5');
  const printed = await sheet.locator('td').allInnerTexts();
  expect(printed.filter((text) => /^[1-4]$/.test(text.trim()))).toEqual([]);
  await app.expectAccessible('jaarrapport provincie');
  await app.screenshot('jaarrapport-provincie');
});
