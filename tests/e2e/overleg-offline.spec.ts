/// <reference lib="dom" />
// Offline minutes on the laptop in Chromium (issue 19), on the `server` project only: a real CTER
// server on loopback and a workstation as Electron's main makes it (harness/team-server.ts). The
// notulist checks a meeting out to this workstation (her password asked again), the server goes away
// (stopped), she types the minutes of two items (saved in the copy on this workstation), the server
// comes back and she checks in: the minutes are read back from the server's own store. A colleague's
// change to the same record meanwhile makes the check-in show both versions side by side; what she
// picks per difference is what the server keeps. Removing a copy with minutes not yet checked in
// asks first; confirmed, the file is gone from `<dataDir>/offline/`. The laptop restarting without
// network (the workstation made anew on its data folder) offers a log-in for the meetings kept
// here, and her text is there; the casus's background came along in the package. When the server
// comes back, the window says so by itself (the workstation's probe; no click), after saving what
// she had just typed. The laptop crashing: its workstation in a process of its own (the harness's
// `childProcess`) killed with SIGKILL right after the autosave of the third item, restarted
// offline: all three items intact, and after the server's return checked in as typed. A copy whose
// key slot a disk fault cut off: the screen after the restart says so, and the copy stays.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import { expect, test, type AppHarness } from './harness/fixtures';
import {
  addAccountDirectly,
  day,
  dispatch,
  logInInCore,
  NOORD,
  registerSignal,
  REGISSEUR,
  setUpCasework,
  type TestAccount,
} from './harness/casework';
import { field } from './harness/locators';
import { RETURN_PROBE_E2E_MS } from './harness/team-server';
import { resizeWindow } from './harness/sizes';

const NORA: TestAccount = {
  username: 'nora',
  displayName: 'Nora Notulist (fictief)',
  password: 'Nora notuleert het informatieoverleg van Noord',
  roles: ['notulist'],
  regionIds: [NOORD],
};

/** The second item's duiding, typed offline, and what she adds after the laptop's restart. */
const SECOND_ITEM = 'Geen nieuwe signalen; monitoring loopt door (fictief).';
const ADDED_AFTER_RESTART = 'Aangevuld na de herstart (fictief).';

const saved = (app: AppHarness) => app.page.getByTestId('opslagstatus');
const connection = (app: AppHarness) => app.page.getByRole('status', { name: 'Verbinding met de CTER-server' });
const copyPanel = (app: AppHarness) => app.page.getByTestId('offline-copy');

/**
 * A meeting held today with two casussen and a rondvraag on its agenda, Nora as its notulist and
 * the procesregisseur as chair (made through the workstation as the procesregisseur); then Nora is
 * logged in.
 */
async function meetingForNora(app: AppHarness) {
  const { regisseurId } = await setUpCasework(app);
  const notulistId = await addAccountDirectly(app, NORA);
  const eerste = await registerSignal(app, { naam: 'Sam Offline (fictief)' });
  const tweede = await registerSignal(app, { naam: 'Noa Offline (fictief)' });
  const meeting = await dispatch<MeetingView>(app, 'meetings:create', {
    type: 'i2o',
    title: 'Informatieoverleg Noord',
    datum: day(0),
    starttijd: '09:30',
    locatie: 'Vergaderzaal zonder netwerk',
    regionId: NOORD,
    voorzitterId: regisseurId,
    notulistId,
  });
  const withAgenda = await dispatch<MeetingView>(app, 'meetings:save-agenda', {
    id: meeting.id,
    items: [
      { kind: 'signaal', signalId: eerste.signalId, plannedMinutes: 15 },
      { kind: 'signaal', signalId: tweede.signalId, plannedMinutes: 15 },
      { kind: 'overig', title: 'Rondvraag', plannedMinutes: 5 },
    ],
  });
  await logInInCore(app, NORA);
  return { meeting: withAgenda, eerste, tweede };
}

/** Checks the meeting out on its page, with the password asked again; the copy's line is shown. */
async function checkOut(app: AppHarness, meetingId: number) {
  const { page } = app;
  await app.open(`/overleggen/${meetingId}`);
  await page.getByRole('button', { name: 'Uitchecken naar deze werkplek' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uitchecken naar deze werkplek' });
  await expect(dialog).toContainText('Alleen uw wachtwoord opent die kopie');
  await field(dialog, 'Uw wachtwoord').fill(NORA.password);
  await dialog.getByRole('button', { name: 'Uitchecken naar deze werkplek' }).click();
  await expect(dialog).toBeHidden();
  await expect(copyPanel(app)).toContainText(
    'Op deze werkplek: overleg Informatieoverleg Noord met 2 casussen, uitgecheckt tot ',
  );
}

/**
 * A call on the server running now, in a session of its own for `account` (as from another
 * workstation): what the server's core answers, not what the page shows.
 */
async function onServer<T>(app: AppHarness, account: TestAccount, channel: string, input: unknown): Promise<T> {
  const core = app.server!.core();
  const login = await core.server.login({
    username: account.username,
    password: account.password,
    workstation: 'Kantoor',
  });
  if (!login.ok) throw new Error(`login ${account.username}: ${login.error.code}`);
  const answer = await core.dispatchAs(login.value.token, channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}`);
  return answer.value as T;
}

/** The duiding of the meeting's items as the server holds them (read by the chair), by position. */
async function duidingOnServer(app: AppHarness, meetingId: number) {
  const meeting = await onServer<MeetingView>(app, REGISSEUR, 'meetings:get', { id: meetingId });
  return meeting.items.map((item) => item.minutes.duiding);
}

/** On the problem screen after a restart without the server: Nora's log-in that opens her copy only. */
async function logInOffline(app: AppHarness) {
  const offlineLogin = app.page.getByRole('form', { name: 'Inloggen zonder verbinding' });
  await field(offlineLogin, 'Gebruikersnaam').fill(NORA.username);
  await field(offlineLogin, 'Wachtwoord').fill(NORA.password);
  await offlineLogin.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(connection(app)).toHaveText('Geen verbinding');
}

/** The files in the workstation's folder of copies (a copy: its database, journal and key slot). */
const offlineFiles = (app: AppHarness) => readdirSync(join(app.dataDir, 'offline'));

test('offline notuleren: uitchecken, de server valt weg, twee punten genotuleerd, weer inchecken', async ({ app }) => {
  test.slow();
  const { meeting } = await meetingForNora(app);
  const { page } = app;
  await checkOut(app, meeting.id);
  await expect(connection(app)).toHaveText(/^Verbonden met /);
  await app.expectAccessible('uitgecheckt naar deze werkplek');
  await app.screenshot('1-uitgecheckt');

  // The meeting room without network.
  await app.server!.stop();
  await expect(connection(app)).toHaveText('Geen verbinding');
  await page.getByRole('link', { name: 'Notuleren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notuleren: Informatieoverleg Noord' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Punt 1 van 3: / })).toBeVisible();
  await field(page, 'Duiding').fill('Zorgen over online uitingen; school meldt verzuim (fictief).');
  await expect(saved(app)).toHaveText(/^Opgeslagen op deze werkplek \d{2}:\d{2}:\d{2}$/);
  await page.getByRole('button', { name: 'Volgend punt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Punt 2 van 3: / })).toBeVisible();
  // The casus's background came along in the check-out package: the panel shows it without the server.
  const background = page.getByRole('region', { name: 'Achtergrond van deze casus' });
  await expect(background).toHaveCount(1);
  await expect(background).toContainText('Signaal ');
  await expect(background).toContainText('Deelt online oproepen tot geweld (voorbeeld — fictief).');
  await expect(background).not.toContainText('Zonder verbinding');
  await field(page, 'Duiding').fill(SECOND_ITEM);
  await expect(saved(app)).toHaveText(/^Opgeslagen op deze werkplek \d{2}:\d{2}:\d{2}$/);
  await expect(connection(app)).toHaveText('Geen verbinding');
  await expect(copyPanel(app)).toContainText('Er is hier iets ingevuld dat de server nog niet heeft');
  await app.expectAccessible('offline notuleren');
  await app.screenshot('2-offline-notuleren');
  await resizeWindow(page, { width: 1024, height: 768 });
  await app.screenshot('2-offline-notuleren-1024');
  await resizeWindow(page, { width: 1366, height: 900 });

  // The laptop restarts in the meeting room, still without network: the screen says the server does
  // not answer and offers a log-in for the meetings kept here; hers opens with what she typed.
  await app.server!.restartWorkstation();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Geen verbinding met de CTER-server' })).toBeVisible();
  const offlineLogin = page.getByRole('form', { name: 'Inloggen zonder verbinding' });
  await expect(offlineLogin).toContainText('alleen de overleggen die op deze werkplek staan');
  await app.expectAccessible('opnieuw gestart zonder verbinding');
  await app.screenshot('2b-opnieuw-gestart-zonder-verbinding');
  await logInOffline(app);
  await app.open(`/overleggen/${meeting.id}/notuleren`);
  await expect(page.getByRole('heading', { level: 1, name: 'Notuleren: Informatieoverleg Noord' })).toBeVisible();
  await expect(field(page, 'Duiding')).toHaveValue('Zorgen over online uitingen; school meldt verzuim (fictief).');
  await page.getByRole('button', { name: 'Volgend punt' }).click();
  await expect(field(page, 'Duiding')).toHaveValue(SECOND_ITEM);
  await expect(background).toContainText('Deelt online oproepen tot geweld (voorbeeld — fictief).');
  // She adds a sentence; the server comes back before she does anything else.
  await field(page, 'Duiding').fill(`${SECOND_ITEM} ${ADDED_AFTER_RESTART}`);

  // Back on the network. The session of that offline log-in has no token: the workstation asks the
  // server every few seconds (the harness's short interval) whether it answers; when it does, what
  // she typed is saved into the copy and the session ends as a lock that says so — without a click.
  // Her password gets her a session of the server's; then the meeting page offers Inchecken.
  await app.server!.start();
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible({
    timeout: 3 * RETURN_PROBE_E2E_MS + 2_000,
  });
  await expect(page.getByRole('status').filter({ hasText: 'De CTER-server antwoordt weer.' })).toBeVisible();
  await app.expectAccessible('terug op het netwerk, opnieuw aanmelden');
  await app.screenshot('2c-terug-op-het-netwerk-opnieuw-aanmelden');
  await resizeWindow(page, { width: 1024, height: 768 });
  await app.screenshot('2c-terug-op-het-netwerk-opnieuw-aanmelden-1024');
  await resizeWindow(page, { width: 1366, height: 900 });
  await field(page, 'Wachtwoord').fill(NORA.password);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(connection(app)).toHaveText(/^Verbonden met /, { timeout: 40_000 });
  await app.open(`/overleggen/${meeting.id}`);
  await expect(copyPanel(app)).toContainText('Er is hier iets ingevuld dat de server nog niet heeft');
  await app.expectAccessible('weer verbonden, nog niet ingecheckt');
  await copyPanel(app).getByRole('button', { name: 'Inchecken' }).click();
  await expect(
    page.getByText('Het overleg is ingecheckt; de notulen staan op de server en de kopie op deze werkplek is gewist.'),
  ).toBeVisible();
  await expect(copyPanel(app)).toBeHidden();
  await app.expectAccessible('ingecheckt');
  await app.screenshot('3-ingecheckt');

  // On the server, in its own store (the new server process's core).
  expect(await duidingOnServer(app, meeting.id)).toEqual([
    'Zorgen over online uitingen; school meldt verzuim (fictief).',
    `${SECOND_ITEM} ${ADDED_AFTER_RESTART}`,
    '',
  ]);
  expect(offlineFiles(app)).toEqual([]);
  const [lease] = await app.sql`SELECT checked_in_at FROM meeting_lease WHERE meeting_id = ${meeting.id}`;
  expect(lease?.checked_in_at).not.toBeNull();
});

test('de laptop crasht tijdens offline notuleren (SIGKILL): na de herstart staan de drie punten er nog', async ({
  app,
}) => {
  test.slow();
  const { meeting } = await meetingForNora(app);
  const { page } = app;
  await checkOut(app, meeting.id);
  const typed = [
    'Eerste punt, getypt voor de crash (fictief).',
    'Tweede punt, getypt voor de crash (fictief).',
    'Rondvraag: niets meer (fictief).',
  ];

  // The meeting room without network; the laptop restarts there, its workstation now a process of
  // its own (as Electron's main is), so that it can be killed.
  await app.server!.stop();
  await app.server!.restartWorkstation({ childProcess: true });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Geen verbinding met de CTER-server' })).toBeVisible();
  await logInOffline(app);
  await app.open(`/overleggen/${meeting.id}/notuleren`);
  for (const [index, text] of typed.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Punt ${index + 1} van 3: `) })).toBeVisible();
    await field(page, 'Duiding').fill(text);
    // The autosave answered: what it answered is on the laptop's disk.
    await expect(saved(app)).toHaveText(/^Opgeslagen op deze werkplek \d{2}:\d{2}:\d{2}$/);
    if (index < typed.length - 1) await page.getByRole('button', { name: 'Volgend punt' }).click();
  }

  // The crash: SIGKILL, nothing closed or flushed; the laptop starts again, still without network.
  await app.server!.killWorkstation();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Geen verbinding met de CTER-server' })).toBeVisible();
  await logInOffline(app);
  await app.open(`/overleggen/${meeting.id}/notuleren`);
  for (const [index, text] of typed.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Punt ${index + 1} van 3: `) })).toBeVisible();
    await expect(field(page, 'Duiding')).toHaveValue(text);
    if (index < typed.length - 1) await page.getByRole('button', { name: 'Volgend punt' }).click();
  }
  await app.expectAccessible('na de crash opnieuw gestart');
  await app.screenshot('6-na-de-crash-opnieuw-gestart');

  // Back on the network: the lock (the workstation noticed by itself), her password, the check-in.
  await app.server!.start();
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible({
    timeout: 3 * RETURN_PROBE_E2E_MS + 2_000,
  });
  await field(page, 'Wachtwoord').fill(NORA.password);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(connection(app)).toHaveText(/^Verbonden met /, { timeout: 40_000 });
  await app.open(`/overleggen/${meeting.id}`);
  await copyPanel(app).getByRole('button', { name: 'Inchecken' }).click();
  await expect(
    page.getByText('Het overleg is ingecheckt; de notulen staan op de server en de kopie op deze werkplek is gewist.'),
  ).toBeVisible();
  expect(await duidingOnServer(app, meeting.id)).toEqual(typed);
  expect(offlineFiles(app)).toEqual([]);
});

test('inchecken met een conflict: beide versies naast elkaar, de notulist kiest per verschil', async ({ app }) => {
  test.slow();
  const { meeting, eerste } = await meetingForNora(app);
  const item = meeting.items[0]!;
  // Online, before the check-out: an action in the first item's minutes, which becomes a casus action.
  const withAction = await dispatch<{ item: MeetingView['items'][number] }>(app, 'meetings:save-item', {
    itemId: item.id,
    minutes: {
      ...item.minutes,
      acties: [
        {
          id: 'actie-1',
          omschrijving: 'Huisbezoek plannen (fictief)',
          actiehouderPartner: 'politie',
          actiehouderNaam: 'Wijkagent De Boer (fictief)',
          deadline: day(14),
        },
      ],
    },
    spentSeconds: 0,
    version: item.version,
  });
  const actionId = withAction.item.minutes.acties[0]!.caseActionId!;
  expect(actionId).toBeGreaterThan(0);
  const { page } = app;
  await checkOut(app, meeting.id);

  // Offline, Nora changes the action and types the duiding.
  await app.server!.stop();
  await expect(connection(app)).toHaveText('Geen verbinding');
  await page.getByRole('link', { name: 'Notuleren' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Punt 1 van 3: / })).toBeVisible();
  await field(page, 'Duiding').fill('Huisbezoek besproken (fictief).');
  await field(page.getByRole('group', { name: 'Actie 1' }), 'Actie').fill('Huisbezoek op dinsdag (fictief)');
  await expect(saved(app)).toHaveText(/^Opgeslagen op deze werkplek /);

  // Meanwhile the chair, at the office, changes the same action on the casus page (the server's
  // core, as the procesregisseur's own session from another workstation).
  await app.server!.start();
  await onServer(app, REGISSEUR, 'cases:save-action', {
    caseId: eerste.caseId,
    id: actionId,
    soort: 'actie',
    omschrijving: 'Huisbezoek afgezegd (fictief)',
    actiehouderPartner: 'politie',
    actiehouderNaam: 'Wijkagent De Boer (fictief)',
    deadline: day(14),
    status: 'lopend',
  });

  await expect(connection(app)).toHaveText(/^Verbonden met /, { timeout: 40_000 });
  await page.getByRole('link', { name: 'Terug naar het overleg' }).click();
  await copyPanel(app).getByRole('button', { name: 'Inchecken' }).click();
  const conflicts = copyPanel(app).getByRole('region', { name: 'Verschillen met de server' });
  await expect(conflicts).toBeVisible();
  const difference = conflicts.getByRole('group', { name: 'Actie ‘Huisbezoek afgezegd (fictief)’ — omschrijving' });
  await expect(difference).toContainText('Op de server (door Rik Regisseur');
  await expect(difference).toContainText('Huisbezoek afgezegd (fictief)');
  await expect(difference).toContainText('Huisbezoek op dinsdag (fictief)');
  const apply = conflicts.getByRole('button', { name: 'Keuzes toepassen en inchecken' });
  await expect(apply).toBeDisabled();
  // Nothing is on the server yet.
  expect((await duidingOnServer(app, meeting.id))[0]).toBe('');
  for (const group of await conflicts.getByRole('radiogroup').all()) {
    await group.getByRole('radio', { name: 'Versie van deze werkplek' }).check();
  }
  await app.expectAccessible('verschillen met de server');
  await app.screenshot('4-conflict');
  await apply.click();
  await expect(
    page.getByText('Het overleg is ingecheckt; de notulen staan op de server en de kopie op deze werkplek is gewist.'),
  ).toBeVisible();
  const dossier = await onServer<CaseDossier>(app, REGISSEUR, 'cases:get', { id: eerste.caseId });
  expect(dossier.actions.find((action) => action.id === actionId)?.omschrijving).toBe(
    'Huisbezoek op dinsdag (fictief)',
  );
  expect((await duidingOnServer(app, meeting.id))[0]).toBe('Huisbezoek besproken (fictief).');
  expect(offlineFiles(app)).toEqual([]);
});

test('een kopie met notulen die nog niet zijn ingecheckt verwijderen: eerst gevraagd', async ({ app }) => {
  const { meeting } = await meetingForNora(app);
  const { page } = app;
  await checkOut(app, meeting.id);
  expect(offlineFiles(app)).toContain(`overleg-${meeting.id}.sqlite`);
  await page.getByRole('link', { name: 'Notuleren' }).click();
  await field(page, 'Duiding').fill('Nog niet ingecheckt (fictief).');
  await expect(saved(app)).toHaveText(/^Opgeslagen op deze werkplek /);
  await page.getByRole('link', { name: 'Terug naar het overleg' }).click();
  // The panel as the list read after the save shows it (its buttons move when it says so).
  await expect(copyPanel(app)).toContainText('Er is hier iets ingevuld dat de server nog niet heeft');

  const remove = copyPanel(app).getByRole('button', { name: 'Van deze werkplek verwijderen' });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Informatieoverleg Noord van deze werkplek verwijderen?' });
  await expect(dialog).toContainText('Hier is genotuleerd wat de server nog niet heeft.');
  await app.expectAccessible('kopie verwijderen?');
  await app.screenshot('5-verwijderen-gevraagd');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  await expect(copyPanel(app)).toBeVisible();
  expect(offlineFiles(app)).toContain(`overleg-${meeting.id}.sqlite`);

  await remove.click();
  await dialog.getByRole('button', { name: 'Van deze werkplek verwijderen' }).click();
  await expect(
    page.getByText('Het overleg is van deze werkplek verwijderd en de uitcheck is beëindigd.'),
  ).toBeVisible();
  await expect(copyPanel(app)).toBeHidden();
  expect(offlineFiles(app)).toEqual([]);
  // The lease ended at the server; what was typed here never reached it.
  const [lease] = await app.sql`SELECT revoked_at FROM meeting_lease WHERE meeting_id = ${meeting.id}`;
  expect(lease?.revoked_at).not.toBeNull();
  expect((await duidingOnServer(app, meeting.id))[0]).toBe('');
});

test('een beschadigd sleutelbestand van een offline kopie: het scherm zegt het, de kopie blijft staan', async ({
  app,
}) => {
  const { meeting } = await meetingForNora(app);
  const { page } = app;
  await checkOut(app, meeting.id);
  await app.server!.stop();
  await expect(connection(app)).toHaveText('Geen verbinding');
  // A disk fault cuts the copy's key slot off; the laptop restarts without network.
  const slot = join(app.dataDir, 'offline', `overleg-${meeting.id}.slot.json`);
  const damaged = readFileSync(slot, 'utf8').slice(0, 40);
  writeFileSync(slot, damaged);
  await app.server!.restartWorkstation();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Geen verbinding met de CTER-server' })).toBeVisible();
  const notice = page
    .getByRole('alert')
    .filter({ hasText: 'Een offline kopie van een overleg kan niet worden geopend' });
  await expect(notice).toContainText(`overleg-${meeting.id}.slot.json`);
  await expect(notice).toContainText('Er is niets verwijderd.');
  // Only the damaged copy is kept here: no log-in without a connection is offered for it.
  await expect(page.getByRole('form', { name: 'Inloggen zonder verbinding' })).toHaveCount(0);
  await app.expectAccessible('beschadigde offline kopie');
  await app.screenshot('6-beschadigde-offline-kopie');
  expect(offlineFiles(app)).toContain(`overleg-${meeting.id}.sqlite`);
  expect(readFileSync(slot, 'utf8')).toBe(damaged);
});
