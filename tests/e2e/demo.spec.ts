/// <reference lib="dom" />
// The demo environment: made from the wizard's first step, it shows its fictitious accounts and
// their password on the login screen, and a banner on every screen; it can be left again.
import { expect, test } from './harness/fixtures';
import { logInThroughForm, logOut } from './harness/session';
import { atBothSizes } from './harness/sizes';

test('de demo-omgeving toont fictieve accounts en een banner', async ({ app }) => {
  // Making the demo derives a key for each of its accounts (deliberately slow) and writes a few
  // hundred fictitious persons through the case services: allow for that.
  test.slow();
  await app.open('/');
  const { page } = app;
  await page.getByRole('radio', { name: /Demo-omgeving met fictieve gegevens/ }).check();
  await page.getByRole('button', { name: 'Demo-omgeving inrichten' }).click();

  // The login screen, with the banner and the accounts to try.
  const banner = page.getByText('Demo-omgeving — alleen fictieve gegevens');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible({ timeout: 150_000 });
  await expect(banner).toBeVisible();
  // Nobody logged in yet, so nobody was logged out (issue 21: "U bent afgemeld." right after set-up).
  await expect(page.getByText('U bent afgemeld.')).toHaveCount(0);
  const demo = page.getByRole('region', { name: 'Demo-omgeving' });
  const accounts = demo.getByRole('table', { name: 'Demo-omgeving' });
  await expect(accounts.getByRole('row', { name: /regisseur/ })).toContainText('Procesregisseur');
  await expect(accounts.getByRole('row', { name: /beheer/ })).toContainText('Beheerder');
  const password = await demo.locator('code').last().innerText();
  expect(password.length).toBeGreaterThanOrEqual(12);
  await app.expectAccessible('demo aanmelden');
  await app.screenshot('demo-aanmelden');
  await atBothSizes(app, 'demo-aanmelden', () => expect(page.getByText('U bent afgemeld.')).toHaveCount(0));

  // A procesregisseur of the demo: Mijn werk, the banner, no beheer pages.
  await logInThroughForm(app, 'regisseur', password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  await expect(banner).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ravi Procesregisseur (fictief), gebruikersmenu' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Beheer' })).toHaveCount(0);
  await app.expectAccessible('demo mijn werk');
  await app.screenshot('demo-mijn-werk');
  // Late actions can be told apart (issue 21 item 2): each names its casus and what it asks, no two
  // read the same, and the demo leaves none years overdue ("3188 dagen te laat").
  const late = page.getByRole('region', { name: 'Acties over de deadline' }).getByRole('link');
  await expect(late.first()).toBeVisible();
  const texts = (await late.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  expect(new Set(texts).size).toBe(texts.length);
  for (const text of texts) {
    expect(text).toMatch(/CTER-\d{4}-\d{4}/);
    expect(Number(/(\d+) dagen? te laat/.exec(text)?.[1] ?? 0)).toBeLessThanOrEqual(90);
  }
  await atBothSizes(app, 'demo-mijn-werk');

  // Leaving the demo brings back the first-run wizard (no real database exists yet).
  await logOut(app);
  await page.getByRole('button', { name: 'Demo-omgeving verlaten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CTER Werkplaats inrichten' })).toBeVisible();
  await expect(banner).toHaveCount(0);
});
