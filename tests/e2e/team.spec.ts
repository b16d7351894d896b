/// <reference lib="dom" />
// Team mode, the part the user sees (issue 18): the wizard's third choice connects to a CTER server
// with the keyboard alone (address, then the certificate's fingerprint compared with IT's), a
// different fingerprint is refused, the login screen names the server, and the shell shows the
// connection and follows the `connection` event. The server is the harness's stand-in
// (harness/platform.ts): a fixed fictitious fingerprint, no network; its connect makes the
// "server's" database here (through core), so the login that follows is a real one. A save while
// the connection is gone fails with NO_CONNECTION and keeps what was typed.
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import { day, dispatch, openAsRegisseur, registerSignal } from './harness/casework';
import { expect, test, type AppHarness } from './harness/fixtures';
import { field } from './harness/locators';
import { STAND_IN_FINGERPRINT, UNREACHABLE_HOST } from './harness/platform';
import { BEHEERDER, logInThroughForm, setUp } from './harness/session';
import { ROUND_SIZES, resizeWindow } from './harness/sizes';

async function screenshots(app: AppHarness, name: string) {
  for (const size of ROUND_SIZES) {
    await resizeWindow(app.page, size);
    await app.screenshot(`${name}-${size.width}x${size.height}`);
  }
  await resizeWindow(app.page, ROUND_SIZES[0]);
}

/**
 * Sets up a database with BEHEERDER, logs out, and moves its files aside, so the workstation is at
 * its first run again; the function returned puts them back.
 */
async function serverDatabaseAside(app: AppHarness): Promise<() => Promise<void>> {
  await setUp(app);
  const out = await app.core.dispatch('session:logout', {});
  expect(out.ok).toBe(true);
  const aside = join(app.filesDir, 'server');
  mkdirSync(aside, { recursive: true });
  const files = readdirSync(app.dataDir).filter((name) => name.startsWith('cter-werkplaats.db'));
  expect(files.length).toBeGreaterThan(0);
  for (const name of files) renameSync(join(app.dataDir, name), join(aside, name));
  return async () => {
    for (const name of files) renameSync(join(aside, name), join(app.dataDir, name));
  };
}

/** The stand-in's fingerprint as IT might write it on paper: lower case, in groups of four bytes. */
const ON_PAPER = STAND_IN_FINGERPRINT.toLowerCase()
  .split(':')
  .reduce((text, pair, i) => text + (i === 0 ? '' : i % 4 === 0 ? ' ' : ':') + pair, '');
/** One character different: another certificate. */
const OTHER = STAND_IN_FINGERPRINT.replace(/B3$/, 'B4');

test('de wizard verbindt met een CTER-server na een gelijke vingerafdruk, met alleen het toetsenbord', async ({
  app,
}) => {
  const { page } = app;
  // The "server's" database, with its first beheerder, made now and set aside until the connect
  // succeeds; then core finds it there, locked (as a team server answers before log-in).
  app.team.afterConnect = await serverDatabaseAside(app);
  await app.open('/');
  await expect(page.getByRole('heading', { name: 'Stap 1 van 5: Welkom' })).toBeVisible();

  // Welkom: the third choice, by arrow keys; the steps become those of a team server.
  await page.getByRole('radio', { name: /Nieuwe installatie/ }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Verbinden met een CTER-server/ })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Stap 1 van 3: Welkom' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Volgende' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Server: an address that is none, a server that does not answer, then the right one.
  await expect(page.getByRole('heading', { name: 'Stap 2 van 3: Server' })).toBeFocused();
  await page.keyboard.press('Tab');
  const address = field(page, 'Adres van de CTER-server');
  await expect(address).toBeFocused();
  await expect(page.getByText('Bijvoorbeeld cter.zvh.local of cter.zvh.local:8443')).toBeVisible();
  await app.expectAccessible('server');
  await screenshots(app, 'server');
  await page.keyboard.type('http://cter.zvh.local');
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('Dit is geen geldig serveradres. Voorbeeld: cter.zvh.local of cter.zvh.local:8443.'),
  ).toBeVisible();
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toBeFocused();
  expect(app.calls.filter((c) => c.channel === 'team:probe')).toEqual([]);

  await address.fill(UNREACHABLE_HOST);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'De CTER-server is niet bereikbaar. Controleer het adres en de netwerkverbinding, of vraag het de IT-afdeling.',
  );
  await expect(address).toBeFocused();
  await expect(address).toHaveValue(UNREACHABLE_HOST);
  await app.expectAccessible('server onbereikbaar');

  await address.fill('cter.zvh.local');
  await page.keyboard.press('Enter');

  // Vingerafdruk: the server's, in eight groups of four pairs; "Verbinden" only when IT's is the same.
  await expect(page.getByRole('heading', { name: 'Stap 3 van 3: Vingerafdruk' })).toBeFocused();
  const shown = page.getByRole('list', { name: 'Vingerafdruk die de server cter.zvh.local toont' });
  await expect(shown.getByRole('listitem')).toHaveText(STAND_IN_FINGERPRINT.match(/\w\w(:\w\w){3}/g)!);
  const connect = page.getByRole('button', { name: 'Verbinden' });
  await expect(connect).toBeDisabled();
  await page.keyboard.press('Tab');
  const given = field(page, 'Vingerafdruk die u van de IT-afdeling kreeg');
  await expect(given).toBeFocused();
  await app.expectAccessible('vingerafdruk leeg');
  await screenshots(app, 'vingerafdruk');

  // A different fingerprint: said plainly, and no way to connect.
  await page.keyboard.type(OTHER.toLowerCase().replace(/:/g, ''));
  await expect(page.getByRole('status').filter({ hasText: 'niet gelijk' })).toHaveText(
    'De vingerafdrukken zijn niet gelijk. Maak geen verbinding en waarschuw de IT-afdeling: u bent mogelijk niet verbonden met de echte server.',
  );
  await expect(connect).toBeDisabled();
  await app.expectAccessible('vingerafdruk anders');
  await screenshots(app, 'vingerafdruk-anders');
  expect(app.calls.filter((c) => c.channel === 'team:connect')).toEqual([]);
  expect(app.team.connects).toEqual([]);

  // IT's fingerprint as written on paper: the same one.
  await given.fill('');
  await page.keyboard.type(ON_PAPER);
  await expect(page.getByRole('status').filter({ hasText: 'gelijk' })).toHaveText(
    'De vingerafdrukken zijn gelijk. U kunt verbinden.',
  );
  await expect(connect).toBeEnabled();
  await screenshots(app, 'vingerafdruk-gelijk');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Vorige' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(connect).toBeFocused();
  await page.keyboard.press('Enter');

  // The login screen names the server; the pinned fingerprint is the canonical one.
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen bij cter.zvh.local' })).toBeVisible();
  expect(app.team.connects).toEqual([{ address: 'cter.zvh.local', fingerprint: STAND_IN_FINGERPRINT }]);
  await app.expectAccessible('inloggen bij de server');
  await screenshots(app, 'inloggen-bij-server');

  // Logged in: the shell says where it is connected, and follows the connection.
  await logInThroughForm(app, BEHEERDER.username, BEHEERDER.password);
  const status = page.getByRole('status', { name: 'Verbinding met de CTER-server' });
  await expect(status).toHaveText('Verbonden met cter.zvh.local');
  await app.expectAccessible('shell verbonden');
  await screenshots(app, 'shell-verbonden');

  app.team.current = { host: 'cter.zvh.local', port: 8443, connected: false };
  app.core.emit({ type: 'connection', connected: false });
  await expect(status).toHaveText('Geen verbinding');
  // The user stays where they were.
  await expect(page.getByRole('button', { name: /gebruikersmenu/ })).toBeVisible();
  await app.expectAccessible('shell zonder verbinding');
  await screenshots(app, 'shell-geen-verbinding');

  app.team.current = { host: 'cter.zvh.local', port: 8443, connected: true };
  app.core.emit({ type: 'connection', connected: true });
  await expect(status).toHaveText('Verbonden met cter.zvh.local');
});

test('core weigert een andere vingerafdruk en verbindt alleen tijdens het inrichten', async ({ app }) => {
  const other = await app.core.dispatch('team:connect', { address: 'cter.zvh.local', fingerprint: OTHER });
  expect(other).toMatchObject({ ok: false, error: { code: 'FINGERPRINT_MISMATCH' } });
  const garbled = await app.core.dispatch('team:connect', { address: 'cter.zvh.local', fingerprint: 'abc' });
  expect(garbled).toMatchObject({ ok: false, error: { code: 'FINGERPRINT_MISMATCH' } });
  const badAddress = await app.core.dispatch('team:probe', { address: 'https://cter.zvh.local/rpc' });
  expect(badAddress).toMatchObject({ ok: false, error: { code: 'SERVER_ADDRESS_INVALID' } });
  expect(app.team.connects).toEqual([]);

  // On a workstation that has its own database, connecting is no longer possible.
  await setUp(app);
  const after = await app.core.dispatch('team:connect', {
    address: 'cter.zvh.local',
    fingerprint: STAND_IN_FINGERPRINT,
  });
  expect(after).toMatchObject({ ok: false, error: { code: 'SETUP_NOT_ALLOWED' } });
  const status = await app.core.dispatch('vault:status', {});
  expect(status).toMatchObject({ ok: true, value: { team: null } });
  await app.open('/');
  await expect(app.page.getByRole('status', { name: 'Verbinding met de CTER-server' })).toHaveCount(0);
});

test('zonder verbinding blijft wat u typte staan en kunt u het opnieuw opslaan', async ({ app }) => {
  // A logged-in user of a team server whose connection drops: the call fails with NO_CONNECTION.
  app.team.current = { host: 'cter.zvh.local', port: 8443, connected: true };
  await openAsRegisseur(app);
  const { caseId } = await registerSignal(app, { naam: 'Verbinding Persoon (fictief)' });
  await dispatch<CaseDossier>(app, 'cases:plan-monitoring', { id: caseId, gepland: day(7) });
  await app.open(`/casussen/${caseId}`);
  const { page } = app;
  await page.getByRole('tab', { name: 'Monitoring (1)' }).click();
  await page.getByRole('button', { name: /^Bevindingen vastleggen \(/ }).click();
  const typed = 'Gesprek met de mentor gehad; het gaat beter op school (fictief).';
  await field(page, 'Bevindingen').fill(typed);

  app.team.current = { host: 'cter.zvh.local', port: 8443, connected: false };
  app.core.emit({ type: 'connection', connected: false });
  await expect(page.getByRole('status', { name: 'Verbinding met de CTER-server' })).toHaveText('Geen verbinding');
  app.failNext('cases:record-monitoring', 'NO_CONNECTION');
  await page.getByRole('button', { name: 'Bevindingen vastleggen', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Geen verbinding met de CTER-server. Wat u hebt ingevuld blijft op dit scherm staan; probeer het zo opnieuw.',
  );
  await expect(field(page, 'Bevindingen')).toHaveValue(typed);
  await app.expectAccessible('opslaan zonder verbinding');
  await screenshots(app, 'opslaan-zonder-verbinding');

  // The connection is back: the same text is saved.
  app.team.current = { host: 'cter.zvh.local', port: 8443, connected: true };
  app.core.emit({ type: 'connection', connected: true });
  await page.getByRole('button', { name: 'Bevindingen vastleggen', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Monitoring' })).toContainText('Gesprek met de mentor gehad');
});

test('voor het aanmelden zegt een scherm dat de server niet antwoordt, met opnieuw proberen', async ({ app }) => {
  await setUp(app);
  expect((await app.core.dispatch('session:logout', {})).ok).toBe(true);
  app.team.current = { host: 'cter.zvh.local', port: 9443, connected: false };
  await app.open('/');
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Geen verbinding met de CTER-server' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'De CTER-server is niet bereikbaar. Controleer het adres en de netwerkverbinding, of vraag het de IT-afdeling.',
  );
  await expect(page.getByText(/De CTER-server cter\.zvh\.local:9443 antwoordt niet\./)).toBeVisible();
  await app.expectAccessible('geen verbinding voor het aanmelden');
  await screenshots(app, 'geen-verbinding-voor-aanmelden');

  // Still unreachable: the same screen. Then the server answers: the login screen.
  const retry = page.getByRole('button', { name: 'Opnieuw proberen' });
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen verbinding met de CTER-server' })).toBeVisible();
  app.team.current = { host: 'cter.zvh.local', port: 9443, connected: true };
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen bij cter.zvh.local:9443' })).toBeVisible();

  // And back when main says the connection went: the screen follows the event before log-in.
  app.team.current = { host: 'cter.zvh.local', port: 9443, connected: false };
  app.core.emit({ type: 'connection', connected: false });
  await expect(page.getByRole('heading', { level: 1, name: 'Geen verbinding met de CTER-server' })).toBeVisible();
});
