/// <reference lib="dom" />
// Locking: Ctrl+L (and the menu) lock at once, inactivity locks after the policy's minutes. While
// locked the renderer holds nothing of the session: the page that was open is gone from the DOM;
// only text core refused to save is held in the window's memory and back in its field after the
// unlock (kit/pendingWork).
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { TrajectoryView } from '../../src-shared/ipc/trajectories';
import { expect, test, type AppHarness } from './harness/fixtures';
import { day, dispatch, NOORD, REGISSEUR, registerSignal, setUpCasework } from './harness/casework';
import { field, pickOption } from './harness/locators';
import { minutesRefusedAsStale } from './harness/minutes';
import { BEHEERDER, openAsBeheerder } from './harness/session';
import { atBothSizes, expectOnTop, resizeWindow } from './harness/sizes';

test('Ctrl+L vergrendelt het scherm en ontgrendelen vraagt het wachtwoord', async ({ app }) => {
  await openAsBeheerder(app, '/beheer/accounts');
  const { page } = app;
  const table = page.getByRole('table', { name: 'Accounts' });
  await expect(table.getByRole('row', { name: /Bram Beheerder/ })).toBeVisible();

  // The window's title names the page (WCAG 2.4.2), the lock screen as any other.
  await expect(page).toHaveTitle('Accounts – CTER Werkplaats');
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible();
  await expect(page).toHaveTitle('Vergrendeld – CTER Werkplaats');
  await expect(page.getByText('Bram Beheerder is aangemeld. Vul uw wachtwoord in om verder te werken.')).toBeVisible();
  // Nothing of the accounts page is left: no table, no heading, no navigation.
  await expect(page.locator('table')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Accounts' })).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('Laatst aangemeld');
  await expect(field(page, 'Wachtwoord')).toBeFocused();
  await app.expectAccessible('vergrendeld');
  await app.screenshot('vergrendeld');

  await field(page, 'Wachtwoord').fill('niet mijn wachtwoord');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Gebruikersnaam of wachtwoord klopt niet.');
  await field(page, 'Wachtwoord').fill(BEHEERDER.password);
  await page.keyboard.press('Enter');
  // Back where the person was, with the data fetched anew.
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await expect(page).toHaveTitle('Accounts – CTER Werkplaats');
  await expect(table.getByRole('row', { name: /Bram Beheerder/ })).toBeVisible();

  // The menu's Bestand > Vergrendelen does the same; "Andere gebruiker" offers the full login.
  app.menu('lock');
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible();
  await page.getByRole('button', { name: 'Andere gebruiker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await expect(field(page, 'Gebruikersnaam')).toBeFocused();
});

test('na inactiviteit vergrendelt het scherm', async ({ app }) => {
  await openAsBeheerder(app, '/beheer/accounts');
  const { page } = app;
  await expect(page.getByRole('table', { name: 'Accounts' })).toBeVisible();
  // Every call counts as activity: the page's last loading call must be in before the clock moves
  // (on a busy machine one came after the 9 minutes and the lock rightly waited).
  await app.callsSettled();
  const callsBefore = app.calls.length;
  // The default policy locks after 10 minutes; a minute before, a warning (WCAG 2.2.1) says when,
  // as an alert that is read out; it leaves the focus where it was (a key must reach the field).
  const focusedBefore = await page.evaluate(() => document.activeElement?.outerHTML);
  app.clock.advance(9 * 60 * 1000);
  expect(await app.core.checkIdle()).toBe(false);
  const warning = page.getByRole('alert', { name: 'Het scherm wordt zo vergrendeld' });
  await expect(warning).toBeVisible();
  await expect(warning).toHaveAccessibleDescription(
    /^U hebt een tijd niets gedaan\. Om \d\d:\d\d:\d\d wordt het scherm vergrendeld, om de gegevens te beschermen\. Druk op een toets of klik om verder te werken\.$/,
  );
  expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(focusedBefore);
  // Its button whole in the window and on top at both sizes (a resize is no input: it stays).
  await atBothSizes(app, 'waarschuwing-voor-vergrendelen', () => expectOnTop(warning.getByRole('button')));
  // Nobody reacts: the lock comes at the policy's time all the same.
  app.clock.advance(2 * 60 * 1000);
  // Nothing the page does by itself may keep the session open; the calls say what did.
  expect(await app.core.checkIdle(), `calls meanwhile: ${callsMadeSince(app, callsBefore)}`).toBe(true);
  await expect(warning).toHaveCount(0);
  // The lock screen's own status, beside the window's (empty) notices region: looked for by its text.
  await expect(page.getByRole('status').filter({ hasText: /vergrendeld na inactiviteit/i })).toHaveText(
    /vergrendeld na inactiviteit/i,
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible();
  await expect(page.locator('table')).toHaveCount(0);
  await app.expectAccessible('vergrendeld na inactiviteit');
  await app.screenshot('vergrendeld-na-inactiviteit');
});

test('toetsenbordgebruik houdt de sessie open', async ({ app }) => {
  await openAsBeheerder(app);
  const { page } = app;
  await app.callsSettled();
  // The page's clock follows core's (harness): 9 minutes on are past the page's 30-second throttle
  // of activity reports too.
  app.clock.advance(9 * 60 * 1000);
  await app.clock.pageFollowed();
  await page.keyboard.press('Shift');
  await expect.poll(() => app.calls.filter((c) => c.channel === 'session:activity').length).toBe(1);
  // Within 30 seconds, more input sends nothing more.
  await page.keyboard.press('Shift');
  await page.mouse.click(600, 500);
  // Where the person was working: the warning leaves the focus there, and keys go on reaching it.
  await page.keyboard.press('Tab');
  await page.evaluate(() => {
    const here = document.activeElement!;
    here.setAttribute('data-werkte-hier', '');
    here.addEventListener('keydown', (event) =>
      here.setAttribute('data-toetsen', `${here.getAttribute('data-toetsen') ?? ''}${(event as KeyboardEvent).key}`),
    );
  });
  const workingAt = page.locator('[data-werkte-hier]');
  await expect(workingAt).toBeFocused();
  app.clock.advance(9 * 60 * 1000);
  expect(await app.core.checkIdle()).toBe(false);
  expect(app.calls.filter((c) => c.channel === 'session:activity')).toHaveLength(1);

  // The idle lock's warning: any key takes it away and counts as activity at once (no throttle),
  // and the key itself reaches where the person was working: nothing typed is swallowed.
  const warning = page.getByRole('alert', { name: 'Het scherm wordt zo vergrendeld' });
  await expect(warning).toBeVisible();
  await expect(workingAt).toBeFocused();
  await page.keyboard.press('a');
  await expect(warning).toHaveCount(0);
  await expect(workingAt).toBeFocused();
  await expect(workingAt).toHaveAttribute('data-toetsen', 'a');
  await expect.poll(() => app.calls.filter((c) => c.channel === 'session:activity').length).toBe(2);
  app.clock.advance(2 * 60 * 1000);
  expect(await app.core.checkIdle()).toBe(false);
  // A new quiet spell, a new warning; "Aan het werk blijven" keeps the session open too.
  app.clock.advance(7 * 60 * 1000);
  expect(await app.core.checkIdle()).toBe(false);
  await warning.getByRole('button', { name: 'Aan het werk blijven' }).click();
  await expect(warning).toHaveCount(0);
  await expect.poll(() => app.calls.filter((c) => c.channel === 'session:activity').length).toBe(3);
  app.clock.advance(2 * 60 * 1000);
  expect(await app.core.checkIdle()).toBe(false);
  app.clock.advance(9 * 60 * 1000);
  expect(await app.core.checkIdle()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible();
});

test('na inactiviteit met notulen die niet zijn opgeslagen: na ontgrendelen staat de tekst er nog', async ({ app }) => {
  const mine = 'Mijn duiding, door de server geweigerd (fictief).';
  await minutesRefusedAsStale(app, mine);
  const { page } = app;
  // A stale refusal is not tried again by itself: nothing the page does holds the session open.
  await app.callsSettled();
  app.clock.advance(11 * 60 * 1000);
  expect(await app.core.checkIdle()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible();
  // Held in the window's memory only: nothing of it on the lock screen.
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('Mijn duiding');
  await field(page, 'Wachtwoord').fill(REGISSEUR.password);
  await page.keyboard.press('Enter');
  // Back on the minutes: the own text in the field, saved again, refused again beside what changed.
  await expect(field(page, 'Duiding')).toHaveValue(mine);
  await expect(page.getByTestId('stale-notice')).toContainText('Iemand anders heeft dit intussen opgeslagen');
  await app.expectAccessible('na inactiviteit: geweigerde notulen terug');
});

test('na inactiviteit met een actie die nog niet is opgeslagen: na ontgrendelen staat de tekst er nog', async ({
  app,
}) => {
  await setUpCasework(app);
  const { caseId } = await registerSignal(app, { naam: 'Sanne Plan (fictief)' });
  await app.open(`/casussen/${caseId}`);
  const { page } = app;
  await page.getByRole('tab', { name: /Plan van aanpak/ }).click();
  await page.getByRole('button', { name: 'Interventie of actie toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Interventie of actie toevoegen' });
  const mine = 'Mentor koppelen; wekelijks contact over school en vrienden (fictief).';
  await dialog.getByRole('radio', { name: 'Actie' }).check();
  await field(dialog, 'Omschrijving en doel').fill(mine);
  await field(dialog, 'Actiehouder: partner').click();
  await pickOption(page, 'Gemeente');
  await field(dialog, 'Actiehouder: naam').fill('J. Jansen (fictief)');
  // Typing is activity: the last of it must be in before the clock moves.
  await app.callsSettled();
  app.clock.advance(11 * 60 * 1000);
  expect(await app.core.checkIdle()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('Mentor koppelen');
  await field(page, 'Wachtwoord').fill(REGISSEUR.password);
  await page.keyboard.press('Enter');
  // Back on the dossier's plan with the dialog open and the own text in it, not saved: the user decides.
  await expect(dialog).toBeVisible();
  await expect(field(dialog, 'Omschrijving en doel')).toHaveValue(mine);
  await expect(dialog.getByRole('radio', { name: 'Actie' })).toBeChecked();
  await expect(field(dialog, 'Actiehouder: naam')).toHaveValue('J. Jansen (fictief)');
  await expect(page.getByText('Er staan nog geen interventies of acties in het plan van aanpak.')).toBeVisible();
  await app.expectAccessible('na inactiviteit: actie terug in het formulier');
  await dialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('table', { name: 'Plan van aanpak' })).toContainText(mine);

  // Changing it, with a colleague's save before the lock: after the unlock the dialog still saves
  // over the version it was opened at, so the save is refused, not written over the colleague's.
  await page.getByRole('button', { name: /^Wijzigen: Mentor koppelen/ }).click();
  const editing = page.getByRole('dialog', { name: 'Interventie of actie wijzigen' });
  const changed = 'Mentor koppelen; ook de ouders spreken (fictief).';
  await field(editing, 'Omschrijving en doel').fill(changed);
  const action = (await dispatch<CaseDossier>(app, 'cases:get', { id: caseId })).actions[0]!;
  await dispatch(app, 'cases:save-action', {
    caseId,
    id: action.id,
    version: action.version,
    soort: action.soort,
    interventietype: action.interventietype,
    omschrijving: 'Omschrijving van een collega (fictief).',
    actiehouderPartner: action.actiehouderPartner,
    actiehouderNaam: action.actiehouderNaam,
    actiehouderAccountId: action.actiehouderAccountId,
    deadline: action.deadline,
    status: action.status,
  });
  await lockIdleAndUnlock(app, 'ook de ouders');
  await expect(field(editing, 'Omschrijving en doel')).toHaveValue(changed);
  await editing.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editing.getByTestId('stale-notice')).toContainText('Iemand anders heeft dit intussen opgeslagen');
});

test('na inactiviteit met een signaal dat nog niet is geregistreerd: na ontgrendelen staat het er nog', async ({
  app,
}) => {
  await setUpCasework(app);
  await app.open('/signalen/nieuw');
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Signaal registreren' })).toBeVisible();
  const mine = 'Deelt online oproepen tot geweld; school maakt zich zorgen (fictief).';
  await field(page, 'Naam').fill('Sam Slot (fictief)');
  await field(page, 'Omschrijving').fill(mine);
  // Typing asks core for possible matches: the last of those must be in before the clock moves.
  await app.callsSettled();
  app.clock.advance(11 * 60 * 1000);
  expect(await app.core.checkIdle()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('Sam Slot');
  await field(page, 'Wachtwoord').fill(REGISSEUR.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Signaal registreren' })).toBeVisible();
  await expect(field(page, 'Naam')).toHaveValue('Sam Slot (fictief)');
  await expect(field(page, 'Omschrijving')).toHaveValue(mine);
  await app.expectAccessible('na inactiviteit: signaal terug in het formulier');
});

test('na inactiviteit met een notitie die nog niet is toegevoegd: na ontgrendelen staat ze er nog', async ({ app }) => {
  await setUpCasework(app);
  const { caseId } = await registerSignal(app, { naam: 'Noor Notitie (fictief)' });
  await app.open(`/casussen/${caseId}`);
  const { page } = app;
  await page.getByRole('tab', { name: /Notities/ }).click();
  const mine = 'Gebeld met de mentor op school; volgende week opnieuw (fictief).';
  await field(page, 'Nieuwe notitie').fill(mine);
  await app.callsSettled();
  app.clock.advance(11 * 60 * 1000);
  expect(await app.core.checkIdle()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible();
  await field(page, 'Wachtwoord').fill(REGISSEUR.password);
  await page.keyboard.press('Enter');
  // The dossier opens on its notes (the tab is not in the address), the note not added yet.
  await expect(field(page, 'Nieuwe notitie')).toHaveValue(mine);
  await expect(page.getByRole('tab', { name: /Notities/ })).toHaveAttribute('aria-selected', 'true');
});

test('na inactiviteit met bevindingen, een weging, een correctie, een beperking en de toegang die niet zijn vastgelegd: na ontgrendelen staan ze er nog', async ({
  app,
}) => {
  await setUpCasework(app);
  const { caseId } = await registerSignal(app, { naam: 'Mo Monitoring (fictief)' });
  const planned = await dispatch<CaseDossier>(app, 'cases:plan-monitoring', { id: caseId, gepland: day(7) });
  const moment = planned.monitoring[0]!;
  await app.open(`/casussen/${caseId}`);
  const { page } = app;
  await page.getByRole('tab', { name: /^Monitoring/ }).click();
  await page.getByRole('button', { name: /^Bevindingen vastleggen \(/ }).click();
  const findings = 'Gesprek met school en wijkagent; doorgaan met het plan (fictief).';
  await field(page, 'Bevindingen').fill(findings);
  // A colleague records findings for the same moment before the lock: the form was opened at version 1.
  await dispatch(app, 'cases:record-monitoring', {
    id: caseId,
    monitoringId: moment.id,
    bevindingen: 'Bevindingen van een collega (fictief).',
    version: moment.version,
  });
  await lockIdleAndUnlock(app, 'Gesprek met school');
  // The dossier opens on its monitoring with the own findings in the form; saving them is still
  // refused (the version the form was opened at), never written over the colleague's.
  await expect(page.getByRole('tab', { name: /^Monitoring/ })).toHaveAttribute('aria-selected', 'true');
  await expect(field(page, 'Bevindingen')).toHaveValue(findings);
  await resizeWindow(page, { width: 1366, height: 900 });
  await app.screenshot('ontgrendeld-bevindingen-terug');
  await page.getByRole('button', { name: 'Bevindingen vastleggen', exact: true }).click();
  await expect(page.getByTestId('stale-notice')).toContainText('Iemand anders heeft dit intussen opgeslagen');
  await expect(page.getByRole('table', { name: 'Monitoring' })).not.toContainText('Gesprek met school');
  await page.getByRole('button', { name: 'Annuleren' }).click();

  // The weging of the signal: typed, not recorded, back on the signals after the unlock.
  await page.getByRole('tab', { name: /^Signalen/ }).click();
  await page.getByRole('button', { name: 'Wegen' }).click();
  const weging = page.getByRole('form', { name: 'Signaal wegen' });
  await weging.getByRole('radio').first().check();
  const motivering = 'Zorgen van school en politie wegen zwaar; bespreken in het casusoverleg (fictief).';
  await field(weging, 'Motivering').fill(motivering);
  // The status change's dialog (in the header, over every tab) with its toelichting, in the same lock.
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  const status = page.getByRole('dialog', { name: /^Status wijzigen van / });
  const toelichting = 'Besproken in het casusoverleg van dinsdag (fictief).';
  await field(status, 'Toelichting').fill(toelichting);
  await lockIdleAndUnlock(app, 'Zorgen van school');
  await expect(field(status, 'Toelichting')).toHaveValue(toelichting);
  await status.getByRole('button', { name: 'Annuleren' }).click();
  await expect(status).toHaveCount(0);
  await expect(page.getByRole('tab', { name: /^Signalen/ })).toHaveAttribute('aria-selected', 'true');
  await expect(field(weging, 'Motivering')).toHaveValue(motivering);
  await expect(weging.getByRole('radio').first()).toBeChecked();
  await app.expectAccessible('na inactiviteit: weging terug in het formulier');
  await app.screenshot('ontgrendeld-weging-terug');

  // A correction of the person's data (the person menu, in the header): back in its dialog.
  await page.getByRole('button', { name: 'Persoon' }).click();
  await page.getByRole('menuitem', { name: 'Gegevens corrigeren' }).click();
  const correct = page.getByRole('dialog', { name: 'Gegevens van Mo Monitoring (fictief) corrigeren' });
  await field(correct, 'Naam').fill('Mo Monitoring-de Vries (fictief)');
  const reden = 'Verzoek betrokkene, paspoort gezien (fictief).';
  await field(correct, 'Reden van de correctie').fill(reden);
  await lockIdleAndUnlock(app, 'paspoort gezien');
  await expect(field(correct, 'Naam')).toHaveValue('Mo Monitoring-de Vries (fictief)');
  await expect(field(correct, 'Reden van de correctie')).toHaveValue(reden);
  await correct.getByRole('button', { name: 'Annuleren' }).click();
  await expect(correct).toHaveCount(0);

  // The reason for restricting the processing (the same menu): back in its dialog.
  await page.getByRole('button', { name: 'Persoon' }).click();
  await page.getByRole('menuitem', { name: 'Verwerking beperken' }).click();
  const restrict = page.getByRole('dialog', { name: 'Verwerking beperken voor Mo Monitoring (fictief)' });
  const waarom = 'Betrokkene betwist de juistheid van de gegevens (fictief).';
  await field(restrict, 'Reden').fill(waarom);
  await lockIdleAndUnlock(app, 'betwist de juistheid');
  await expect(field(restrict, 'Reden')).toHaveValue(waarom);
  await app.expectAccessible('na inactiviteit: reden van de beperking terug');
  await app.screenshot('ontgrendeld-beperking-terug');
  await restrict.getByRole('button', { name: 'Annuleren' }).click();
  await expect(restrict).toHaveCount(0);

  // Partners en toegang: the casus shielded, not saved, and a colleague's save of the casus before
  // the lock. The dossier opens on that tab with the choice kept; saving it is still refused.
  await page.getByRole('tab', { name: 'Partners en toegang' }).click();
  const shielded = page.getByRole('switch', { name: /^Afgeschermd/ });
  await shielded.check();
  const before = await dispatch<CaseDossier>(app, 'cases:get', { id: caseId });
  await dispatch(app, 'cases:update', {
    id: caseId,
    regionId: before.regionId,
    procesregisseurId: before.procesregisseur?.id ?? null,
    partners: ['politie'],
    afgeschermd: false,
    namedAccountIds: [],
    version: before.version,
  });
  await lockIdleAndUnlock(app, 'Aangewezen accounts');
  await expect(page.getByRole('tab', { name: 'Partners en toegang' })).toHaveAttribute('aria-selected', 'true');
  await expect(shielded).toBeChecked();
  await expect(page.getByRole('group', { name: 'Aangewezen accounts' })).toBeVisible();
  await app.expectAccessible('na inactiviteit: toegang terug');
  await app.screenshot('ontgrendeld-toegang-terug');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('stale-notice')).toContainText('Iemand anders heeft dit intussen opgeslagen');
  expect((await dispatch<CaseDossier>(app, 'cases:get', { id: caseId })).afgeschermd).toBe(false);
});

test('na inactiviteit met een contactmoment dat niet is vastgelegd: na ontgrendelen staat het er nog', async ({
  app,
}) => {
  await setUpCasework(app);
  const traject = await dispatch<TrajectoryView>(app, 'trajectories:open', {
    bron: 'aanmelding_partner',
    aanmelderPartner: 'onderwijs',
    regionId: NOORD,
    aanmeldDatum: day(-5),
    doelen: [],
  });
  await app.open(`/mentorproject/trajecten/${traject.id}`);
  const { page } = app;
  await resizeWindow(page, { width: 1366, height: 900 });
  // A dialog opened and left as it was holds nothing.
  await page.getByRole('button', { name: 'Evaluatiemoment vastleggen' }).click();
  await page
    .getByRole('dialog', { name: 'Evaluatiemoment vastleggen' })
    .getByRole('button', { name: 'Annuleren' })
    .click();
  await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Contactmoment vastleggen' });
  const notitie = 'Samen gesport; gaat weer naar school, thuis is het rustiger (fictief).';
  await field(dialog, 'Duur in minuten').fill('45');
  await field(dialog, 'Korte notitie').fill(notitie);
  await lockIdleAndUnlock(app, 'Samen gesport');
  await expect(dialog).toBeVisible();
  await expect(field(dialog, 'Korte notitie')).toHaveValue(notitie);
  await expect(field(dialog, 'Duur in minuten')).toHaveValue('45');
  await expect(page.getByRole('dialog', { name: 'Evaluatiemoment vastleggen' })).toHaveCount(0);
  await app.expectAccessible('na inactiviteit: contactmoment terug in het formulier');
  await app.screenshot('ontgrendeld-contactmoment-terug');
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.getByRole('region', { name: 'Contactmomenten (1)' })).toContainText(notitie);
  // Added: nothing is left unsaved, so a log-out does not ask.
  await page.getByRole('button', { name: /gebruikersmenu/ }).click();
  await page.getByRole('menuitem', { name: 'Afmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Aanmelden|Inloggen bij )/ })).toBeVisible();
});

/** The idle lock with `typed` not saved on screen; nothing of it on the lock screen; the unlock. */
async function lockIdleAndUnlock(app: AppHarness, typed: string): Promise<void> {
  const { page } = app;
  // Typing is activity: the last of it must be in before the clock moves.
  await app.callsSettled();
  app.clock.advance(11 * 60 * 1000);
  expect(await app.core.checkIdle()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText)).not.toContain(typed);
  await field(page, 'Wachtwoord').fill(REGISSEUR.password);
  await page.keyboard.press('Enter');
}

function callsMadeSince(app: { calls: { channel: string }[] }, from: number): string {
  return (
    app.calls
      .slice(from)
      .map((call) => call.channel)
      .join(', ') || 'none'
  );
}
