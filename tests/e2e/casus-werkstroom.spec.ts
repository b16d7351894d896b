/// <reference lib="dom" />
// The case workflow through the UI, from signal to closure: register -> weigh (bespreken in
// casusoverleg) -> plan van aanpak (an intervention) -> monitoring -> afgeschaald with an outcome;
// the casusoverzicht printed to an A4 PDF; and a notulist, who reads but does not change.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate } from '../../src-shared/domain/format';
import { expect, test } from './harness/fixtures';
import {
  addAccountDirectly,
  day,
  dispatch,
  logInInCore,
  NOORD,
  openAsRegisseur,
  registerSignal,
  REGISSEUR,
  setUpCasework,
  type TestAccount,
} from './harness/casework';
import { field, pickOption } from './harness/locators';
import { expectMotionAsAsked } from './harness/motion';
import { expectPreviewIsPdf } from './harness/print-check';

test('van signaal tot afschaling: registreren, wegen, plan, monitoring en afsluiten', async ({ app }) => {
  test.slow();
  await openAsRegisseur(app);
  const { page } = app;
  const year = app.clock.now().getFullYear();
  const number = `CTER-${year}-0001`;
  // Core's clock in the harness stands still; let half a minute pass between the steps, as it would.
  const later = () => app.clock.advance(30_000);

  // 1. Register, from the app bar.
  await page.getByRole('banner').getByRole('link', { name: 'Signaal registreren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Signaal registreren' })).toBeVisible();
  await field(page, 'Naam').fill('Sam de Vries (fictief)');
  await field(page, 'Geboortedatum').fill('12-05-2006');
  await field(page, 'Gemeente').fill('Alder');
  await pickOption(page, 'Aldervoort', { exact: true });
  await expect(page.getByText('Geen bekende personen die lijken op wat u typt.')).toBeVisible();
  await field(page, 'Melder (partner)').selectOption({ label: 'Politie' });
  await field(page, 'Contactpersoon bij de melder').fill('Wijkagent De Boer (fictief)');
  await field(page, 'Omschrijving').fill('Deelt online oproepen tot geweld; school maakt zich zorgen (fictief).');
  await field(page, 'Bron').selectOption({ label: 'Online / sociale media' });
  await field(page, 'Ideologie').selectOption({ label: 'Jihadistisch' });
  await field(page, 'Ernst').selectOption({ label: 'Ernstig — bereidheid tot geweld geuit' });
  await app.expectAccessible('signaal registreren ingevuld');
  await app.screenshot('1-registreren');
  await page.getByRole('button', { name: 'Signaal registreren', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Signaal geregistreerd' })).toHaveText(
    `Signaal geregistreerd in ${number}.`,
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Sam de Vries (fictief)' })).toBeVisible();
  await expect(page.getByText(`Casus ${number}`)).toBeVisible();
  await expect(page.getByText('Status: Aangemeld')).toBeVisible();
  await app.expectAccessible('dossier na registratie');
  await app.screenshot('2-dossier-aangemeld');
  later();

  // 2. Weigh: bespreken in casusoverleg.
  await page.getByRole('tab', { name: 'Signalen (1)' }).click();
  await page.getByRole('button', { name: 'Wegen' }).click();
  const weigh = page.getByRole('form', { name: 'Signaal wegen' });
  await weigh.getByRole('button', { name: 'Weging vastleggen' }).click();
  await expect(weigh.getByRole('group', { name: /^Besluit/ })).toContainText('Dit veld is verplicht.');
  await expect(weigh.getByText('Geef de motivering (minstens 10 tekens).')).toBeVisible();
  await weigh.getByRole('radio', { name: 'Bespreken in casusoverleg' }).check();
  await field(weigh, 'Motivering').fill('Zorgen over online uitingen; bespreken met de partners.');
  const partners = field(weigh, 'Deelnemende partners');
  await partners.fill('Polit');
  await page.keyboard.press('Enter');
  await partners.fill('Gemeen');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(field(weigh, 'Datum van de weging')).toHaveValue(formatDate(app.clock.now()));
  await app.expectAccessible('wegen');
  await app.screenshot('3-wegen');
  await weigh.getByRole('button', { name: 'Weging vastleggen' }).click();
  await expect(page.getByText('Status: Casusoverleg')).toBeVisible();
  await expect(page.getByText(/^Bespreken in casusoverleg \(\d{2}-\d{2}-\d{4}\)$/)).toBeVisible();
  await expect(page.getByText('Gewogen met: Politie, Gemeente · vastgelegd door Rik Regisseur')).toBeVisible();
  await app.screenshot('4-gewogen');
  later();

  // 3. Plan van aanpak: an intervention, then the status.
  await page.getByRole('tab', { name: 'Plan van aanpak (0)' }).click();
  await page.getByRole('button', { name: 'Interventie of actie toevoegen' }).click();
  const actie = page.getByRole('dialog', { name: 'Interventie of actie toevoegen' });
  await field(actie, 'Soort interventie').click();
  await pickOption(page, 'Mentortraject ONE-on-ONE');
  await field(actie, 'Omschrijving en doel').fill('Mentor koppelen; wekelijks contact over school en vrienden.');
  await field(actie, 'Actiehouder: partner').click();
  await pickOption(page, 'Gemeente');
  await field(actie, 'Actiehouder: naam').fill('J. Jansen (fictief)');
  // A select menu fading out still has its options in the DOM; axe would read them as low contrast.
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await app.expectAccessible('interventie toevoegen');
  await app.screenshot('5-interventie');
  await actie.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(actie).toBeHidden();
  const plan = page.getByRole('table', { name: 'Plan van aanpak' });
  await expect(plan.getByRole('row').nth(1)).toContainText('Interventie: Mentortraject ONE-on-ONE');
  await expect(plan.getByRole('row').nth(1)).toContainText('Gemeente — J. Jansen (fictief)');
  later();
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  let status = page.getByRole('dialog', { name: `Status wijzigen van ${number}` });
  // It appears at once with the system's animations off (the sqlcipher project), fading otherwise.
  await expectMotionAsAsked(page);
  await status.getByRole('radio', { name: 'Plan van aanpak' }).check();
  await field(status, 'Toelichting').fill('Plan vastgesteld in het ICO.');
  await status.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByText('Status: Plan van aanpak')).toBeVisible();
  await app.screenshot('6-plan-van-aanpak');
  later();

  // 4. Monitoring: plan a moment, move to monitoring, record the findings.
  await page.getByRole('tab', { name: 'Monitoring (0)' }).click();
  await field(page, 'Datum').fill(formatDate(app.clock.now()));
  await page.getByRole('button', { name: 'Monitoring plannen' }).click();
  await expect(page.getByRole('tab', { name: 'Monitoring (1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  status = page.getByRole('dialog', { name: `Status wijzigen van ${number}` });
  await status.getByRole('radio', { name: 'Monitoring' }).check();
  await field(status, 'Toelichting').fill('Plan loopt; monitoren.');
  await status.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByText('Status: Monitoring')).toBeVisible();
  later();
  await page.getByRole('button', { name: /^Bevindingen vastleggen \(/ }).click();
  await field(page, 'Bevindingen').fill('Contact met de mentor loopt goed; geen nieuwe zorgen.');
  await app.expectAccessible('monitoring');
  await app.screenshot('7-monitoring');
  await page.getByRole('button', { name: 'Bevindingen vastleggen', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Monitoring' })).toContainText('Contact met de mentor loopt goed');
  later();

  // A note, and the procesregisseur and partners.
  await page.getByRole('tab', { name: 'Notities (0)' }).click();
  await field(page, 'Nieuwe notitie').fill('Moeder gesproken; zij steunt het traject (fictief).');
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(page.getByRole('tab', { name: 'Notities (1)' })).toBeVisible();
  later();
  await page.getByRole('tab', { name: 'Partners en toegang' }).click();
  await field(page, 'Procesregisseur').click();
  await pickOption(page, 'Rik Regisseur (ikzelf)');
  const betrokken = field(page, 'Betrokken partners');
  await betrokken.fill('Polit');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await app.expectAccessible('partners en toegang');
  await app.screenshot('8-partners-en-toegang');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Procesregisseur: Rik Regisseur')).toBeVisible();
  later();

  // 5. Afschalen: the outcome is required.
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  status = page.getByRole('dialog', { name: `Status wijzigen van ${number}` });
  await status.getByRole('radio', { name: 'Afgeschaald' }).check();
  await field(status, 'Toelichting').fill('Zorgen weggenomen; reguliere begeleiding via school.');
  await status.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(field(status, 'Uitkomst')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await app.expectAccessible('afschalen zonder uitkomst');
  await app.screenshot('9-afschalen-uitkomst-verplicht');
  await field(status, 'Uitkomst').click();
  await pickOption(page, 'Afgeschaald naar reguliere zorg of aanpak');
  await status.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByText('Status: Afgeschaald')).toBeVisible();
  await expect(page.getByText('Afgeschaald naar reguliere zorg of aanpak')).toBeVisible();

  // The timeline tells the whole story, newest first.
  await page.getByRole('tab', { name: 'Tijdlijn' }).click();
  const timeline = page.getByRole('tabpanel').getByRole('heading', { level: 3 });
  await expect(timeline.first()).toHaveText('Status gewijzigd: Monitoring → Afgeschaald');
  await expect(timeline).toContainText([
    'Status gewijzigd: Monitoring → Afgeschaald',
    'Notitie',
    'Monitoring uitgevoerd',
    'Status gewijzigd: Plan van aanpak → Monitoring',
    'Status gewijzigd: Casusoverleg → Plan van aanpak',
    'Actie vastgelegd · Open',
    'Status gewijzigd: Aangemeld → Casusoverleg',
    'Casus geopend: Aangemeld',
  ]);
  // The signal and the weging carry a calendar day, no time: they close the list.
  await expect(timeline.nth(8)).toHaveText(/Signaal ontvangen · Jihadistisch|Gewogen: Bespreken in casusoverleg/);
  await expect(timeline).toHaveCount(10);
  await app.expectAccessible('tijdlijn');
  await app.screenshot('10-afgeschaald-tijdlijn');
});

test('casusoverzicht afdrukken als PDF: A4, vertrouwelijk, met paginanummers', async ({ app }) => {
  test.slow();
  const { regisseurId } = await openAsRegisseur(app);
  const { caseId, caseNumber } = await registerSignal(app, {
    naam: 'Lotte Print (fictief)',
    roepnaam: 'Lot',
    geboortedatum: '2007-03-14',
    bsn: '111222333',
  });
  await dispatch(app, 'cases:update', {
    id: caseId,
    regionId: 1,
    procesregisseurId: regisseurId,
    partners: ['politie', 'gemeente', 'onderwijs'],
    afgeschermd: false,
    namedAccountIds: [],
  });
  for (let i = 1; i <= 12; i++) {
    await dispatch(app, 'cases:save-action', {
      caseId,
      soort: i % 3 === 0 ? 'actie' : 'interventie',
      interventietype: i % 3 === 0 ? null : 'gesprek',
      omschrijving: `Gesprek ${i} met school en ouders over de voortgang van het traject (fictief).`,
      actiehouderPartner: 'gemeente',
      actiehouderNaam: 'J. Jansen (fictief)',
      deadline: day(i * 7),
    });
  }
  for (let i = 1; i <= 15; i++) {
    await dispatch(app, 'cases:note', {
      id: caseId,
      tekst: `Notitie ${i}: telefonisch contact met de mentor (fictief).`,
    });
    app.clock.advance(60_000);
  }
  const { page } = app;
  await app.open(`/casussen/${caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Lotte Print (fictief)' })).toBeVisible();
  await expect(page.getByText('••••••333')).toBeVisible();
  await page.getByRole('button', { name: 'Casusoverzicht afdrukken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Casusoverzicht ${caseNumber}` })).toBeFocused();
  await expect(page.getByText('Vertrouwelijk', { exact: true })).toBeVisible();
  await expect(page.getByText(`door ${REGISSEUR.displayName}`)).toBeVisible();
  await app.expectAccessible('afdrukvoorbeeld casusoverzicht');
  await app.screenshot('afdrukvoorbeeld');

  // Ctrl+P opens the print dialog; a reason is required.
  await page.keyboard.press('Control+p');
  const dialog = page.getByRole('dialog', { name: `Casusoverzicht ${caseNumber} afdrukken` });
  await dialog.getByRole('radio', { name: 'Opslaan als PDF' }).check();
  await field(dialog, 'Reden').fill('Voorbereiding casusoverleg');
  await dialog.getByRole('button', { name: 'Opslaan als PDF' }).click();
  const fileName = `casusoverzicht-${caseNumber.toLowerCase()}.pdf`;
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen als' })).toHaveText(
    `Opgeslagen als ${fileName}.`,
  );
  const pdf = app.dialogs.saved.find((file) => file.kind === 'pdf');
  expect(pdf?.name).toBe(fileName);
  expect(readFileSync(pdf!.path).subarray(0, 5).toString()).toBe('%PDF-');

  // The pages as images, to look at (kept next to the screenshots).
  const info = execFileSync('pdfinfo', [pdf!.path], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*\(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThan(1);
  const prefix = join(app.screenshotDir, 'casusoverzicht-pdf');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf!.path, prefix]);
  expect(readdirSync(app.screenshotDir).filter((name) => name.startsWith('casusoverzicht-pdf'))).toHaveLength(pages);
  const text = execFileSync('pdftotext', ['-layout', pdf!.path, '-'], { encoding: 'utf8' });
  expect(text).toContain(`Vertrouwelijk — Casusoverzicht ${caseNumber}`);
  expect(text).toContain(`Pagina 1 van ${pages}`);
  expect(text).toContain('Lotte Print (fictief)');
  expect(text).not.toContain('111222333');
  expect(text).toContain(`Afgedrukt op`);
  // The preview is the PDF: as many page boxes, at 1366 and at 1024; the person block the same.
  const overview = page.getByRole('article', { name: `Casusoverzicht ${caseNumber}` });
  await expectPreviewIsPdf(app, overview, pdf!.path, 'casusoverzicht');
  // The trajectory table runs on to page 2: the preview draws its header row again there, as the PDF does.
  await expect(overview.locator('[data-page-repeat] th').first()).toHaveText('Soort');
  await overview.locator('[data-page-repeat]').first().scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, -200);
  await app.screenshot('casusoverzicht-voorbeeld-vervolgkop');
});

test('een notulist leest het dossier, zonder knoppen om te wijzigen', async ({ app }) => {
  await setUpCasework(app);
  const notulist: TestAccount = {
    username: 'nina',
    displayName: 'Nina Notulist',
    password: 'Nina schrijft de verslagen van het overleg',
    roles: ['notulist'],
    regionIds: [NOORD],
  };
  await addAccountDirectly(app, notulist);
  // Registered by the procesregisseur, in Aldervoort (regio Noord); then the notulist logs in.
  const { caseId } = await registerSignal(app, { naam: 'Lees Persoon (fictief)' });
  await logInInCore(app, notulist);
  await app.open(`/casussen/${caseId}`);
  const { page } = app;
  await expect(page.getByRole('button', { name: `${notulist.displayName}, gebruikersmenu` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Lees Persoon (fictief)' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link')).toHaveText([
    'Mijn werk',
    'Casussen',
    'Overleggen',
    'Acties opvolgen',
    'Convenant',
    'Cijfers',
  ]);
  // Each absence below is checked only once what stands next to it is on screen; the first test
  // of this file uses every one of these controls as the procesregisseur.
  await expect(page.getByRole('button', { name: 'Casusoverzicht afdrukken' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Signaal registreren' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Status wijzigen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Persoon' })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Signalen (1)' }).click();
  await expect(page.getByText('Wacht op weging')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Wegen' })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Plan van aanpak (0)' }).click();
  await expect(page.getByText('Er staan nog geen interventies of acties in het plan van aanpak.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Interventie of actie toevoegen' })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Monitoring (0)' }).click();
  await expect(page.getByText('Er is nog geen monitoring gepland.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Monitoring plannen' })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Notities (0)' }).click();
  await expect(page.getByText('Er zijn nog geen notities.')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Notitie toevoegen' })).toHaveCount(0);

  // Partners en toegang: readable, every field disabled, nothing to save.
  await page.getByRole('tab', { name: 'Partners en toegang' }).click();
  await expect(field(page, 'Procesregisseur')).toBeDisabled();
  await expect(field(page, 'Betrokken partners')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Opslaan' })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Signalen (1)' }).click();
  await expect(page.getByText('Wacht op weging')).toBeVisible();
  await app.expectAccessible('notulist leest');
  await app.screenshot('notulist');
});
