/// <reference lib="dom" />
// Account management by a beheerder, and what a new account sees: a temporary password shown
// once, the forced choice of an own password at first login, the ZVH regions whose cases the
// account sees, and navigation without Beheer for a procesregisseur.
import { expect, test } from './harness/fixtures';
import { field } from './harness/locators';
import { atBothSizes, expectDialogActionsInView } from './harness/sizes';
import { lockAndUnlock } from './harness/casework';
import { addAccount, BEHEERDER, logInThroughForm, logOut, openAsBeheerder } from './harness/session';

const PRIYA_PASSWORD = 'Koffie met koek om tien uur';

test('een nieuw account kiest bij de eerste aanmelding een eigen wachtwoord en ziet geen Beheer', async ({ app }) => {
  // Four logins and two new key slots, each a deliberately slow key derivation.
  test.slow();
  await openAsBeheerder(app, '/beheer/accounts');
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await app.expectAccessible('accounts');
  await app.screenshot('accounts');

  // Add: empty fields are refused next to each field.
  await page.getByRole('button', { name: 'Account toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Account toevoegen' });
  await dialog.getByRole('button', { name: 'Account toevoegen' }).click();
  await expect(dialog.getByText('Dit veld is verplicht.')).toBeVisible();
  await expect(dialog.getByText('Kies ten minste één rol.')).toBeVisible();
  await expect(field(dialog, 'Naam')).toBeFocused();
  await app.expectAccessible('account toevoegen met fouten');
  await app.screenshot('account-toevoegen-fouten');
  await field(dialog, 'Naam').fill('Priya Procesregisseur');
  await field(dialog, 'Gebruikersnaam').fill('priya');
  await dialog.getByRole('checkbox', { name: 'Procesregisseur' }).check();
  await expect(dialog.getByRole('group', { name: "ZVH-regio's" })).toContainText(
    "Het eigen huis: wie met casussen werkt, ziet alleen de casussen van deze regio's",
  );
  await dialog.getByRole('checkbox', { name: 'ZVH Noord (voorbeeld)' }).check();
  await dialog.getByRole('checkbox', { name: 'ZVH Zuid (voorbeeld)' }).check();
  // Locked before adding it (Ctrl+L): the dialog opens again with what was typed, but not the
  // temporary password — a password is never kept in memory over a lock; core then makes one.
  await field(dialog, 'Tijdelijk wachtwoord (optioneel)').fill('Niet bewaren over een vergrendeling');
  await lockAndUnlock(page, BEHEERDER.password);
  await expect(field(dialog, 'Naam')).toHaveValue('Priya Procesregisseur');
  await expect(field(dialog, 'Gebruikersnaam')).toHaveValue('priya');
  await expect(dialog.getByRole('checkbox', { name: 'Procesregisseur' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'ZVH Zuid (voorbeeld)' })).toBeChecked();
  await expect(field(dialog, 'Tijdelijk wachtwoord (optioneel)')).toHaveValue('');
  await app.expectAccessible('account toevoegen met regio’s');
  await app.screenshot('account-toevoegen-regios');
  // Issue 21 item 4: the dialog's buttons stay in view (they scrolled away, even at 1366×900).
  await atBothSizes(app, 'account-toevoegen', () => expectDialogActionsInView(dialog));
  await dialog.getByRole('button', { name: 'Account toevoegen' }).click();

  // The generated temporary password, once, with what to do with it.
  const shown = page.getByRole('dialog', { name: 'Tijdelijk wachtwoord voor Priya Procesregisseur' });
  await expect(shown).toContainText('Het account priya voor Priya Procesregisseur is aangemaakt.');
  await expect(shown).toContainText('Bij de eerste aanmelding moet Priya Procesregisseur een eigen wachtwoord kiezen.');
  const temporary = (await shown.getByTestId('tijdelijk-wachtwoord').innerText()).trim();
  expect(temporary).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
  await app.expectAccessible('tijdelijk wachtwoord');
  await app.screenshot('tijdelijk-wachtwoord');
  await shown.getByRole('button', { name: 'Ik heb het wachtwoord genoteerd' }).click();
  const row = page.getByRole('row', { name: /Priya Procesregisseur/ });
  await expect(row).toContainText('priya');
  await expect(row).toContainText('Procesregisseur');
  await expect(row).toContainText('ZVH Noord (voorbeeld), ZVH Zuid (voorbeeld)');
  await expect(row).toContainText('Tijdelijk wachtwoord');
  await expect(row).toContainText('nooit');

  // The same username again: core's answer appears next to the field.
  await page.getByRole('button', { name: 'Account toevoegen' }).click();
  await field(dialog, 'Naam').fill('Nog een Priya');
  await field(dialog, 'Gebruikersnaam').fill('Priya');
  await dialog.getByRole('checkbox', { name: 'Notulist' }).check();
  await dialog.getByRole('button', { name: 'Account toevoegen' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Deze gebruikersnaam is al in gebruik.');
  await expect(field(dialog, 'Gebruikersnaam')).toHaveAccessibleDescription('Deze gebruikersnaam is al in gebruik.');
  await expect(field(dialog, 'Gebruikersnaam')).toBeFocused();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();

  // Priya logs in (same window, after logout) and must first choose her own password.
  await logOut(app);
  await logInThroughForm(app, 'priya', temporary);
  await expect(page.getByRole('heading', { level: 1, name: 'Kies een eigen wachtwoord' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(field(page, 'Huidig wachtwoord')).toBeFocused();
  await field(page, 'Huidig wachtwoord').fill(temporary);
  await field(page, 'Nieuw wachtwoord').fill('te kort');
  await field(page, 'Nieuw wachtwoord herhalen').fill('te kort');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByText('Gebruik minstens 12 tekens. Een zin van een paar woorden werkt goed.')).toBeVisible();
  await app.expectAccessible('eigen wachtwoord kiezen');
  await app.screenshot('eigen-wachtwoord-kiezen');
  await field(page, 'Nieuw wachtwoord').fill(PRIYA_PASSWORD);
  await field(page, 'Nieuw wachtwoord herhalen').fill(PRIYA_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();

  // In, as a procesregisseur: no Beheer in the navigation (Cijfers is for every role), and a typed
  // address gets "no access".
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await expect(nav.getByRole('link')).toHaveText([
    'Mijn werk',
    'Casussen',
    'Overleggen',
    'Acties opvolgen',
    'Convenant',
    'Cijfers',
    'Evaluaties',
    'Mentorproject',
    'Gemeentelijke experts',
  ]);
  await expect(nav.getByRole('heading', { name: 'Beheer' })).toHaveCount(0);
  await page.goto(`${page.url().split('#')[0]}#/beheer/accounts`);
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  await expect(page.locator('table')).toHaveCount(0);
  await app.expectAccessible('geen toegang');
  await app.screenshot('geen-toegang');

  // Back as the beheerder: Priya is active and has logged in.
  await logOut(app);
  await logInThroughForm(app, BEHEERDER.username, BEHEERDER.password);
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Accounts' }).click();
  await expect(row).toContainText('Actief');
  await expect(row).toContainText(/\d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
});

test('rollen wijzigen, deactiveren en heractiveren, met de regels voor beheerders', async ({ app }) => {
  await openAsBeheerder(app);
  await addAccount(app, { username: 'noor', displayName: 'Noor Notulist', roles: ['notulist'] });
  const { page } = app;
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Accounts' }).click();

  // The last beheerder cannot lose the role, nor deactivate themself.
  await page.getByRole('button', { name: 'Acties voor Bram Beheerder' }).click();
  await page.getByRole('menuitem', { name: "Naam, rollen en regio's wijzigen" }).click();
  const edit = page.getByRole('dialog', { name: 'Bram Beheerder wijzigen' });
  await edit.getByRole('checkbox', { name: 'Beheerder' }).uncheck();
  await edit.getByRole('checkbox', { name: 'Procesregisseur' }).check();
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit.getByRole('alert')).toHaveText('Er moet ten minste één actieve beheerder blijven.');
  await app.screenshot('laatste-beheerder');
  await edit.getByRole('button', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'Acties voor Bram Beheerder' }).click();
  await page.getByRole('menuitem', { name: 'Deactiveren' }).click();
  const selfDeactivate = page.getByRole('dialog', { name: 'Bram Beheerder deactiveren?' });
  await selfDeactivate.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(selfDeactivate.getByRole('alert')).toHaveText('U kunt uw eigen account niet deactiveren.');
  await selfDeactivate.getByRole('button', { name: 'Annuleren' }).click();

  // Nor give themself a new temporary password without the current one: for the own account the
  // menu offers "Wachtwoord wijzigen", which asks for it.
  await page.getByRole('button', { name: 'Acties voor Bram Beheerder' }).click();
  await expect(page.getByRole('menuitem', { name: 'Nieuw tijdelijk wachtwoord' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: 'Wachtwoord wijzigen' }).click();
  const ownPassword = page.getByRole('dialog', { name: 'Wachtwoord wijzigen' });
  await expect(field(ownPassword, 'Huidig wachtwoord')).toBeVisible();
  await app.expectAccessible('eigen wachtwoord via accounts');
  await app.screenshot('eigen-wachtwoord-via-accounts');
  await ownPassword.getByRole('button', { name: 'Annuleren' }).click();
  await expect(ownPassword).toBeHidden();

  // Noor gets a second role and a new name.
  await page.getByRole('button', { name: 'Acties voor Noor Notulist' }).click();
  await page.getByRole('menuitem', { name: "Naam, rollen en regio's wijzigen" }).click();
  const noor = page.getByRole('dialog', { name: 'Noor Notulist wijzigen' });
  await field(noor, 'Naam').fill('Noor de Notulist');
  await noor.getByRole('checkbox', { name: 'Evaluator (alleen lezen)' }).check();
  await noor.getByRole('checkbox', { name: 'ZVH Midden (voorbeeld)' }).check();
  await noor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('De gegevens van Noor de Notulist zijn opgeslagen.');
  const row = page.getByRole('row', { name: /Noor de Notulist/ });
  await expect(row).toContainText('Notulist, Evaluator (alleen lezen)');
  await expect(row).toContainText('ZVH Midden (voorbeeld)');

  // Deactivate, with the consequences spelled out; then reactivate with a new temporary password.
  await page.getByRole('button', { name: 'Acties voor Noor de Notulist' }).click();
  await page.getByRole('menuitem', { name: 'Deactiveren' }).click();
  const deactivate = page.getByRole('dialog', { name: 'Noor de Notulist deactiveren?' });
  await expect(deactivate).toContainText('kan daarna niet meer aanmelden');
  await app.expectAccessible('deactiveren');
  await deactivate.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(row).toContainText('Gedeactiveerd');
  await page.getByRole('button', { name: 'Acties voor Noor de Notulist' }).click();
  await expect(page.getByRole('menuitem', { name: 'Deactiveren' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: 'Heractiveren met tijdelijk wachtwoord' }).click();
  await page
    .getByRole('dialog', { name: 'Noor de Notulist heractiveren?' })
    .getByRole('button', { name: 'Heractiveren met tijdelijk wachtwoord' })
    .click();
  const shown = page.getByRole('dialog', { name: 'Tijdelijk wachtwoord voor Noor de Notulist' });
  await expect(shown).toContainText('Het oude wachtwoord werkt niet meer.');
  await shown.getByRole('button', { name: 'Ik heb het wachtwoord genoteerd' }).click();
  await expect(row).toContainText('Tijdelijk wachtwoord');
  await app.screenshot('heractiveerd');
});

test('wachtwoord wijzigen via het gebruikersmenu', async ({ app }) => {
  await openAsBeheerder(app);
  const { page } = app;
  await page.getByRole('button', { name: 'Bram Beheerder, gebruikersmenu' }).click();
  await page.getByRole('menuitem', { name: 'Wachtwoord wijzigen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Wachtwoord wijzigen' });
  const next = 'Een nieuw en lang wachtwoord';
  await field(dialog, 'Huidig wachtwoord').fill('niet het huidige wachtwoord');
  await field(dialog, 'Nieuw wachtwoord').fill(next);
  await field(dialog, 'Nieuw wachtwoord herhalen').fill(next);
  await dialog.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(dialog.getByText('Het huidige wachtwoord klopt niet.')).toBeVisible();
  await expect(field(dialog, 'Huidig wachtwoord')).toBeFocused();
  await app.expectAccessible('wachtwoord wijzigen');
  await app.screenshot('wachtwoord-wijzigen');
  await field(dialog, 'Huidig wachtwoord').fill(BEHEERDER.password);
  await dialog.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('Uw wachtwoord is gewijzigd.');
  await expect(dialog).toBeHidden();
  await logOut(app);
  await logInThroughForm(app, BEHEERDER.username, next);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
});
