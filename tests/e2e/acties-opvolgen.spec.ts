/// <reference lib="dom" />
// Acties opvolgen with a long list (issue 21, item 2): it opens on what is still to be done, the
// nearest deadline first, a page of 50 at a time; the finished actions come after the open ones
// when all are asked for.
import { expect, test } from './harness/fixtures';
import { day, dispatch, openAsRegisseur, registerSignal } from './harness/casework';
import { field, pickOption } from './harness/locators';
import { atBothSizes, resizeWindow } from './harness/sizes';

test('acties opvolgen opent op wat nog moet gebeuren, 50 per keer, de dichtstbijzijnde deadline eerst', async ({
  app,
}) => {
  // 59 actions, and the first page looked at in two window sizes (axe and a long screenshot each).
  test.slow();
  await openAsRegisseur(app);
  const { page } = app;
  const busy = await registerSignal(app, { naam: 'Veel Acties (fictief)' });
  const action = (n: number, deadline: string, status: string) =>
    dispatch(app, 'cases:save-action', {
      caseId: busy.caseId,
      soort: 'actie',
      omschrijving: `Actie ${String(n).padStart(2, '0')} (fictief)`,
      actiehouderPartner: 'gemeente',
      actiehouderNaam: 'Actiehouder (fictief)',
      deadline,
      status,
    });
  // 53 still to be done (the first one late), 6 finished long ago.
  for (let n = 1; n <= 53; n++) await action(n, day(n - 2), n % 2 ? 'open' : 'lopend');
  for (let n = 54; n <= 59; n++) await action(n, day(-400 - n), 'afgerond');

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Acties opvolgen' }).click();
  const actions = page.getByRole('table', { name: 'Acties opvolgen' });
  await expect(field(page, 'Status')).toContainText('Nog te doen (open of lopend)');
  await expect(actions.getByRole('row')).toHaveCount(51);
  await expect(actions.getByRole('row').nth(1)).toContainText('Actie 01 (fictief)');
  await expect(actions.getByRole('row').nth(1)).toContainText('(verlopen)');
  await expect(actions.getByRole('row').nth(50)).toContainText('Actie 50 (fictief)');
  await expect(page.getByText('50 van 53 getoond')).toBeVisible();
  // Issue 21 item 2 at both sizes: the first 50 open actions, the nearest deadline first.
  await atBothSizes(app, 'eerste-50', async () => {
    await expect(actions.getByRole('row')).toHaveCount(51);
    await expect(actions.getByRole('row').nth(1)).toContainText('Actie 01 (fictief)');
    const withinItsBox = (table: HTMLElement) => table.offsetWidth <= table.parentElement!.clientWidth;
    expect(await actions.evaluate(withinItsBox)).toBe(true);
    await expect(page.getByText('50 van 53 getoond')).toBeVisible();
  });

  // The last three, with the keyboard; focus lands on the count, not nowhere.
  const more = page.getByRole('button', { name: 'Nog 3 tonen' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(actions.getByRole('row')).toHaveCount(54);
  await expect(page.getByText('53 van 53 getoond')).toBeFocused();
  await expect(more).toBeHidden();

  // All statuses: the open ones first, then what was finished, the latest first; back to page 1.
  await field(page, 'Status').click();
  await pickOption(page, 'Alle', { exact: true });
  await expect(page.getByText('50 van 59 getoond')).toBeVisible();
  await page.getByRole('button', { name: 'Nog 9 tonen' }).click();
  await expect(actions.getByRole('row').nth(54)).toContainText('Actie 54 (fictief)');
  await expect(actions.getByRole('row').nth(59)).toContainText('Actie 59 (fictief)');
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await app.expectAccessible('acties opvolgen, alle');

  await resizeWindow(page, { width: 1024, height: 768 });
  await field(page, 'Status').click();
  await pickOption(page, 'Nog te doen (open of lopend)', { exact: true });
  await expect(page.getByText('50 van 53 getoond')).toBeVisible();
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await app.expectAccessible('acties opvolgen 1024');
  await app.screenshot('1024');
});
