/// <reference lib="dom" />
// Beleid: the minutes after which an idle session locks, checked (1-60) and applied at once.
import { expect, test } from './harness/fixtures';
import { field } from './harness/locators';
import { openAsBeheerder } from './harness/session';

test('beleid: het scherm vergrendelt na het ingestelde aantal minuten', async ({ app }) => {
  await openAsBeheerder(app, '/beheer/beleid');
  const { page } = app;
  const minutes = field(page, 'Vergrendelen na (minuten)');
  await expect(minutes).toHaveValue('10');
  await minutes.fill('90');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(minutes).toHaveAccessibleDescription('Vul hoogstens 60 in.');
  await app.expectAccessible('beleid met fout');
  await app.screenshot('beleid-fout');
  await minutes.fill('2');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Opgeslagen: het scherm wordt vergrendeld na 2 minuten zonder activiteit.',
  );
  app.clock.advance(60 * 1000);
  expect(await app.core.checkIdle()).toBe(false);
  app.clock.advance(61 * 1000);
  expect(await app.core.checkIdle()).toBe(true);
  await expect(page.getByRole('status')).toHaveText(/vergrendeld na inactiviteit/i);
});
