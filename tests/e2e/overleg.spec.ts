/// <reference lib="dom" />
// Meetings through the UI (issue 6): plan a meeting (chair and notulist from the colleagues),
// attendance, agenda (suggestions, search, reorder by keyboard and by dragging, remove); the live
// minutes with autosave that survives a reload and a lock, item shortcuts and timer, a Ctrl+K citation at the cursor, a weging and an action recorded into
// the casus; vaststellen (read-only afterwards, addenda only); the minutes and a partner's
// extract printed to PDF; and the follow-up of actions (filtered by casus, partner and overdue).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { formatDate } from '../../src-shared/domain/format';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import { expect, test, type AppHarness } from './harness/fixtures';
import {
  addAccountDirectly,
  day,
  dispatch,
  lockAndUnlock,
  NOORD,
  openAsRegisseur,
  registerSignal,
  REGISSEUR,
} from './harness/casework';
import { field, pickOption } from './harness/locators';
import { minutesRefusedAsStale } from './harness/minutes';
import { expectPreviewIsPdf } from './harness/print-check';
import { atBothSizes, resizeWindow } from './harness/sizes';

const saved = (app: AppHarness) => app.page.getByTestId('opslagstatus');

/**
 * A meeting held today (its minutes can be adopted from its day on) with the procesregisseur as
 * chair, a signal and an other item on the agenda (through core).
 */
async function meetingWithAgenda(app: AppHarness, regisseurId: number, extra: Record<string, unknown>[] = []) {
  const signal = await registerSignal(app, { naam: 'Sam Agenda (fictief)' });
  const meeting = await dispatch<MeetingView>(app, 'meetings:create', {
    type: 'i2o',
    title: 'Informatieoverleg Noord',
    datum: day(0),
    starttijd: '09:30',
    locatie: 'Vergaderzaal 2',
    regionId: NOORD,
    voorzitterId: regisseurId,
    invitedPartners: ['politie', 'gemeente'],
  });
  await dispatch(app, 'meetings:update', {
    id: meeting.id,
    details: {
      type: 'i2o',
      title: 'Informatieoverleg Noord',
      datum: day(0),
      starttijd: '09:30',
      locatie: 'Vergaderzaal 2',
      regionId: NOORD,
      voorzitterId: regisseurId,
      invitedPartners: ['politie', 'gemeente'],
    },
    attendance: [
      { partner: 'politie', status: 'aanwezig', namen: 'K. de Wit (fictief)' },
      { partner: 'gemeente', status: 'afgemeld', namen: '' },
    ],
  });
  await dispatch(app, 'meetings:save-agenda', {
    id: meeting.id,
    items: [
      { kind: 'signaal', signalId: signal.signalId, plannedMinutes: 15 },
      { kind: 'overig', title: 'Mededelingen', plannedMinutes: 5 },
      ...extra,
    ],
  });
  return { meetingId: meeting.id, signal };
}

test('een overleg plannen: gegevens, aanwezigheid en agenda met het toetsenbord', async ({ app }) => {
  test.slow();
  await openAsRegisseur(app);
  const { page } = app;
  await addAccountDirectly(app, {
    username: 'nina',
    displayName: 'Nina Notulist (fictief)',
    password: 'Nina notuleert de overleggen in Noord',
    roles: ['notulist'],
    regionIds: [NOORD],
  });
  const signal = await registerSignal(app, { naam: 'Sam Suggestie (fictief)' });
  const other = await registerSignal(app, { naam: 'Noa Zoekbaar (fictief)' });

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Overleggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overleggen' })).toBeVisible();
  await expect(page.getByText('Er is nog geen overleg gepland.')).toBeVisible();
  await page.getByRole('link', { name: 'Overleg plannen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overleg plannen' })).toBeVisible();
  await page.getByRole('button', { name: 'Overleg plannen' }).click();
  await expect(field(page, 'Soort overleg')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await field(page, 'Soort overleg').click();
  await pickOption(page, 'Informatieoverleg (i2o)');
  await field(page, 'Titel').fill('Informatieoverleg Noord');
  await field(page, 'Datum').fill(formatDate(day(7)));
  await field(page, 'Begintijd').fill('9.30');
  await field(page, 'Locatie').fill('Vergaderzaal 2');
  await field(page, 'ZVH-regio').click();
  await pickOption(page, 'Noord');
  await expect(field(page, 'Voorzitter')).toHaveValue(`${REGISSEUR.displayName} (ikzelf)`);
  // Notulist from the colleagues of the region (not the beheerder's account list): Mila works in
  // Midden only, Nina in Noord; picked with the keyboard.
  const notulist = field(page, 'Notulist');
  await notulist.fill('Mila');
  await expect(page.getByText('Geen collega gevonden in deze regio.')).toBeVisible();
  await notulist.fill('nin');
  await expect(page.getByRole('option')).toHaveText(['Nina Notulist (fictief)Notulist']);
  await page.keyboard.press('Enter');
  await expect(notulist).toHaveValue('Nina Notulist (fictief)');
  const invite = field(page, 'Collega uitnodigen');
  await invite.fill('Nina');
  await page.keyboard.press('Enter');
  await expect(invite).toHaveValue('');
  await expect(field(page, 'Uitgenodigde personen')).toHaveValue('Nina Notulist (fictief)');
  await invite.fill('Nina');
  await expect(page.getByText('Geen collega gevonden in deze regio.')).toBeVisible();
  await page.keyboard.press('Escape');
  await field(page, 'Uitgenodigde personen').press('End');
  await page.keyboard.type('\nJ. Jansen, school (fictief)');
  const partners = page.getByRole('combobox', { name: 'Uitgenodigde partners' });
  await partners.fill('Polit');
  await page.keyboard.press('Enter');
  await partners.fill('Gemeen');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Overleg plannen' }).click();
  await expect(field(page, 'Begintijd')).toHaveAccessibleDescription('Vul een tijd in als uu:mm.');
  await field(page, 'Begintijd').fill('09:30');
  // Locked before it is planned (Ctrl+L): after the unlock the form holds what was filled in.
  await lockAndUnlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overleg plannen' })).toBeVisible();
  await expect(field(page, 'Titel')).toHaveValue('Informatieoverleg Noord');
  await expect(notulist).toHaveValue('Nina Notulist (fictief)');
  await expect(field(page, 'Uitgenodigde personen')).toHaveValue(
    'Nina Notulist (fictief)\nJ. Jansen, school (fictief)',
  );
  await app.expectAccessible('overleg plannen');
  await app.screenshot('1-plannen');
  await page.getByRole('button', { name: 'Overleg plannen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Informatieoverleg Noord' })).toBeVisible();
  await expect(page.getByText(`Informatieoverleg (i2o) · ${formatDate(day(7))} om 09:30 · Concept`)).toBeVisible();
  await expect(page.getByText('Nina Notulist (fictief)', { exact: true })).toBeVisible();

  // Gegevens wijzigen, with a colleague's save of the meeting before a lock: after the unlock the
  // dialog is open with the own change, and saving it is still refused (the version it was opened at).
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  const details = page.getByRole('dialog', { name: 'Gegevens wijzigen' });
  await field(details, 'Locatie').fill('Raadzaal, stadhuis');
  const meetingId = Number(page.url().split('/').pop());
  const planned = await dispatch<MeetingView>(app, 'meetings:get', { id: meetingId });
  await dispatch(app, 'meetings:update', {
    id: meetingId,
    details: {
      type: planned.type,
      title: planned.title,
      datum: planned.datum,
      starttijd: planned.starttijd,
      locatie: 'Vergaderzaal 3',
      regionId: planned.regionId,
      voorzitterId: planned.voorzitter?.id ?? null,
      notulistId: planned.notulist?.id ?? null,
      invitedPartners: planned.invitedPartners,
      invitedPersons: planned.invitedPersons,
    },
    attendance: planned.attendance,
    version: planned.version,
  });
  await lockAndUnlock(page);
  await expect(field(details, 'Locatie')).toHaveValue('Raadzaal, stadhuis');
  await app.expectAccessible('gegevens wijzigen na ontgrendelen');
  await app.screenshot('1b-gegevens-na-ontgrendelen');
  await details.getByRole('button', { name: 'Opslaan' }).click();
  await expect(details.getByTestId('stale-notice')).toContainText('Verschilt van wat u wilde opslaan: Locatie.');
  await details.getByRole('button', { name: 'Annuleren' }).click();
  await expect(details).toHaveCount(0);

  // Attendance of the invited partners: not known before the meeting (nobody is marked present),
  // and a meeting a week ahead offers no vaststellen.
  const attendance = page.getByRole('table', { name: 'Aanwezigheid' });
  await expect(attendance.getByRole('row')).toHaveCount(3);
  await expect(field(page, 'Aanwezigheid Politie')).toHaveText('Nog niet bekend');
  await expect(field(page, 'Aanwezigheid Gemeente')).toHaveText('Nog niet bekend');
  await expect(field(page, 'Namen Politie')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Notulen vaststellen…' })).toHaveCount(0);
  await expect(page.getByTestId('vaststellen-status')).toHaveText(
    `Het overleg is op ${formatDate(day(7))}. Vanaf die dag kan de voorzitter de notulen vaststellen.`,
  );
  await field(page, 'Aanwezigheid Politie').click();
  await pickOption(page, 'Aanwezig');
  await field(page, 'Namen Politie').fill('K. de Wit (fictief)');
  await field(page, 'Aanwezigheid Gemeente').click();
  await pickOption(page, 'Afgemeld');
  await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  // Filtered: in team mode the app bar's connection is a status too.
  await expect(page.getByRole('status').filter({ hasText: 'aanwezigheid' })).toHaveText(
    'De aanwezigheid is opgeslagen.',
  );

  // Agenda: the signal from the suggestions, a case found by name, another item.
  await page
    .getByRole('button', { name: `${signal.caseNumber} Sam Suggestie (fictief) toevoegen aan de agenda` })
    .click();
  const agenda = page.getByRole('list', { name: /^Agenda/ });
  await expect(agenda.getByRole('listitem')).toHaveCount(1);
  await field(page, 'Casus zoeken en toevoegen').fill('Zoekbaar');
  await page.getByRole('option', { name: `${other.caseNumber} Noa Zoekbaar (fictief)` }).click();
  await expect(agenda.getByRole('listitem')).toHaveCount(2);
  await field(page, 'Ander agendapunt (titel)').fill('Mededelingen');
  await page.getByRole('button', { name: 'Ander punt toevoegen' }).click();
  await expect(agenda.getByRole('listitem')).toHaveText([/Sam Suggestie/, /Noa Zoekbaar/, /Mededelingen/]);
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda (3 punten)' })).toBeVisible();

  // Reorder by keyboard: Mededelingen to the top with Alt+↑ (twice), focus stays on the item.
  await page.getByRole('button', { name: 'Mededelingen omhoog' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(agenda.getByRole('listitem')).toHaveText([/Sam Suggestie/, /Mededelingen/, /Noa Zoekbaar/]);
  await expect(page.getByRole('button', { name: 'Mededelingen omhoog' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(agenda.getByRole('listitem')).toHaveText([/Mededelingen/, /Sam Suggestie/, /Noa Zoekbaar/]);
  const announced = page.getByTestId('agenda-melding');
  await expect(announced).toHaveText('‘Mededelingen’ staat nu op plaats 1 van 3.');
  // Reorder by dragging (native drag and drop): Noa Zoekbaar dropped on the first item takes its place.
  const agendaItem = (text: string) => agenda.getByRole('listitem').filter({ hasText: text });
  await agendaItem('Noa Zoekbaar').dragTo(agendaItem('Mededelingen'));
  await expect(agenda.getByRole('listitem')).toHaveText([/Noa Zoekbaar/, /Mededelingen/, /Sam Suggestie/]);
  await expect(announced).toHaveText(`‘${other.caseNumber} Noa Zoekbaar (fictief)’ staat nu op plaats 1 van 3.`);
  await agendaItem('Mededelingen').dragTo(agendaItem('Sam Suggestie'));
  await expect(agenda.getByRole('listitem')).toHaveText([/Noa Zoekbaar/, /Sam Suggestie/, /Mededelingen/]);
  await expect(announced).toHaveText('‘Mededelingen’ staat nu op plaats 3 van 3.');
  // Saved in core: after a reload the order is the same.
  await page.reload();
  await expect(agenda.getByRole('listitem')).toHaveText([/Noa Zoekbaar/, /Sam Suggestie/, /Mededelingen/]);
  await agendaItem('Mededelingen').dragTo(agendaItem('Noa Zoekbaar'));
  await expect(agenda.getByRole('listitem')).toHaveText([/Mededelingen/, /Noa Zoekbaar/, /Sam Suggestie/]);
  await agendaItem('Sam Suggestie').dragTo(agendaItem('Noa Zoekbaar'));
  await expect(agenda.getByRole('listitem')).toHaveText([/Mededelingen/, /Sam Suggestie/, /Noa Zoekbaar/]);
  await page.getByRole('button', { name: `${other.caseNumber} Noa Zoekbaar (fictief) van de agenda halen` }).click();
  await expect(agenda.getByRole('listitem')).toHaveText([/Mededelingen/, /Sam Suggestie/]);
  await app.expectAccessible('overleg met agenda');
  await app.screenshot('2-overleg-agenda');

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Overleggen' }).click();
  const upcoming = page.getByRole('table', { name: 'Komende overleggen' });
  await expect(upcoming.getByRole('row').nth(1)).toContainText('Informatieoverleg Noord');
  await expect(upcoming.getByRole('row').nth(1)).toContainText('Concept');
  await app.expectAccessible('overleggen');
  await app.screenshot('3-overleggen');
});

test('agenda: een verschuiving achter een geweigerde opslag wordt niet alsnog gemaakt', async ({ app }) => {
  const { regisseurId } = await openAsRegisseur(app);
  const { meetingId } = await meetingWithAgenda(app, regisseurId, [
    { kind: 'overig', title: 'Rondvraag', plannedMinutes: 5 },
  ]);
  const { page } = app;
  await app.open(`/overleggen/${meetingId}`);
  const agenda = page.getByRole('list', { name: /^Agenda/ });
  await expect(agenda.getByRole('listitem')).toHaveText([/Sam Agenda/, /Mededelingen/, /Rondvraag/]);

  // The first move's save is held and then refused as changed elsewhere (another version); a second
  // Alt+↑ pressed meanwhile is queued behind it. The refusal ends the sequence: the queued move is
  // not made afterwards on an order the user no longer sees.
  let saves = 0;
  app.tamper('meetings:save-agenda', (input) => {
    saves += 1;
    const loaded = input as { version: number };
    return saves === 1 ? { ...loaded, version: loaded.version + 1 } : input;
  });
  const release = app.hold('meetings:save-agenda');
  await page.getByRole('button', { name: 'Rondvraag omhoog' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  release();
  const notice = page.getByTestId('stale-notice');
  await expect(notice).toBeVisible();
  // Loading the newest version goes through core after the refusal: a queued move would have been
  // sent before it.
  await notice.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(notice.getByRole('button', { name: 'Nieuwste versie laden' })).toBeHidden();
  await expect(agenda.getByRole('listitem')).toHaveText([/Sam Agenda/, /Mededelingen/, /Rondvraag/]);
  expect(saves).toBe(1);
  await app.expectAccessible('agenda na een geweigerde verschuiving');
});

test('notuleren in een venster van 1024×768: het tekstveld blijft staan als het opslaan begint en klaar is', async ({
  app,
}) => {
  const { regisseurId } = await openAsRegisseur(app);
  const { meetingId, signal } = await meetingWithAgenda(app, regisseurId, []);
  // An earlier meeting that discussed the casus: its besluit is the notulist's background.
  const earlier = await dispatch<MeetingView>(app, 'meetings:create', {
    type: 'ico',
    title: 'Casusoverleg Noord (fictief)',
    datum: day(-14),
    starttijd: '10:00',
    regionId: NOORD,
    voorzitterId: regisseurId,
  });
  const earlierAgenda = await dispatch<MeetingView>(app, 'meetings:save-agenda', {
    id: earlier.id,
    items: [{ kind: 'casus', caseId: signal.caseId, title: 'Eerste bespreking', plannedMinutes: 20 }],
  });
  await dispatch(app, 'meetings:save-item', {
    itemId: earlierAgenda.items[0]!.id,
    spentSeconds: 0,
    minutes: {
      inbreng: [],
      duiding: '',
      besluiten: [{ id: 'b1', tekst: 'Wijkagent legt contact (fictief).' }],
      acties: [],
    },
  });
  const { page } = app;
  await resizeWindow(page, { width: 1024, height: 768 });
  await app.open(`/overleggen/${meetingId}`);
  await page.getByRole('link', { name: 'Notuleren' }).click();
  // The narrowest case: the navigation unfolded beside the minutes.
  await page.getByRole('button', { name: 'Navigatie uitklappen' }).click();
  const duiding = field(page, 'Duiding');
  await expect(duiding).toBeVisible();
  // The item's background (issue 21 item 8): the signal and the earlier meeting's besluit, foldable.
  const background = page.getByRole('region', { name: 'Achtergrond van deze casus' });
  await expect(background).toContainText(/Signaal \d{2}-\d{2}-\d{4} van /);
  // The severity reads as a labelled fact, not "ernst Ernstig — …".
  await expect(background).toContainText(' · Ernst: Ernstig — bereidheid tot geweld geuit. ');
  await expect(background).toContainText('Casusoverleg Noord (fictief)');
  await expect(background).toContainText('Wijkagent legt contact (fictief).');
  await app.expectAccessible('notuleren met achtergrond');
  await app.screenshot('1024-achtergrond');
  await background.getByRole('button', { name: 'Verbergen' }).click();
  await expect(background.getByRole('button', { name: 'Tonen' })).toHaveAttribute('aria-expanded', 'false');
  await expect(background).not.toContainText('Wijkagent');
  await background.getByRole('button', { name: 'Tonen' }).click();
  await expect(background).toContainText('Wijkagent legt contact (fictief).');
  // Where the field sits on the page (not in the window: typing may scroll it into view).
  const top = () => duiding.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  await duiding.click();
  const before = await top();
  // While typing (issue 21, item 8: the first save moved the field ~45 px).
  await duiding.pressSequentially('Zorgen over ');
  expect(await top()).toBe(before);
  await expect(saved(app)).toHaveText(/^Opgeslagen \d{2}:\d{2}:\d{2}$/);
  expect(await top()).toBe(before);
  await app.screenshot('1024-opgeslagen');
  // Ctrl+K at 1024: its label whole, its body offering examples before anything is typed.
  await page.keyboard.press('Control+k');
  const lookup = page.getByRole('dialog', { name: 'Convenant opzoeken' });
  await expect(lookup.getByRole('group', { name: /voorbeeld/i })).toBeVisible();
  await app.expectAccessible('ctrl+k bij 1024');
  await app.screenshot('1024-ctrl-k');
  await page.keyboard.press('Escape');
  await resizeWindow(page, { width: 1366, height: 900 });
  await expect(background).toContainText('Wijkagent legt contact (fictief).');
  await app.screenshot('1366-achtergrond');
});

/**
 * Puts `text` on the browser's clipboard as a PDF reader would: from a page of its own on a secure
 * origin (the app's test origin is not one, so it has no clipboard API), served by that page's
 * route so the harness's guard against requests outside the app never sees it.
 */
async function putOnClipboard(app: AppHarness, text: string) {
  const context = app.page.context();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://klembord.test' });
  const reader = await context.newPage();
  await reader.route('https://klembord.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<p>pdf</p>' }),
  );
  await reader.goto('https://klembord.test/');
  await reader.evaluate((copied) => navigator.clipboard.writeText(copied), text);
  await reader.close();
  await app.page.bringToFront();
}

test('notuleren: een plak uit een pdf met een onzichtbaar NUL-teken wordt gewoon opgeslagen', async ({ app }) => {
  // A NUL, as some PDF readers copy it: Chromium keeps it in the field, PostgreSQL refused the
  // save (INTERNAL, every later autosave of the item too) and the SQLCipher file stored it.
  const { regisseurId } = await openAsRegisseur(app);
  const { meetingId } = await meetingWithAgenda(app, regisseurId);
  const { page } = app;
  await app.open(`/overleggen/${meetingId}`);
  await page.getByRole('link', { name: 'Notuleren' }).click();
  const duiding = field(page, 'Duiding');
  await duiding.click();
  await putOnClipboard(app, 'Gezien op school.\u0000 Uit de pdf van de melder (fictief).');
  await duiding.press('Control+v');
  const clean = 'Gezien op school. Uit de pdf van de melder (fictief).';
  await expect(duiding).toHaveValue(clean);
  await expect(saved(app)).toHaveText(/^Opgeslagen \d{2}:\d{2}:\d{2}$/);
  const meeting = await dispatch<MeetingView>(app, 'meetings:get', { id: meetingId });
  expect(meeting.items[0]!.minutes.duiding).toBe(clean);
});

test('live notuleren: autosave overleeft herladen en vergrendelen, sneltoetsen, Ctrl+K, weging en actie', async ({
  app,
}) => {
  test.slow();
  const { regisseurId } = await openAsRegisseur(app);
  const tweede = await registerSignal(app, { naam: 'Noa Tweede (fictief)' });
  const { meetingId, signal } = await meetingWithAgenda(app, regisseurId, [
    { kind: 'casus', caseId: tweede.caseId, plannedMinutes: 20 },
  ]);
  const { page } = app;
  await app.open(`/overleggen/${meetingId}`);
  await page.getByRole('link', { name: 'Notuleren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notuleren: Informatieoverleg Noord' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Punt 1 van 3: / })).toBeVisible();

  // Type, wait for the acknowledgement, reload: the text is back.
  const duiding = field(page, 'Duiding');
  await duiding.fill('Zorgen over online uitingen; school meldt verzuim.');
  await expect(saved(app)).toHaveText(/^Opgeslagen \d{2}:\d{2}:\d{2}$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Notuleren: Informatieoverleg Noord' })).toBeVisible();
  await expect(field(page, 'Duiding')).toHaveValue('Zorgen over online uitingen; school meldt verzuim.');

  // Ctrl+K at the cursor: the citation lands after "grond van", and typing goes on after it.
  await field(page, 'Duiding').fill('Gedeeld op grond van  door de politie.');
  await field(page, 'Duiding').press('Home');
  for (let i = 0; i < 'Gedeeld op grond van '.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+k');
  const lookup = page.getByRole('dialog', { name: 'Convenant opzoeken' });
  await expect(lookup.getByText('Enter voegt de verwijzing in de notulen in', { exact: false })).toBeVisible();
  await page.keyboard.type('politie delen met rvdk');
  await expect(lookup.getByRole('option').first()).toContainText('Artikel 7');
  await app.expectAccessible('Ctrl+K in de notulen');
  await page.keyboard.press('Enter');
  await expect(lookup).toBeHidden();
  await expect(field(page, 'Duiding')).toHaveValue(
    /^Gedeeld op grond van art\. 7( lid \d)? Convenant informatiedelen CTER Voorbeeldregio \(Voorbeeld — fictief\) \(versie 1\.0\) door de politie\.$/,
  );
  await expect(field(page, 'Duiding')).toBeFocused();
  await expect(saved(app)).toHaveText(/^Opgeslagen/);

  // Alt+I: a new inbreng row, its text field takes the focus. The texts after the shortcuts go into the
  // focused field in one input event (insertText, as a paste does): the shortcuts and where the focus
  // lands are what this test checks; typed key by key they took 40 % of its time (a trace, loaded).
  await page.keyboard.press('Alt+i');
  const inbreng = page.getByRole('group', { name: 'Inbreng 1' });
  await expect(field(inbreng, 'Wat is gedeeld')).toBeFocused();
  await page.keyboard.insertText('Politie: twee meldingen van online uitingen.');
  await field(inbreng, 'Partner').click();
  await pickOption(page, 'Politie', { exact: true });

  // Alt+B: a besluit, recorded as the weging of the signal.
  await page.keyboard.press('Alt+b');
  const besluit = page.getByRole('group', { name: 'Besluit 1' });
  await expect(field(besluit, 'Besluit')).toBeFocused();
  await page.keyboard.insertText('Bespreken in het casusoverleg met school en jeugdhulp.');
  await besluit.getByRole('button', { name: 'Als weging van het signaal vastleggen…' }).click();
  const weging = page.getByRole('dialog', { name: 'Weging vastleggen' });
  await weging.getByRole('radio', { name: 'Bespreken in casusoverleg' }).check();
  await expect(field(weging, 'Motivering')).toHaveValue('Bespreken in het casusoverleg met school en jeugdhulp.');
  // Typed in the dialog and locked: after the unlock the dialog is open again with it.
  const motivering = 'Bespreken in het casusoverleg met school, jeugdhulp en politie.';
  await field(weging, 'Motivering').fill(motivering);
  await lockAndUnlock(page);
  await expect(field(weging, 'Motivering')).toHaveValue(motivering);
  await expect(weging.getByRole('radio', { name: 'Bespreken in casusoverleg' })).toBeChecked();
  await app.expectAccessible('weging vastleggen');
  await weging.getByRole('button', { name: 'Weging vastleggen' }).click();
  await expect(weging).toBeHidden();
  await expect(besluit.getByText('Vastgelegd als weging: Bespreken in casusoverleg')).toBeVisible();

  // Alt+N: an action; once complete it becomes the casus's action.
  await page.keyboard.press('Alt+n');
  const actie = page.getByRole('group', { name: 'Actie 1' });
  await expect(field(actie, 'Actie')).toBeFocused();
  await page.keyboard.insertText('Gesprek met school over verzuim');
  await expect(actie.getByText(/Vul actie, partner, naam en deadline in/)).toBeVisible();
  await field(actie, 'Actiehouder: partner').click();
  await pickOption(page, 'Gemeente', { exact: true });
  await field(actie, 'Actiehouder: naam').fill('J. Jansen (fictief)');
  await field(actie, 'Deadline').fill(formatDate(day(14)));
  await expect(actie.getByText('Staat in de casus en in Mijn werk')).toBeVisible();

  // The item timer runs and pauses with Alt+T.
  await page.keyboard.press('Alt+t');
  await expect(page.getByRole('button', { name: 'Tijd pauzeren' })).toBeVisible();
  await expect(page.getByTestId('punttimer')).toHaveText(/^Tijd 0:0[1-9] van 15:00$/);
  await page.keyboard.press('Alt+t');
  await expect(page.getByRole('button', { name: 'Tijd starten' })).toBeVisible();
  await app.expectAccessible('notuleren punt 1');
  await app.screenshot('1-notuleren');

  // Alt+PageDown: the next item; text typed there and locked at once (no pause) is not lost.
  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByRole('heading', { level: 2, name: 'Punt 2 van 3: Mededelingen' })).toBeFocused();
  await field(page, 'Duiding').fill('Volgend overleg over drie weken.');
  await lockAndUnlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Notuleren: Informatieoverleg Noord' })).toBeVisible();
  await page.keyboard.press('Alt+PageDown');
  await expect(field(page, 'Duiding')).toHaveValue('Volgend overleg over drie weken.');
  await page.keyboard.press('Alt+PageUp');
  await expect(page.getByRole('heading', { level: 2, name: /^Punt 1 van 3: / })).toBeVisible();
  await expect(page.getByTestId('punttimer')).toHaveText(/^Tijd 0:0[1-9] van 15:00$/);

  // The third item, a casus: a decision and an action of its own.
  await page.keyboard.press('Alt+PageDown');
  await page.keyboard.press('Alt+PageDown');
  await expect(
    page.getByRole('heading', { level: 2, name: `Punt 3 van 3: ${tweede.caseNumber} Noa Tweede (fictief)` }),
  ).toBeFocused();
  await page.keyboard.press('Alt+b');
  await expect(field(page.getByRole('group', { name: 'Besluit 1' }), 'Besluit')).toBeFocused();
  await page.keyboard.insertText('Plan van aanpak opstellen met jeugdhulp.');
  await page.keyboard.press('Alt+n');
  const actie3 = page.getByRole('group', { name: 'Actie 1' });
  await expect(field(actie3, 'Actie')).toBeFocused();
  await page.keyboard.insertText('Jeugdhulp vraagt een intake aan');
  await field(actie3, 'Actiehouder: partner').click();
  await pickOption(page, 'Politie', { exact: true });
  await field(actie3, 'Actiehouder: naam').fill('K. de Wit (fictief)');
  await field(actie3, 'Deadline').fill(formatDate(day(21)));
  await expect(actie3.getByText('Staat in de casus en in Mijn werk')).toBeVisible();
  await expect(saved(app)).toHaveText(/^Opgeslagen \d{2}:\d{2}:\d{2}$/);
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await app.expectAccessible('notuleren punt 3');
  await app.screenshot('2-notuleren-punt-3');

  // The weging and the actions are in their casussen.
  await app.open(`/casussen/${tweede.caseId}`);
  await page.getByRole('tab', { name: 'Plan van aanpak (1)' }).click();
  await expect(page.getByRole('table', { name: 'Plan van aanpak' })).toContainText('Jeugdhulp vraagt een intake aan');
  await app.open(`/casussen/${signal.caseId}`);
  await expect(page.getByText('Status: Casusoverleg')).toBeVisible();
  await page.getByRole('tab', { name: 'Plan van aanpak (1)' }).click();
  await expect(page.getByRole('table', { name: 'Plan van aanpak' })).toContainText('Gesprek met school over verzuim');
});

test('vaststellen, addendum, notulen en uittreksel als PDF, acties opvolgen', async ({ app }) => {
  test.slow();
  const { regisseurId } = await openAsRegisseur(app);
  const { meetingId, signal } = await meetingWithAgenda(app, regisseurId);
  const meeting = await dispatch<MeetingView>(app, 'meetings:get', { id: meetingId });
  const [signalItem, mededelingen] = meeting.items;
  await dispatch(app, 'meetings:save-item', {
    itemId: signalItem!.id,
    spentSeconds: 600,
    minutes: {
      inbreng: [
        { id: 'i-1', partner: 'politie', tekst: 'Twee meldingen van online uitingen.', artikel: 'art. 5' },
        // A partner with a long name, named in the minutes only: offered for an extract, its name whole.
        { id: 'i-2', partner: 'rvdk', tekst: 'Geen lopend onderzoek bekend (fictief).', artikel: '' },
      ],
      duiding: 'Zorgen over online uitingen (fictief).',
      besluiten: [{ id: 'b-1', tekst: 'Gesprek met school en ouders organiseren (fictief).' }],
      acties: [
        {
          id: 'a-1',
          omschrijving: 'Gesprek met school over verzuim',
          actiehouderPartner: 'gemeente',
          actiehouderNaam: 'J. Jansen (fictief)',
          deadline: day(-2),
        },
      ],
    },
  });
  await dispatch(app, 'meetings:save-item', {
    itemId: mededelingen!.id,
    spentSeconds: 60,
    minutes: { duiding: 'Volgend overleg over drie weken.' },
  });
  // An action on another casus, for the casus filter of the follow-up.
  const ander = await registerSignal(app, { naam: 'Noa Ander (fictief)' });
  await dispatch(app, 'cases:save-action', {
    caseId: ander.caseId,
    soort: 'actie',
    omschrijving: 'Huisbezoek plannen (fictief)',
    actiehouderPartner: 'gemeente',
    actiehouderNaam: 'P. Pieters (fictief)',
    deadline: day(-1),
  });
  const { page } = app;
  await app.open(`/overleggen/${meetingId}`);
  await page.getByRole('button', { name: 'Notulen vaststellen…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Notulen van ‘Informatieoverleg Noord’ vaststellen?' });
  await app.expectAccessible('vaststellen bevestigen');
  await confirm.getByRole('button', { name: 'Notulen vaststellen…' }).click();
  await expect(page.getByText(/^Vastgesteld op .* door Rik Regisseur\.$/)).toBeVisible();
  await expect(page.getByText(/^Controlegetal \(SHA-256\): [0-9a-f]{64}$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gegevens wijzigen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Aanwezigheid opslaan' })).toHaveCount(0);

  // Afterwards: read-only minutes, corrections as addenda.
  await page.getByRole('link', { name: 'Notulen lezen' }).click();
  await expect(page.getByText(/zijn vastgesteld en alleen te lezen/)).toBeVisible();
  await expect(field(page, 'Duiding')).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Actie toevoegen' })).toHaveCount(0);
  await app.expectAccessible('vastgestelde notulen');
  await page.getByRole('link', { name: 'Terug naar het overleg' }).click();
  await field(page, 'Nieuw addendum').fill('Correctie: de school is ook uitgenodigd voor het casusoverleg.');
  // Locked before adding it (Ctrl+L): after the unlock the text is back in its field.
  await lockAndUnlock(page);
  await expect(field(page, 'Nieuw addendum')).toHaveValue(
    'Correctie: de school is ook uitgenodigd voor het casusoverleg.',
  );
  await page.getByRole('button', { name: 'Addendum toevoegen' }).click();
  await expect(page.getByText('Correctie: de school is ook uitgenodigd')).toBeVisible();
  await expect(page.getByText(/^Addendum van Rik Regisseur, /)).toBeVisible();
  await app.expectAccessible('vastgesteld met addendum');
  await app.screenshot('1-vastgesteld');

  // The minutes as PDF.
  await page.getByRole('link', { name: 'Notulen afdrukken' }).click();
  const title = `Notulen Informatieoverleg Noord ${formatDate(day(0))}`;
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
  await app.expectAccessible('afdrukvoorbeeld notulen');
  await app.screenshot('2-afdrukvoorbeeld');
  const savePdf = async (dialogTitle: string) => {
    await page.keyboard.press('Control+p');
    const dialog = page.getByRole('dialog', { name: `${dialogTitle} afdrukken` });
    await dialog.getByRole('radio', { name: 'Opslaan als PDF' }).check();
    await field(dialog, 'Reden').fill('Verslag voor de deelnemers');
    await dialog.getByRole('button', { name: 'Opslaan als PDF' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen als' })).toHaveText(
      /^Opgeslagen als .*\.pdf\.$/,
    );
    const pdf = app.dialogs.saved.at(-1)!;
    const info = execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    return pdf.path;
  };
  const minutesPdf = await savePdf(title);
  // Every page as an image, to look at (test-results/screenshots/notulen-pdf-N.png).
  execFileSync('pdftoppm', ['-png', '-r', '60', minutesPdf, join(app.screenshotDir, 'notulen-pdf')]);
  const text = execFileSync('pdftotext', ['-layout', minutesPdf, '-'], { encoding: 'utf8' });
  expect(text).toContain(`Vertrouwelijk — ${title}`);
  expect(text).toMatch(/Politie\s+Aanwezig\s+K\. de Wit \(fictief\)/);
  expect(text).toMatch(/Gemeente\s+Afgemeld/);
  expect(text).toContain('Zorgen over online uitingen (fictief).');
  expect(text).toContain('Gesprek met school over verzuim');
  expect(text).toContain('Gesprek met school en ouders organiseren (fictief).');
  expect(text).toContain('2. Mededelingen');
  expect(text).toContain('Correctie: de school is ook uitgenodigd');
  expect(text).toMatch(/Controlegetal \(SHA-256\): [0-9a-f]{20}/);
  expect(text).toMatch(/Pagina 1 van \d/);
  // The convenant-article column is printed because a row names one (art. 5); minutes without any
  // leave it out (MinutesSheet).
  expect(text).toMatch(/Grondslag in het\s+convenant|Grondslag in het convenant/);
  expect(text).toContain('art. 5');
  await expectPreviewIsPdf(app, page.getByRole('article', { name: title }), minutesPdf, 'notulen');

  // The extract for the gemeente (excused): only the item it is involved in (its action).
  await page.getByRole('button', { name: 'Terug naar het overleg' }).click();
  await field(page, 'Partner').click();
  // Only the partners of this meeting (invited, present, named in the minutes), not all thirteen.
  await expect(page.getByRole('option')).toHaveCount(3);
  await expect(page.getByRole('option', { name: 'Politie' })).toBeVisible();
  // Issue 21 item 10 at both sizes: the meeting's own partners, each name whole in the menu, opened
  // at each size where its field is in the window. A menu lies in the window, not on the page, so
  // the whole-page picture is taken with it closed and the window as the user sees it with it open
  // (uittreksel-partners-venster-<width>.png).
  await page.keyboard.press('Escape');
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await atBothSizes(app, 'uittreksel-partners', async () => {
    const width = page.viewportSize()!.width;
    await field(page, 'Partner').scrollIntoViewIfNeeded();
    await field(page, 'Partner').click();
    const options = page.getByRole('option');
    await expect(options).toHaveText(['Gemeente', 'Politie', 'Raad voor de Kinderbescherming']);
    for (const option of await options.all()) {
      await expect(option).toBeInViewport({ ratio: 1 });
      expect(await option.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    }
    // Fully faded in before axe looks at the contrast.
    await expect(page.locator('.MuiPopover-paper')).toHaveCSS('opacity', '1');
    await app.expectAccessible(`partnerkeuze ${width}`);
    await page.screenshot({ path: join(app.screenshotDir, `uittreksel-partners-venster-${width}.png`) });
    await page.keyboard.press('Escape');
    await expect(page.locator('[role="option"]')).toHaveCount(0);
  });
  await field(page, 'Partner').click();
  await pickOption(page, 'Gemeente', { exact: true });
  // The check code stays on the adopted meeting, as small print under "Vastgesteld op" (for whoever
  // checks the minutes), whole at both sizes; the chosen partner whole in its field.
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await atBothSizes(app, 'uittreksel-kiezen', async () => {
    const adoptedOn = page.getByText(/^Vastgesteld op .* door Rik Regisseur\.$/);
    const code = page.getByText(/^Controlegetal \(SHA-256\): [0-9a-f]{64}$/);
    await expect(code).toBeInViewport({ ratio: 1 });
    const fontSize = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    expect(await code.evaluate(fontSize)).toBeLessThan(await adoptedOn.evaluate(fontSize));
    expect(await code.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    const chosen = field(page, 'Partner');
    await expect(chosen).toHaveText('Gemeente');
    expect(await chosen.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  });
  await page.getByRole('link', { name: 'Uittreksel tonen' }).click();
  const extractTitle = `Uittreksel Informatieoverleg Noord ${formatDate(day(0))} voor Gemeente`;
  await expect(page.getByRole('heading', { level: 1, name: extractTitle })).toBeVisible();
  await app.expectAccessible('uittreksel');
  const extract = execFileSync('pdftotext', ['-layout', await savePdf(extractTitle), '-'], { encoding: 'utf8' });
  expect(extract).toContain('Uittreksel voor Gemeente');
  expect(extract).toContain('Gesprek met school over verzuim');
  expect(extract).not.toContain('Mededelingen');
  expect(extract).not.toContain('Volgend overleg over drie weken');
  // The check code it carries says it is the whole minutes' (the extract cannot reproduce it).
  expect(extract.replace(/\s+/g, ' ')).toMatch(
    /controlegetal van de volledige notulen \(SHA-256\), niet van dit uittreksel: [0-9a-f]{20}/,
  );
  expect(extract).not.toMatch(/^\s*Controlegetal \(SHA-256\)/m);
  // The preview is the PDF (issue 21 item 6), its pages as images (uittreksel-pdf-N.png).
  await expectPreviewIsPdf(
    app,
    page.getByRole('article', { name: extractTitle }),
    app.dialogs.saved.at(-1)!.path,
    'uittreksel',
  );

  // The extract on paper, through the print service (the harness keeps what went to the printer).
  await page.keyboard.press('Control+p');
  const paper = page.getByRole('dialog', { name: `${extractTitle} afdrukken` });
  await paper.getByRole('radio', { name: 'Afdrukken op papier' }).check();
  await field(paper, 'Reden').fill('Uittreksel voor de gemeente');
  await paper.getByRole('button', { name: 'Afdrukken', exact: true }).click();
  // Printing renders the whole extract again; on a busy two-core machine that can take a while.
  await expect(page.getByRole('status').filter({ hasText: 'printer' })).toHaveText('Naar de printer gestuurd.', {
    timeout: 60_000,
  });
  expect(app.dialogs.printed).toBe(1);
  const onPaper = execFileSync('pdftotext', ['-layout', join(app.filesDir, 'afdruk-1.pdf'), '-'], { encoding: 'utf8' });
  expect(onPaper).toContain(`Vertrouwelijk — ${extractTitle}`);
  expect(onPaper).not.toContain('Mededelingen');

  // Each print is in the audit log, with its reason and the meeting; the reason is stored sealed
  // under the meeting's key (destroying a casus on its agenda shreds it) and reads back as typed.
  const stored = (await app.sql`SELECT reason, object_type, object_id FROM audit_entry
                                 WHERE action = 'print:view' ORDER BY id`) as {
    reason: string | null;
    object_type: string;
    object_id: string;
  }[];
  expect(stored.map((row) => row.reason)).toEqual(stored.map(() => expect.stringMatching(/^enc1:overleg:\d+:/)));
  const printed = await app.control.revealReasons(stored);
  expect(printed).toEqual([
    { reason: 'Verslag voor de deelnemers', object_type: 'overleg', object_id: String(meetingId) },
    { reason: 'Verslag voor de deelnemers', object_type: 'overleg', object_id: String(meetingId) },
    { reason: 'Uittreksel voor de gemeente', object_type: 'overleg', object_id: String(meetingId) },
  ]);

  // Follow-up: the action, overdue, with its casus and meeting.
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Acties opvolgen' }).click();
  const actions = page.getByRole('table', { name: 'Acties opvolgen' });
  await expect(actions.getByRole('row').nth(1)).toContainText('Gesprek met school over verzuim');
  await expect(actions.getByRole('row').nth(1)).toContainText('(verlopen)');
  await expect(actions.getByRole('row').nth(1)).toContainText(signal.caseNumber);
  await expect(actions.getByRole('row')).toHaveCount(3);
  await expect(actions.getByRole('row').nth(2)).toContainText('Huisbezoek plannen (fictief)');
  // The casus filter: found by name, chosen with the keyboard.
  const casus = field(page, 'Casus (naam of nummer)');
  await casus.fill('Sam Agenda');
  await expect(page.getByRole('option', { name: `${signal.caseNumber} Sam Agenda (fictief)` })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(casus).toHaveValue(`${signal.caseNumber} Sam Agenda (fictief)`);
  await expect(actions.getByRole('row')).toHaveCount(2);
  await expect(actions).not.toContainText('Huisbezoek plannen');
  await page
    .getByRole('switch', { name: 'Alleen verlopen' })
    .or(page.getByRole('checkbox', { name: 'Alleen verlopen' }))
    .check();
  await expect(actions.getByRole('row')).toHaveCount(2);
  await field(page, 'Actiehouder (partner)').click();
  await pickOption(page, 'Politie', { exact: true });
  await expect(page.getByText('Geen acties die aan de filters voldoen.')).toBeVisible();
  // The select menu must have left the DOM: while it fades its options read as low contrast.
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await app.expectAccessible('acties opvolgen');
  await app.screenshot('3-acties');
});

test('notuleren: vergrendelen (Ctrl+L) terwijl de opslag geweigerd wordt, dan ontgrendelen: de tekst staat er nog', async ({
  app,
}) => {
  const mine = 'Mijn duiding, door de server geweigerd (fictief).';
  await minutesRefusedAsStale(app, mine);
  const { page } = app;
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible();
  // Nothing of the text on the lock screen.
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('Mijn duiding');
  await field(page, 'Wachtwoord').fill(REGISSEUR.password);
  await page.keyboard.press('Enter');
  // Back on the minutes: the own text in the field, tried again, refused again beside what changed.
  await expect(field(page, 'Duiding')).toHaveValue(mine);
  const stale = page.getByTestId('stale-notice');
  await expect(stale).toContainText('Iemand anders heeft dit intussen opgeslagen');
  await expect(stale).toContainText('Rik Regisseur heeft dit op');
  await app.expectAccessible('na ontgrendelen: geweigerde notulen terug');
  await app.screenshot('ontgrendeld-tekst-terug');
});

test('notuleren: afmelden terwijl de opslag geweigerd wordt vraagt eerst', async ({ app }) => {
  const mine = 'Mijn duiding die nog niet is opgeslagen (fictief).';
  await minutesRefusedAsStale(app, mine);
  const { page } = app;
  const logout = async () => {
    await page.getByRole('button', { name: /gebruikersmenu/ }).click();
    await page.getByRole('menuitem', { name: 'Afmelden' }).click();
  };
  await logout();
  const question = page.getByRole('dialog', { name: 'Tekst niet opgeslagen' });
  await expect(question).toContainText('Er is tekst die nog niet is opgeslagen');
  await app.expectAccessible('afmelden met tekst die niet is opgeslagen');
  await app.screenshot('afmelden-vraagt');
  // Back: still logged in, the text where it was.
  await question.getByRole('button', { name: 'Terug naar de tekst' }).click();
  await expect(question).toBeHidden();
  await expect(field(page, 'Duiding')).toHaveValue(mine);
  // The own choice: discard and log out.
  await logout();
  await page
    .getByRole('dialog', { name: 'Tekst niet opgeslagen' })
    .getByRole('button', { name: 'Weggooien en afmelden' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Aanmelden|Inloggen bij )/ })).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('Mijn duiding');
});
