/// <reference lib="dom" />
// Bewaartermijn: cases closed longer ago than the retention period are listed, chosen and
// destroyed with a typed confirmation; what remains is anonymous, so the figures stay the same.
import { existsSync, writeFileSync } from 'node:fs';
import { isoDay } from '../../src-shared/domain/format';
import type { Dashboard } from '../../src-shared/ipc/figures';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { TrajectoryView } from '../../src-shared/ipc/trajectories';
import { call } from '../integration/helpers';
import { expect, test } from './harness/fixtures';
import { logInInCore } from './harness/casework';
import { asBeheerder, asRegisseur, closeCase, registerSignal } from './harness/figures-data';
import { field } from './harness/locators';
import { setUp } from './harness/session';
import { atBothSizes } from './harness/sizes';

const YEAR_MS = 365 * 24 * 3600 * 1000;

test('bewaartermijn: verlopen casussen vernietigen met getypte bevestiging, de cijfers blijven gelijk', async ({
  app,
}) => {
  test.slow();
  await setUp(app);
  await asRegisseur(app);
  const anna = await registerSignal(app, {
    naam: 'Anna Voorbeeld (fictief)',
    geboortedatum: '2004-03-03',
    ontvangen: '2019-05-10',
  });
  await closeCase(app, anna.caseId);
  // Anna gets a new casus that stays open: her person record must stay for it.
  await call<RegisteredSignal>(app.core, 'signals:register', {
    person: { id: anna.personId },
    signal: {
      melderPartner: 'gemeente',
      ontvangen: '2026-10-01',
      omschrijving: 'Voorbeeld — fictief, een nieuw signaal.',
      ideologie: 'overig_onbekend',
      ernst: 'laag',
      bron: 'online',
    },
  });
  const bert = await registerSignal(app, {
    naam: 'Bert Voorbeeld (fictief)',
    geboortedatum: '2008-06-06',
    ontvangen: '2020-02-02',
    ideologie: 'rechts_extremistisch',
  });
  await closeCase(app, bert.caseId);
  const cem = await registerSignal(app, {
    naam: 'Cem Voorbeeld (fictief)',
    geboortedatum: '1990-01-01',
    ontvangen: '2020-09-09',
  });
  await closeCase(app, cem.caseId, 'strafrechtelijk');
  const figures = () => call<Dashboard>(app.core, 'figures:dashboard', { fromYear: 2019, toYear: 2020 });
  const before = await figures();

  // Six years later the default retention period (5 years) has ended for the three closed cases.
  app.clock.advance(6 * YEAR_MS);
  // The exact figures are a house's: the procesregisseur of all three regions reads them (the
  // beheerder, with no regions, sees the published province only; issue 18 point 7).
  await app.open('/cijfers?van=2019&tot=2020');
  const { page } = app;
  const signalsRegion = page.getByRole('region', { name: 'Nieuwe signalen per jaar', exact: true });
  await signalsRegion.getByRole('button', { name: 'Toon als tabel' }).click();
  const signalsTable = page.getByRole('table', { name: 'Tabel: Nieuwe signalen per jaar' });
  await expect(signalsTable).toContainText('Totaal3');
  const tableBefore = await signalsTable.innerText();
  await expect(page.getByText(/alleen nog bekend als anoniem statistisch record/)).toHaveCount(0);

  await asBeheerder(app);
  await app.open('/');
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Bewaartermijn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bewaartermijn' })).toBeFocused();
  const list = page.getByRole('table', { name: 'Bewaartermijn verstreken' });
  const rows = list.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(list.getByRole('row', { name: new RegExp(anna.caseNumber) })).toContainText(
    'Blijft bewaard (heeft een andere casus)',
  );
  await expect(list.getByRole('row', { name: new RegExp(cem.caseNumber) })).toHaveText(
    new RegExp(`${cem.caseNumber}29-11-202629-11-2031Strafrechtelijk trajectZVH Noord \\(voorbeeld\\)Wordt verwijderd`),
  );
  const destroy = page.getByRole('button', { name: /^Vernietigen/ });
  await expect(destroy).toBeDisabled();
  await app.expectAccessible('bewaartermijn');
  await app.screenshot('bewaartermijn');

  // Choose all, then not Cem, then Cem again.
  await page.getByRole('checkbox', { name: 'Alle getoonde casussen selecteren' }).check();
  await expect(page.getByText('3 van 3 geselecteerd')).toBeVisible();
  await page.getByRole('checkbox', { name: `${cem.caseNumber} selecteren` }).uncheck();
  await expect(destroy).toHaveText('Vernietigen (2)');
  await page.getByRole('checkbox', { name: `${cem.caseNumber} selecteren` }).check();
  await destroy.click();
  const dialog = page.getByRole('dialog', { name: 'Casussen vernietigen (3)' });
  await expect(dialog).toContainText('Dit kan niet ongedaan worden gemaakt.');
  await expect(dialog).toContainText('Wat blijft: per signaal een anoniem statistisch record');
  const confirmation = field(dialog, 'Typ VERNIETIG 3 om te bevestigen');
  await expect(confirmation).toBeFocused();

  // Cancelling brings focus back to the button.
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(destroy).toBeFocused();
  await destroy.click();
  await expect(confirmation).toBeFocused();

  // A wrong confirmation destroys nothing: the renderer stops it, and so does core.
  await confirmation.fill('VERNIETIG 2');
  await dialog.getByRole('button', { name: 'Definitief vernietigen (3)' }).click();
  await expect(confirmation).toHaveAccessibleDescription('Typ precies VERNIETIG 3. Er is niets vernietigd.');
  expect(app.calls.filter((c) => c.channel === 'retention:destroy')).toEqual([]);
  await app.expectAccessible('vernietigen verkeerd bevestigd');
  await app.screenshot('vernietigen-verkeerd');
  app.tamper('retention:destroy', (input) => ({ ...(input as object), confirmation: 'VERNIETIG 1' }));
  await confirmation.fill('VERNIETIG 3');
  await dialog.getByRole('button', { name: 'Definitief vernietigen (3)' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Typ de bevestiging precies zoals gevraagd. Er is niets vernietigd.',
  );
  expect(app.calls.filter((c) => c.channel === 'retention:destroy')).toEqual([
    { channel: 'retention:destroy', ok: false, code: 'DESTRUCTION_CONFIRMATION' },
  ]);
  expect(await call(app.core, 'retention:due')).toHaveLength(3);

  app.tamper('retention:destroy', (input) => input);
  await dialog.getByRole('button', { name: 'Definitief vernietigen (3)' }).click();
  await expect(dialog).toBeHidden();
  const result = page.getByRole('status').filter({ hasText: 'De vernietiging is uitgevoerd.' });
  await expect(result).toBeFocused();
  await expect(result).toContainText('Casussen vernietigd: 3');
  await expect(result).toContainText('Personen verwijderd: 2');
  await expect(result).toContainText('Anonieme statistische records bewaard: 3');
  await expect(rows).toHaveCount(0);
  await expect(page.getByText('Er zijn geen casussen waarvan de bewaartermijn is verstreken.')).toBeVisible();
  await app.expectAccessible('vernietigd');
  await app.screenshot('vernietigd');

  // History is kept: the same figures for 2019-2020, now partly from anonymous records.
  await logInInCore(app, { username: 'regisseur', password: 'wachtwoord van regisseur 2026' });
  const after = await figures();
  expect(after.years.map((y) => [y.signals, y.ageBands, y.ideologie, y.ernst])).toEqual(
    before.years.map((y) => [y.signals, y.ageBands, y.ideologie, y.ernst]),
  );
  expect(after.anonymousSignals).toBe(3);
  await app.open('/');
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Cijfers' }).click();
  await field(page, 'Van jaar').selectOption('2019');
  await field(page, 'Tot en met jaar').selectOption('2020');
  await signalsRegion.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Getoond' })).toContainText('2019–2020');
  await expect(signalsTable).toContainText('Totaal3');
  expect(await signalsTable.innerText()).toBe(tableBefore);
  await expect(
    page.getByText(/^3 signalen in deze periode zijn alleen nog bekend als anoniem statistisch record/),
  ).toBeVisible();
  await page
    .getByRole('region', { name: 'Mediane leeftijd bij signaal per jaar' })
    .getByRole('button', { name: 'Toon als tabel' })
    .click();
  await expect(page.getByRole('table', { name: 'Tabel: Mediane leeftijd bij signaal per jaar' })).toContainText('≈');
  await app.expectAccessible('cijfers na vernietiging');
  await app.screenshot('cijfers-na-vernietiging');
});

test('bewaartermijn: een afgerond mentortraject na een aanmelding wordt geanonimiseerd', async ({ app }) => {
  await setUp(app);
  await asRegisseur(app);
  const traject = await call<TrajectoryView>(app.core, 'trajectories:open', {
    bron: 'aanmelding_partner',
    aanmelderPartner: 'onderwijs',
    regionId: 1,
    aanmeldDatum: '2026-02-01',
    menteeRoepnaam: 'Dani (fictief)',
    menteeGeboortejaar: 2011,
    doelen: [{ id: 'd1', tekst: 'Weer naar de sportclub', behaald: true }],
  });
  await call(app.core, 'trajectories:set-status', {
    id: traject.id,
    to: 'afgerond',
    datum: '2026-06-30',
    toelichting: '',
    eindReden: 'doelen_bereikt',
    uitkomst: 'positief',
  });

  app.clock.advance(6 * YEAR_MS);
  await asBeheerder(app);
  await app.open('/beheer/bewaartermijn');
  const { page } = app;
  await expect(page.getByText('Er zijn geen casussen waarvan de bewaartermijn is verstreken.')).toBeVisible();
  const list = page.getByRole('table', { name: 'Mentortrajecten na de bewaartermijn' });
  await expect(list.locator('tbody tr')).toHaveText([
    `${traject.code}30-06-202630-06-2031PositiefZVH Noord (voorbeeld)`,
  ]);
  const anonymise = page.getByRole('button', { name: /^Anonimiseren/ });
  await expect(anonymise).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Alle getoonde mentortrajecten selecteren' }).press('Space');
  await expect(anonymise).toHaveText('Anonimiseren (1)');
  await anonymise.click();
  const dialog = page.getByRole('dialog', { name: 'Mentortrajecten anonimiseren (1)' });
  await expect(dialog).toContainText('Wat blijft: de trajectcode, regio, data, duur');
  await expect(dialog).toContainText(`Gekozen mentortrajecten: ${traject.code}.`);
  await app.expectAccessible('mentortraject anonimiseren');
  await app.screenshot('mentortraject-anonimiseren');
  await field(dialog, 'Typ VERNIETIG 1 om te bevestigen').fill('VERNIETIG 1');
  await dialog.getByRole('button', { name: 'Definitief anonimiseren (1)' }).click();
  const result = page.getByRole('status').filter({ hasText: 'De vernietiging is uitgevoerd.' });
  await expect(result).toBeFocused();
  await expect(result).toHaveText(/Mentortrajecten geanonimiseerd: 1$/);
  await expect(page.getByText('Er zijn geen mentortrajecten waarvan de bewaartermijn is verstreken.')).toBeVisible();

  // What stays, as stored: the figures without the person.
  const rows =
    await app.sql`SELECT mentee_roepnaam, mentee_geboortejaar, doelen, status, uitkomst, eind_reden FROM mentor_traject`;
  expect(rows).toHaveLength(1);
  expect(rows[0]).toEqual({
    mentee_roepnaam: '',
    mentee_geboortejaar: null,
    doelen: JSON.stringify([{ id: 'd1', tekst: '', behaald: true }]),
    status: 'afgerond',
    uitkomst: 'positief',
    eind_reden: 'doelen_bereikt',
  });
});

test('bewaartermijn: de kopieën van de database worden genoemd en de lokale kunnen weg', async ({ app }) => {
  test.slow();
  await setUp(app);
  await asRegisseur(app);
  const eva = await registerSignal(app, {
    naam: 'Eva Voorbeeld (fictief)',
    geboortedatum: '2005-05-05',
    ontvangen: '2020-03-03',
  });
  await closeCase(app, eva.caseId);
  // A backup through the application, and the copy a restore would keep beside the database.
  await asBeheerder(app);
  const dutch = (iso: string) => iso.split('-').reverse().join('-');
  const madeOn = isoDay(app.clock.now());
  expect(await call(app.core, 'backup:create')).toMatchObject({ saved: true });
  const kept = `${await app.control.databasePath()}.voor-herstel-2026-12-01T10-00-00-000Z`;
  writeFileSync(kept, 'voorbeeld — fictieve kopie');

  app.clock.advance(6 * YEAR_MS);
  await asBeheerder(app);
  await app.open('/beheer/bewaartermijn');
  const { page } = app;
  const today = dutch(isoDay(app.clock.now()));
  const section = page.getByRole('region', { name: 'Kopieën van de database' });
  await expect(section).toContainText('kopie van vóór een herstel, 01-12-2026');
  await expect(section).toContainText(`cter-werkplaats-backup-${madeOn}.db — back-up van ${dutch(madeOn)}`);
  await expect(section).toContainText(
    `Back-ups van vóór ${today} bevatten deze gegevens nog — vernietig ze volgens uw back-upbeleid.`,
  );

  await page.getByRole('checkbox', { name: `${eva.caseNumber} selecteren` }).check();
  await page.getByRole('button', { name: /^Vernietigen/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Casussen vernietigen (1)' });
  await expect(dialog).toContainText('Verwijderd na bewaartermijn (datum)');
  const copies = dialog.getByRole('group', { name: 'Kopieën die deze gegevens nog bevatten' });
  await expect(copies.getByRole('checkbox')).toHaveCount(2);
  await expect(copies).toContainText(`Back-ups van vóór ${today} bevatten deze gegevens nog`);
  await copies.getByRole('checkbox', { name: /kopie van vóór een herstel/ }).check();
  await app.expectAccessible('vernietigen met kopieën');
  await app.screenshot('vernietigen-kopieen');
  await field(dialog, 'Typ VERNIETIG 1 om te bevestigen').fill('VERNIETIG 1');
  await dialog.getByRole('button', { name: 'Definitief vernietigen (1)' }).click();
  const result = page.getByRole('status').filter({ hasText: 'De vernietiging is uitgevoerd.' });
  await expect(result).toBeFocused();
  await expect(result).toContainText('Kopieën verwijderd: 1');
  expect(existsSync(kept)).toBe(false);
  await expect(section).not.toContainText('kopie van vóór een herstel');
  await expect(section).toContainText(`back-up van ${dutch(madeOn)}`);
  await app.expectAccessible('vernietigd met kopieën');
  await app.screenshot('vernietigd-kopieen');
});

test('bewaartermijn: een lange lijst 50 per keer; "alle getoonde" kiest alleen wat op het scherm staat', async ({
  app,
}) => {
  test.slow();
  await setUp(app);
  await asRegisseur(app);
  for (let n = 1; n <= 53; n++) {
    const signal = await registerSignal(app, {
      naam: `Persoon ${String(n).padStart(2, '0')} Lijst (fictief)`,
      geboortedatum: `19${String(50 + (n % 40)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 10}`,
      ontvangen: '2019-03-01',
    });
    await closeCase(app, signal.caseId);
  }
  app.clock.advance(6 * YEAR_MS);
  await asBeheerder(app);
  await app.open('/beheer/bewaartermijn');
  const { page } = app;
  const list = page.getByRole('table', { name: 'Bewaartermijn verstreken' });
  await expect(list.locator('tbody tr')).toHaveCount(50);
  await expect(page.getByText('50 van 53 getoond')).toBeVisible();
  // Issue 21 item 13 at both sizes: 50 rows, the table within its section (the lesser columns step
  // back in a narrow window), the count and the way to the rest under the list.
  await atBothSizes(app, 'bewaartermijn-50', async () => {
    await expect(list.locator('tbody tr')).toHaveCount(50);
    const withinItsBox = (table: HTMLElement) => table.offsetWidth <= table.parentElement!.clientWidth;
    expect(await list.evaluate(withinItsBox)).toBe(true);
    await expect(page.getByText('50 van 53 getoond')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nog 3 tonen' })).toBeVisible();
    // The count keeps the section's inner margin, as the table's cells do (it touched the frame).
    const inset = await page
      .getByText('50 van 53 getoond')
      .evaluate((line) => line.getBoundingClientRect().left - line.closest('section')!.getBoundingClientRect().left);
    expect(inset).toBeGreaterThanOrEqual(16);
  });
  // The header's checkbox takes the 50 on screen, not the 3 not yet shown.
  await page.getByRole('checkbox', { name: 'Alle getoonde casussen selecteren' }).check();
  await expect(page.getByRole('button', { name: /^Vernietigen/ })).toHaveText('Vernietigen (50)');
  await page.getByRole('button', { name: 'Nog 3 tonen' }).click();
  await expect(list.locator('tbody tr')).toHaveCount(53);
  await expect(page.getByRole('button', { name: /^Vernietigen/ })).toHaveText('Vernietigen (50)');
  await expect(list.locator('tbody tr').last().getByRole('checkbox')).not.toBeChecked();
  await app.expectAccessible('bewaartermijn, lange lijst');
  await page.getByRole('checkbox', { name: 'Alle getoonde casussen selecteren' }).check();
  await expect(page.getByRole('button', { name: /^Vernietigen/ })).toHaveText('Vernietigen (53)');
});
