/// <reference lib="dom" />
// Keuzelijsten (beheerder only): a beheerder renames, adds and reorders values of a list (with
// buttons and with the keyboard); an empty or duplicate label and a besluit without an effect are
// refused next to the field; regions are renamed, a municipality moves to another region, a
// duplicate municipality is refused, and one that is in use cannot be removed.
import type { ReferenceData } from '../../src-shared/ipc/lists';
import { call } from '../integration/helpers';
import { expect, test, type AppHarness } from './harness/fixtures';
import { asBeheerder, asRegisseur, registerSignal } from './harness/figures-data';
import { field } from './harness/locators';
import { openAsBeheerder, setUp } from './harness/session';

const reference = (app: AppHarness) => call<ReferenceData>(app.core, 'lists:get');

test('keuzelijsten: waarde hernoemen, toevoegen en verplaatsen; besluit zonder effect geweigerd', async ({ app }) => {
  await openAsBeheerder(app);
  const { page } = app;
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Keuzelijsten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Keuzelijsten' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Ideologie' })).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel', { name: 'Ideologie' });

  // Rename the first value, add a new one and move it up one place with its button.
  await panel.getByRole('textbox', { name: 'Omschrijving van waarde 1' }).fill('Jihadistisch (religieus geïnspireerd)');
  await panel.getByRole('button', { name: 'Waarde toevoegen' }).click();
  const added = panel.getByRole('textbox', { name: 'Omschrijving van waarde 6' });
  await expect(added).toBeFocused();
  // Empty, then a label the list already has (other case, spaces around it): refused next to the
  // field, which gets focus, and nothing is sent.
  const save = panel.getByRole('button', { name: 'Ideologie opslaan' });
  await save.click();
  await expect(added).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(added).toBeFocused();
  await added.fill(' rechts-EXTREMISTISCH ');
  await save.click();
  await expect(added).toHaveAccessibleDescription('Elke naam mag maar één keer voorkomen.');
  await expect(added).toBeFocused();
  await expect(panel.getByRole('textbox', { name: 'Omschrijving van waarde 2' })).toHaveAccessibleDescription('');
  await app.expectAccessible('dubbele omschrijving');
  await app.screenshot('dubbele-omschrijving');
  expect(app.calls.filter((c) => c.channel === 'lists:save')).toEqual([]);
  await added.fill('Accelerationistisch');
  await expect(added).toHaveAccessibleDescription('Elke naam mag maar één keer voorkomen.');
  await panel.getByRole('button', { name: 'Accelerationistisch omhoog' }).click();
  await expect(panel.getByRole('button', { name: 'Accelerationistisch omhoog' })).toBeFocused();
  await expect(panel.getByRole('textbox', { name: 'Omschrijving van waarde 5' })).toHaveValue('Accelerationistisch');
  await expect(page.getByRole('status').filter({ hasText: 'staat nu op plaats' })).toHaveText(
    'Accelerationistisch staat nu op plaats 5 van 6.',
  );
  // With the keyboard: Alt+↑ in the row moves it, and focus stays in the field.
  const moved = panel.getByRole('textbox', { name: 'Omschrijving van waarde 5' });
  await moved.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(panel.getByRole('textbox', { name: 'Omschrijving van waarde 4' })).toHaveValue('Accelerationistisch');
  await expect(panel.getByRole('textbox', { name: 'Omschrijving van waarde 4' })).toBeFocused();
  // Switched off, not deleted.
  await panel.getByRole('checkbox', { name: 'Overig / onbekend actief' }).uncheck();
  await app.expectAccessible('keuzelijst ideologie');
  await app.screenshot('keuzelijst-ideologie');
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'opgeslagen' })).toHaveText(
    'Keuzelijst Ideologie opgeslagen.',
  );
  await expect(panel.getByRole('textbox', { name: 'Omschrijving van waarde 4' })).toHaveAccessibleDescription('');
  expect((await reference(app)).lists.ideologie.map((v) => [v.code, v.label, v.active])).toEqual([
    ['jihadistisch', 'Jihadistisch (religieus geïnspireerd)', true],
    ['rechts_extremistisch', 'Rechts-extremistisch', true],
    ['links_extremistisch', 'Links-extremistisch', true],
    ['accelerationistisch', 'Accelerationistisch', true],
    ['anti_institutioneel', 'Anti-institutioneel', true],
    ['overig_onbekend', 'Overig / onbekend', false],
  ]);
  await expect(panel.getByRole('row', { name: /Accelerationistisch/ })).toContainText('accelerationistisch');

  // A besluit needs its effect on the casus: without one it is refused next to the field.
  await page.getByRole('tab', { name: 'Besluit (weging)' }).click();
  const besluit = page.getByRole('tabpanel', { name: 'Besluit (weging)' });
  await besluit.getByRole('button', { name: 'Waarde toevoegen' }).click();
  await besluit.getByRole('textbox', { name: 'Omschrijving van waarde 5' }).fill('Doorverwijzen naar zorg');
  await besluit.getByRole('button', { name: 'Besluit (weging) opslaan' }).click();
  const effect = besluit.getByRole('combobox', { name: 'Effect van Doorverwijzen naar zorg' });
  await expect(effect).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(effect).toBeFocused();
  expect((await reference(app)).lists.besluit).toHaveLength(4);
  await app.expectAccessible('besluit zonder effect');
  await app.screenshot('besluit-zonder-effect');
  await effect.selectOption({ label: 'Naar casusoverleg' });
  await besluit.getByRole('button', { name: 'Besluit (weging) opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'opgeslagen' })).toHaveText(
    'Keuzelijst Besluit (weging) opgeslagen.',
  );
  expect((await reference(app)).lists.besluit.at(-1)).toEqual({
    code: 'doorverwijzen_naar_zorg',
    label: 'Doorverwijzen naar zorg',
    active: true,
    effect: 'casusoverleg',
  });
});

test('keuzelijsten: regio hernoemen, gemeente verplaatsen, een gemeente in gebruik blijft', async ({ app }) => {
  // Three logins (each derives a key) and 34 editable municipalities checked by axe twice.
  test.slow();
  await setUp(app);
  // A person in Aldervoort: that municipality is in use.
  await asRegisseur(app);
  await registerSignal(app, {
    naam: 'Iemand Aldervoort (fictief)',
    geboortedatum: '2001-01-01',
    ontvangen: '2026-03-03',
  });
  const { page } = app;
  // Only the beheerder: a procesregisseur has no Keuzelijsten in the navigation, and a typed address
  // gets "no access".
  await app.open('/beheer/keuzelijsten?lijst=regios');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Keuzelijsten' }),
  ).toHaveCount(0);
  await expect(page.getByRole('tabpanel')).toHaveCount(0);

  await asBeheerder(app);
  await app.open('/beheer/keuzelijsten?lijst=regios');
  const panel = page.getByRole('tabpanel', { name: "ZVH-regio's en gemeenten" });
  await expect(panel).toBeVisible();
  const noord = panel.getByRole('region', { name: 'ZVH Noord (voorbeeld)' });
  await field(noord, 'Naam van de ZVH-regio').fill('ZVH Noord');
  // A new municipality: empty, then with the name of one in another region, is refused next to it.
  const zuid = panel.getByRole('region', { name: 'ZVH Zuid (voorbeeld)' });
  await zuid.getByRole('button', { name: 'Gemeente toevoegen aan ZVH Zuid (voorbeeld)' }).click();
  const nieuw = zuid.getByRole('textbox', { name: 'Naam van gemeente 12 in ZVH Zuid (voorbeeld)' });
  await expect(nieuw).toBeFocused();
  const saveRegions = panel.getByRole('button', { name: "Regio's en gemeenten opslaan" });
  await saveRegions.click();
  await expect(nieuw).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(nieuw).toBeFocused();
  await nieuw.fill('dijkstede');
  await saveRegions.click();
  await expect(nieuw).toHaveAccessibleDescription('Elke naam mag maar één keer voorkomen.');
  await expect(nieuw).toBeFocused();
  await app.expectAccessible('dubbele gemeente');
  await app.screenshot('dubbele-gemeente');
  expect(app.calls.filter((c) => c.channel === 'lists:save-regions')).toEqual([]);
  await zuid.getByRole('button', { name: 'dijkstede verwijderen', exact: true }).click();
  await expect(nieuw).toHaveCount(0);
  await expect(field(zuid, 'Naam van de ZVH-regio')).toBeFocused();
  // As someone choosing in the list: the field has focus, and keeps it when its row moves.
  await panel.getByRole('combobox', { name: 'Regio van Beekwolde' }).focus();
  await panel.getByRole('combobox', { name: 'Regio van Beekwolde' }).selectOption({ label: 'ZVH Midden (voorbeeld)' });
  await expect(panel.getByRole('combobox', { name: 'Regio van Beekwolde' })).toBeFocused();
  await expect(
    panel
      .getByRole('table', { name: 'Gemeenten van ZVH Midden (voorbeeld)' })
      .getByRole('combobox', { name: 'Regio van Beekwolde' }),
  ).toBeVisible();
  await app.expectAccessible('regio hernoemd');
  await app.screenshot('regios-bewerkt');
  await saveRegions.click();
  await expect(page.getByRole('status').filter({ hasText: 'opgeslagen' })).toHaveText(
    "De regio's en gemeenten zijn opgeslagen.",
  );
  const saved = await reference(app);
  expect(saved.regions.map((r) => r.name)).toEqual(['ZVH Midden (voorbeeld)', 'ZVH Noord', 'ZVH Zuid (voorbeeld)']);
  const midden = saved.regions.find((r) => r.name === 'ZVH Midden (voorbeeld)')!;
  expect(saved.gemeenten.find((g) => g.name === 'Beekwolde')!.regionId).toBe(midden.id);

  // Aldervoort has a person: removing it is refused, in Dutch, with its name, and nothing changes.
  await panel.getByRole('button', { name: 'Aldervoort verwijderen' }).click();
  await saveRegions.click();
  await expect(panel.getByRole('alert')).toHaveText(
    '‘Aldervoort’ is nog in gebruik: er horen personen of casussen bij. Daarom kan deze niet worden verwijderd en is er niets opgeslagen. Laat ‘Aldervoort’ staan of geef een andere naam.',
  );
  expect((await reference(app)).gemeenten.map((g) => g.name)).toContain('Aldervoort');
  await app.expectAccessible('gemeente in gebruik');
  await app.screenshot('gemeente-in-gebruik');
  await panel.getByRole('button', { name: 'Wijzigingen ongedaan maken' }).click();
  await expect(panel.getByRole('button', { name: 'Aldervoort verwijderen' })).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
});
