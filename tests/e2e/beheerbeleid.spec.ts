/// <reference lib="dom" />
// The administrator's policy end to end (issue 23): core started with a policy as main.ts gives it
// (the harness option `adminPolicy`: what the policy reader returns). The first-run wizard without
// the demo and with the data folder fixed; Beheer > Beleid with the lock time fixed (*Beheerd door
// uw organisatie*, the field not editable, a save that tries anyway refused by core); the about
// dialog naming a value of the policy that was ignored. Screenshots at 1366×900 and 1024×768.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAdminPolicy } from '../../src-shared/domain/admin-policy';
import type { Policy } from '../../src-shared/ipc/policy';
import { call } from '../integration/helpers';
import { expect, test, type AppHarness } from './harness/fixtures';
import { field } from './harness/locators';
import { openAsBeheerder } from './harness/session';
import { resizeWindow } from './harness/sizes';

const PASSWORD = 'Fietsen door de regen naar huis';

/** Axe and a screenshot at the app's usual window, then at the smallest supported one. */
async function atBothSizes(app: AppHarness, name: string) {
  await resizeWindow(app.page, { width: 1366, height: 900 });
  await app.expectAccessible(`${name} 1366`);
  await app.screenshot(`${name}-1366x900`);
  await resizeWindow(app.page, { width: 1024, height: 768 });
  await app.expectAccessible(`${name} 1024`);
  await app.screenshot(`${name}-1024x768`);
  await resizeWindow(app.page, { width: 1366, height: 900 });
}

test.describe('een werkplek zonder demo-omgeving, met een vaste gegevensmap', () => {
  // A folder of this file's own, not made yet (core makes it); the harness removes it afterwards.
  test.use({
    adminPolicy: parseAdminPolicy({ OfferDemo: 'nee', DataFolder: join(tmpdir(), `cter-e2e-beheerd-${randomUUID()}`) }),
  });

  test('de installatiewizard biedt geen demo en toont de map van de organisatie', async ({ app }) => {
    await app.open('/');
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Stap 1 van 5: Welkom' })).toBeVisible();
    await expect(page.getByRole('radio')).toHaveCount(3);
    await expect(page.getByRole('radio', { name: /Nieuwe installatie/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: /Back-up terugzetten/ })).toBeVisible();
    await expect(page.getByRole('radio', { name: /Verbinden met een CTER-server/ })).toBeVisible();
    await expect(page.getByText('Demo-omgeving met fictieve gegevens')).toHaveCount(0);
    await atBothSizes(app, 'welkom zonder demo');
    await page.getByRole('button', { name: 'Volgende' }).click();

    await expect(page.getByRole('heading', { name: 'Stap 2 van 5: Beheerder' })).toBeFocused();
    await field(page, 'Naam').fill('Fatima el Amrani');
    await field(page, 'Gebruikersnaam').fill('f.elamrani');
    await field(page, 'Wachtwoord').fill(PASSWORD);
    await field(page, 'Wachtwoord herhalen').fill(PASSWORD);
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Gegevenslocatie: the organisation's folder, and no way to choose another.
    await expect(page.getByRole('heading', { name: 'Stap 3 van 5: Gegevenslocatie' })).toBeFocused();
    expect(app.dataDir).toMatch(/cter-e2e-beheerd-/);
    await expect(page.getByText('Map die uw organisatie heeft vastgesteld:')).toBeVisible();
    await expect(page.getByText(app.dataDir, { exact: true })).toBeVisible();
    await expect(page.getByText(/^Beheerd door uw organisatie: op deze werkplek kunt u geen andere map/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Andere map kiezen…' })).toHaveCount(0);
    await atBothSizes(app, 'vaste gegevensmap');
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Herstelsleutel and Controleren as always; the database lands in the organisation's folder.
    await expect(page.getByRole('heading', { name: 'Stap 4 van 5: Herstelsleutel' })).toBeFocused();
    const groupList = page.getByRole('list', { name: 'Herstelsleutel, in genummerde groepen' });
    const groups = await groupList.locator('li > span:nth-child(2)').allTextContents();
    await page.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
    await expect(page.getByRole('heading', { name: 'Stap 5 van 5: Controleren' })).toBeFocused();
    const intro = await page.getByText(/^Typ ter controle groep/).innerText();
    const [, first, second] = (/groep (\d+) en groep (\d+)/.exec(intro) ?? []).map(Number) as [number, number, number];
    const fields = page.getByRole('textbox', { name: /^Groep \d+$/ });
    await fields.nth(0).fill(groups[first - 1]!);
    await fields.nth(1).fill(groups[second - 1]!);
    await page.getByRole('button', { name: 'Installatie voltooien' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
    expect(existsSync(join(app.dataDir, 'cter-werkplaats.db'))).toBe(true);
    // Core refuses the demo too, should a page ask for it anyway.
    expect(app.calls.filter((made) => made.channel === 'vault:setup-demo')).toEqual([]);
  });
});

test.describe('een vaste vergrendeltijd en een ongeldige waarde in het beleid', () => {
  test.use({ adminPolicy: parseAdminPolicy({ IdleLockMinutes: 3, RetentionMinimumYears: 'altijd' }) });

  test('Beleid toont de vergrendeltijd als beheerd; Over noemt de genegeerde waarde', async ({ app }) => {
    await openAsBeheerder(app, '/beheer/beleid');
    const { page } = app;
    const minutes = field(page, 'Vergrendelen na (minuten)');
    await expect(minutes).toHaveValue('3');
    await expect(minutes).toBeDisabled();
    await expect(minutes).toHaveAccessibleDescription('Beheerd door uw organisatie');
    // The ignored minimum leaves the retention period as the installation has it: 1 to 20.
    const years = field(page, 'Bewaartermijn na afsluiten (jaren)');
    await expect(years).toBeEditable();
    await expect(years).toHaveAccessibleDescription('Een getal van 1 tot en met 20.');
    await atBothSizes(app, 'beleid beheerd');

    // A save changes what may change, never the lock time.
    await years.fill('8');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(
      'Opgeslagen: het scherm wordt vergrendeld na 3 minuten zonder activiteit; de bewaartermijn is 8 jaar na het afsluiten van een casus.',
    );
    expect(await call<Policy>(app.core, 'policy:get')).toEqual({ idleMinutes: 3, retentionYears: 8 });
    // A page that sends another lock time anyway (as a tampered renderer would): core refuses it.
    app.tamper('policy:update', (input) => ({ ...(input as Policy), idleMinutes: 30 }));
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Deze instelling wordt beheerd door uw organisatie en kan hier niet worden gewijzigd.',
    );
    expect(app.calls.at(-1)).toEqual({ channel: 'policy:update', ok: false, code: 'MANAGED_BY_POLICY' });
    // The confirmation beside the button went with the new attempt: nothing claims a save.
    await expect(page.getByText(/^Opgeslagen:/)).toHaveCount(0);
    expect(await call<Policy>(app.core, 'policy:get')).toEqual({ idleMinutes: 3, retentionYears: 8 });
    await atBothSizes(app, 'beleid geweigerd');

    // Help > Over CTER Werkplaats: the value that was ignored, and that settings are managed.
    app.menu('about');
    const about = page.getByRole('dialog', { name: 'Over CTER Werkplaats' });
    await expect(about).toBeVisible();
    await expect(about.getByRole('listitem')).toHaveText(['RetentionMinimumYears: geen geldige waarde.']);
    await expect(about.getByText(/^Deze waarden in het beleid van uw organisatie zijn genegeerd/)).toBeVisible();
    await expect(about.getByText('Een deel van de instellingen wordt beheerd door uw organisatie.')).toBeVisible();
    await atBothSizes(app, 'over met genegeerde waarde');
    await page.keyboard.press('Escape');
    await expect(about).toBeHidden();
  });
});
