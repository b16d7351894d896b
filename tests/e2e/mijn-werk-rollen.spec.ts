/// <reference lib="dom" />
// Mijn werk per role (issue 21 item 9), in the demo environment where it was seen: each role's start
// page shows what that role does next, at 1366×900 and at 1024×768. On the SQLCipher project only:
// the demo environment belongs to the encrypted file (a PostgreSQL store or a CTER server has none).
import { expect, test } from './harness/fixtures';
import { DEMO_PASSWORD } from '../../src-main/core/demo/seed';
import { logInInCore } from './harness/casework';
import { demoAs } from './harness/figures-data';
import { resizeWindow } from './harness/sizes';

test('elke rol ziet op de startpagina wat zij als volgende doet: notulist, evaluator en beheerder', async ({ app }) => {
  // Issue 21 item 9, in the demo environment where it was seen: at 1366×900 and at 1024×768.
  test.slow();
  await demoAs(app, 'notulist');
  await app.open('/');
  const { page } = app;
  const section = (name: string) => page.getByRole('region', { name });
  const bothSizes = async (name: string) => {
    await app.expectAccessible(name);
    await app.screenshot(`${name}-1366`);
    await resizeWindow(page, { width: 1024, height: 768 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await app.screenshot(`${name}-1024`);
    await resizeWindow(page, { width: 1366, height: 900 });
  };

  // The notulist: her meetings, not the signals she cannot weigh nor actions she cannot change.
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  await expect(page.getByText('Uw overleggen: wat er komt')).toBeVisible();
  await expect(section('Overleggen die komen')).toBeVisible();
  await expect(section('Notulen af te maken')).toBeVisible();
  await expect(section('Signalen die wachten op weging')).toHaveCount(0);
  await expect(section('Acties over de deadline')).toHaveCount(0);
  await expect(page.getByText('Signaal wegen')).toHaveCount(0);
  expect(app.calls.map((call) => call.channel)).not.toContain('work:mine');
  const finish = section('Notulen af te maken').getByRole('link');
  if ((await finish.count()) > 0) {
    await expect(finish.first()).toHaveAttribute('href', /\/overleggen\/\d+\/notuleren$/);
    await expect(finish.first()).toContainText('Notulen afmaken');
  }
  await bothSizes('notulist');

  // The evaluator: the evaluation rounds, open ones first, each a way to its figures.
  await logInInCore(app, { username: 'evaluator', password: DEMO_PASSWORD });
  await app.open('/');
  const rounds = section('Evaluatierondes');
  await expect(rounds).toBeVisible();
  await expect(rounds.getByRole('link').first()).toHaveAttribute('href', /\/evaluaties\/\d+$/);
  await expect(section('Uw onderdelen')).toBeVisible();
  await bothSizes('evaluator');

  // The beheerder: retention due, the audit check, the accounts; no case data.
  await logInInCore(app, { username: 'beheer', password: DEMO_PASSWORD });
  await app.open('/');
  const admin = section('Nu te doen');
  await expect(admin.getByRole('link')).toHaveText([/^Bewaartermijn/, /^Auditlog controleren/, /^Accounts/]);
  await expect(admin.getByRole('link', { name: /^Accounts/ })).toContainText(/\d+ accounts: \d+ met een tijdelijk/);
  // Counted in core: the start page does not read the Bewaartermijn page's lists to count them.
  const channels = app.calls.map((call) => call.channel);
  expect(channels).toContain('retention:due-count');
  expect(channels).not.toContain('retention:due');
  expect(channels).not.toContain('retention:due-trajectories');
  await bothSizes('beheerder');
  await admin.getByRole('link', { name: /^Auditlog controleren/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auditlog' })).toBeVisible();
});
