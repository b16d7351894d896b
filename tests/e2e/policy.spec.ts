/// <reference lib="dom" />
// Beleid: the minutes after which an idle session locks, checked (1-60) and applied at once; the
// retention period in years after closing a casus, checked (1-20).
import type { Policy } from '../../src-shared/ipc/policy';
import { call } from '../integration/helpers';
import { expect, test } from './harness/fixtures';
import { field } from './harness/locators';
import { atBothSizes, expectCoversNothing } from './harness/sizes';
import { openAsBeheerder } from './harness/session';
import { fieldBorders } from './harness/contrast';

test('beleid: het scherm vergrendelt na het ingestelde aantal minuten', async ({ app }) => {
  await openAsBeheerder(app, '/beheer/beleid');
  const { page } = app;
  const minutes = field(page, 'Vergrendelen na (minuten)');
  await expect(minutes).toHaveValue('10');
  // Where each field is shows in its border, at 3:1 or more against the page (WCAG 1.4.11).
  const borders = await fieldBorders(page);
  expect(borders.length).toBeGreaterThan(0);
  expect(borders.filter((b) => b.ratio < 3)).toEqual([]);
  await minutes.fill('90');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(minutes).toHaveAccessibleDescription('Vul hoogstens 60 in.');
  await app.expectAccessible('beleid met fout');
  await app.screenshot('beleid-fout');
  await minutes.fill('2');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(
    'Opgeslagen: het scherm wordt vergrendeld na 2 minuten zonder activiteit; de bewaartermijn is 5 jaar na het afsluiten van een casus.',
  );
  // Every call counts as activity: the save's follow-up reads must be in before the clock moves.
  await app.callsSettled();
  app.clock.advance(60 * 1000);
  expect(await app.core.checkIdle()).toBe(false);
  app.clock.advance(61 * 1000);
  expect(await app.core.checkIdle()).toBe(true);
  // The lock screen replaces the page; until it does, Beleid's own save confirmations are status
  // regions too (kit/SaveRow), so the lock's is looked for by its text.
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /vergrendeld na inactiviteit/i })).toBeVisible();
});

test('beleid: de bewaartermijn na afsluiten in jaren', async ({ app }) => {
  await openAsBeheerder(app, '/beheer/beleid');
  const { page } = app;
  const years = field(page, 'Bewaartermijn na afsluiten (jaren)');
  await expect(years).toHaveValue('5');
  await expect(years).toHaveAccessibleDescription('Een getal van 1 tot en met 20.');
  await years.fill('21');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(years).toHaveAccessibleDescription('Vul hoogstens 20 in.');
  await expect(years).toBeFocused();
  await years.fill('');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(years).toHaveAccessibleDescription('Dit veld is verplicht.');
  await app.expectAccessible('bewaartermijn met fout');
  await app.screenshot('bewaartermijn-fout');
  await years.fill('7');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Opgeslagen' });
  await expect(saved).toHaveText(
    'Opgeslagen: het scherm wordt vergrendeld na 10 minuten zonder activiteit; de bewaartermijn is 7 jaar na het afsluiten van een casus.',
  );
  // The confirmation covers nothing the user reads, at either size (a notice at the bottom of the
  // window lay over the field's hint at 1024×768 and over the next section at 1366×900).
  await atBothSizes(app, 'beleid-opgeslagen-bevestiging', () => expectCoversNothing(saved));
  // The notice belongs to this page: a while later, another page does not show it (issue 21).
  app.clock.advance(2000);
  await app.clock.pageFollowed();
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Mijn werk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  await expect(page.getByText(/^Opgeslagen: het scherm wordt vergrendeld/)).toHaveCount(0);
  await atBothSizes(app, 'melding-weg-na-navigatie');
  expect(await call<Policy>(app.core, 'policy:get')).toEqual({ idleMinutes: 10, retentionYears: 7 });
  // Read again on opening the page: the value is kept.
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beleid' }).click();
  await expect(field(page, 'Bewaartermijn na afsluiten (jaren)')).toHaveValue('7');
  await page.reload();
  await expect(field(page, 'Bewaartermijn na afsluiten (jaren)')).toHaveValue('7');
  await app.expectAccessible('beleid opgeslagen');
  await app.screenshot('beleid-opgeslagen');
});
