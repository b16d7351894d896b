/// <reference lib="dom" />
// The set-up wizard on a fresh workstation, through the UI: a password that is too short and a
// mistyped recovery-key group are refused while everything typed stays; the recovery key sheet is
// saved as PDF; finishing logs the new beheerder in on Mijn werk.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { field } from './harness/locators';

const PASSWORD = 'Fietsen door de regen naar huis';

test('de installatiewizard richt een nieuwe installatie in', async ({ app }) => {
  await app.open('/');
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'CTER Werkplaats inrichten' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stap 1 van 5: Welkom' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Nieuwe installatie/ })).toBeChecked();
  await app.expectAccessible('welkom');
  await app.screenshot('welkom');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // Beheerder: the heading of the new step has focus; a short password is refused next to the field.
  await expect(page.getByRole('heading', { name: 'Stap 2 van 5: Beheerder' })).toBeFocused();
  await field(page, 'Naam').fill('Fatima el Amrani');
  await field(page, 'Gebruikersnaam').fill('f.elamrani');
  await field(page, 'Wachtwoord').fill('kort');
  await field(page, 'Wachtwoord herhalen').fill('kort');
  await page.getByRole('button', { name: 'Volgende' }).click();
  const password = field(page, 'Wachtwoord');
  await expect(page.getByText('Gebruik minstens 12 tekens. Een zin van een paar woorden werkt goed.')).toBeVisible();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toBeFocused();
  await expect(field(page, 'Gebruikersnaam')).toHaveValue('f.elamrani');
  await app.expectAccessible('beheerder met te kort wachtwoord');
  await app.screenshot('te-kort-wachtwoord');
  await password.fill(PASSWORD);
  await field(page, 'Wachtwoord herhalen').fill(PASSWORD);
  await page.getByRole('button', { name: 'Volgende' }).click();

  // Gegevenslocatie: the default folder, then a folder chosen in (core's) folder dialog.
  await expect(page.getByRole('heading', { name: 'Stap 3 van 5: Gegevenslocatie' })).toBeFocused();
  await expect(page.getByText(app.dataDir, { exact: true })).toBeVisible();
  const folder = join(app.filesDir, 'versleutelde-schijf');
  app.dialogs.answer(folder);
  await page.getByRole('button', { name: 'Andere map kiezen…' }).click();
  await expect(page.getByText('Gekozen map:')).toBeVisible();
  await expect(page.getByText(folder, { exact: true })).toBeVisible();
  await app.expectAccessible('gegevenslocatie');
  await app.screenshot('gegevenslocatie');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // Herstelsleutel: 14 groups of 4, printed to PDF from the A4 print view.
  await expect(page.getByRole('heading', { name: 'Stap 4 van 5: Herstelsleutel' })).toBeFocused();
  const groupList = page.getByRole('list', { name: 'Herstelsleutel, in genummerde groepen' });
  const groups = await groupList.locator('li > span:nth-child(2)').allTextContents();
  expect(groups).toHaveLength(14);
  for (const group of groups) expect(group).toMatch(/^[0-9A-Z]{4}$/);
  await app.expectAccessible('herstelsleutel');
  await app.screenshot('herstelsleutel');
  await page.getByRole('button', { name: 'Afdrukken…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Herstelsleutel CTER Werkplaats' })).toBeFocused();
  await app.expectAccessible('afdrukvoorbeeld herstelsleutel');
  await app.screenshot('afdrukvoorbeeld-herstelsleutel');
  await page.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(page.getByRole('status')).toContainText('Opgeslagen als herstelsleutel-cter-werkplaats.pdf.');
  expect(app.dialogs.saved).toHaveLength(1);
  expect(app.dialogs.saved[0]).toMatchObject({ name: 'herstelsleutel-cter-werkplaats.pdf', kind: 'pdf' });
  expect(statSync(app.dialogs.saved[0]!.path).size).toBeGreaterThan(1000);
  await page.getByRole('button', { name: 'Terug naar het inrichten' }).click();
  await page.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();

  // Controleren: a wrong group is refused by core and marked; what was typed stays.
  await expect(page.getByRole('heading', { name: 'Stap 5 van 5: Controleren' })).toBeFocused();
  await expect(groupList).toHaveCount(0);
  const fields = page.getByRole('textbox', { name: /^Groep \d+$/ });
  await expect(fields).toHaveCount(2);
  const intro = await page.getByText(/^Typ ter controle groep/).innerText();
  const [, first, second] = (/groep (\d+) en groep (\d+)/.exec(intro) ?? []).map(Number) as [number, number, number];
  await expect(fields.nth(0)).toHaveAccessibleName(`Groep ${first}`);
  await fields.nth(0).fill(groups[first - 1]!.toLowerCase());
  await fields.nth(1).fill(groups[second - 1] === 'ZZZZ' ? 'YYYY' : 'ZZZZ');
  await expect(page.getByText('Fatima el Amrani (f.elamrani)')).toBeVisible();
  await page.getByRole('button', { name: 'Installatie voltooien' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'De overgetypte groepen komen niet overeen met de herstelsleutel.',
  );
  await expect(page.getByText('Deze groep komt niet overeen met de herstelsleutel.')).toBeVisible();
  await expect(fields.nth(1)).toBeFocused();
  await expect(fields.nth(0)).toHaveValue(groups[first - 1]!.toLowerCase());
  await app.expectAccessible('verkeerde groep');
  await app.screenshot('verkeerde-groep');
  await fields.nth(1).fill(groups[second - 1]!);
  await page.getByRole('button', { name: 'Installatie voltooien' }).click();

  // Done: logged in as the new beheerder, the database in the chosen folder.
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fatima el Amrani, gebruikersmenu' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Accounts' }),
  ).toBeVisible();
  expect(existsSync(join(folder, 'cter-werkplaats.db'))).toBe(true);
  await app.expectAccessible('ingericht');
});
