/// <reference lib="dom" />
// Backups: made from the Back-up page into a folder the user chose, restored after a later change
// (which is then gone), and restored from the screen a damaged database leads to; the warning of
// the check after log-in (issue 20) when a page deep in the file is damaged. A damaged settings
// file is a problem screen of its own, not the first-run wizard.
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Driver from 'better-sqlite3-multiple-ciphers';
import { stagedDatabase, stagedKeyFile, writeJournal } from '../../src-main/core/backup/restore-journal';
import { PREFERENCES_FILE } from '../../src-main/core/app/preferences';
import { applyCipher } from '../../src-main/core/db/database';
import { parseAdminPolicy } from '../../src-shared/domain/admin-policy';
import { expect, test } from './harness/fixtures';
import { field } from './harness/locators';
import { addAccount, BEHEERDER, logInThroughForm, openAsBeheerder, setUp } from './harness/session';

test('een back-up maken en terugzetten maakt een latere wijziging ongedaan', async ({ app }) => {
  await openAsBeheerder(app, '/beheer/back-up');
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Back-up' })).toBeVisible();
  const backup = join(app.filesDir, 'back-up-maandag.db');
  app.dialogs.answer(backup);
  await page.getByRole('button', { name: 'Back-up maken' }).click();
  // The page's own status, beside the window's (empty) notices region: looked for by its text.
  await expect(page.getByRole('status').filter({ hasText: 'Back-up opgeslagen' })).toHaveText(
    'Back-up opgeslagen als back-up-maandag.db.',
  );
  expect(statSync(backup).size).toBeGreaterThan(0);
  await app.expectAccessible('back-up gemaakt');
  await app.screenshot('back-up-gemaakt');

  // A change after the backup.
  await addAccount(app, { username: 'later', displayName: 'Lotte Later', roles: ['notulist'] });
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await nav.getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('row', { name: /Lotte Later/ })).toBeVisible();

  // Restore: the dialog says what happens and asks for the password and HERSTELLEN.
  await nav.getByRole('link', { name: 'Back-up' }).click();
  await page.getByRole('button', { name: 'Back-up terugzetten…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
  await expect(dialog).toContainText('gaat verloren');
  await dialog.getByRole('button', { name: 'Back-up kiezen en terugzetten' }).click();
  await expect(field(dialog, 'Uw wachtwoord')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(field(dialog, 'Typ HERSTELLEN om te bevestigen')).toHaveAccessibleDescription(
    'Typ HERSTELLEN om te bevestigen.',
  );
  await app.expectAccessible('terugzetten');
  await app.screenshot('terugzetten');
  await field(dialog, 'Uw wachtwoord').fill(BEHEERDER.password);
  await field(dialog, 'Typ HERSTELLEN om te bevestigen').fill('HERSTELLEN');
  app.dialogs.answer(backup);
  await dialog.getByRole('button', { name: 'Back-up kiezen en terugzetten' }).click();

  // Everyone is logged out; after logging in again the later account is gone.
  await expect(page.getByRole('status').filter({ hasText: 'teruggezet' })).toHaveText(
    'De back-up is teruggezet. Meld u opnieuw aan.',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await app.expectAccessible('teruggezet');
  await app.screenshot('teruggezet');
  await logInThroughForm(app, BEHEERDER.username, BEHEERDER.password);
  await nav.getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('row', { name: /Bram Beheerder/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Lotte Later/ })).toHaveCount(0);
});

test('een beschadigde database wordt uitgelegd en kan vanuit een back-up worden hersteld', async ({ app }) => {
  await setUp(app);
  const backup = join(app.filesDir, 'back-up.db');
  app.dialogs.answer(backup);
  expect(await app.core.dispatch('backup:create', {})).toMatchObject({ ok: true });
  await app.core.dispatch('session:logout', {});

  // Damage the start of the (closed) database file: its header and schema, which opening reads
  // (a page deep inside is found by the check after log-in, the next test).
  const database = join(app.dataDir, 'cter-werkplaats.db');
  const fd = openSync(database, 'r+');
  writeSync(fd, Buffer.alloc(4096 - 16, 0xa5), 0, 4096 - 16, 16);
  closeSync(fd);

  await app.open('/');
  const { page } = app;
  await logInThroughForm(app, BEHEERDER.username, BEHEERDER.password);
  await expect(page.getByRole('heading', { level: 1, name: 'De database kan niet worden geopend' })).toBeVisible();
  await expect(page.getByText('Het databasebestand is beschadigd of onleesbaar. Zet een back-up terug.')).toBeVisible();
  await app.expectAccessible('beschadigd');
  await app.screenshot('beschadigd');

  // A reload shows the same screen: core remembers what is wrong.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'De database kan niet worden geopend' })).toBeVisible();
  const restore = page.getByRole('form', { name: 'Back-up terugzetten' });
  await field(restore, 'Gebruikersnaam van de beheerder').fill(BEHEERDER.username);
  await field(restore, 'Wachtwoord van de beheerder').fill(BEHEERDER.password);
  app.dialogs.answer(backup);
  await restore.getByRole('button', { name: 'Back-up kiezen en terugzetten' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'teruggezet' })).toHaveText(
    'De back-up is teruggezet. Meld u opnieuw aan.',
  );
  await logInThroughForm(app, BEHEERDER.username, BEHEERDER.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
});

test('een beschadiging diep in het bestand: aanmelden lukt, de controle daarna waarschuwt de beheerder', async ({
  app,
}) => {
  await setUp(app);
  const backup = join(app.filesDir, 'back-up.db');
  app.dialogs.answer(backup);
  expect(await app.core.dispatch('backup:create', {})).toMatchObject({ ok: true });
  const key = Buffer.from(await app.control.databaseKey());
  await app.core.dispatch('session:logout', {});

  // A table no log-in reads, with pages of its own; one of them gets a bad byte, as from a bad sector.
  const database = join(app.dataDir, 'cter-werkplaats.db');
  const handle = new Driver(database);
  applyCipher(handle, key);
  handle.exec('CREATE TABLE ballast (x BLOB)');
  const insert = handle.prepare('INSERT INTO ballast VALUES (randomblob(1500))');
  for (let i = 0; i < 200; i++) insert.run();
  const pages = handle.prepare("SELECT pageno FROM dbstat WHERE name = 'ballast' AND pagetype = 'leaf'").all() as {
    pageno: number;
  }[];
  handle.pragma('wal_checkpoint(TRUNCATE)');
  handle.close();
  const fd = openSync(database, 'r+');
  writeSync(fd, Buffer.from([0x5a]), 0, 1, (pages[0]!.pageno - 1) * 4096 + 500);
  closeSync(fd);

  await app.open('/');
  const { page } = app;
  await logInThroughForm(app, BEHEERDER.username, BEHEERDER.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  await app.control.integritySettled();
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Back-up' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'beschadiging in het databasebestand gevonden' });
  await expect(warning).toContainText(/Bij de controle op \d{2}-\d{2}-\d{4} \d{2}:\d{2} is beschadiging/);
  await expect(warning).toContainText('Zet zo snel mogelijk een back-up terug van vóór deze datum');
  await app.expectAccessible('controle-beschadiging');
  await app.screenshot('controle-beschadiging');
});

test('een door een stroomstoring onderbroken terugzetting wordt bij het starten afgemaakt en gemeld', async ({
  app,
}) => {
  await setUp(app);
  const backup = join(app.filesDir, 'back-up-dinsdag.db');
  app.dialogs.answer(backup);
  expect(await app.core.dispatch('backup:create', {})).toMatchObject({ ok: true });
  await addAccount(app, { username: 'later', displayName: 'Lotte Later', roles: ['notulist'] });
  const me = await app.control.sessionUser();
  await app.core.dispatch('session:logout', {});

  // What a restore leaves when the power fails right after its journal: the backup and its key
  // file staged beside the database, nothing moved yet. The next start finishes it.
  const database = join(app.dataDir, 'cter-werkplaats.db');
  copyFileSync(backup, stagedDatabase(database));
  copyFileSync(`${backup}.sleutels`, stagedKeyFile(database));
  const kept = 'cter-werkplaats.db.voor-herstel-2026-12-01T09-00-00-000Z';
  writeJournal(database, {
    format: 'cter-herstel',
    version: 1,
    backup: 'back-up-dinsdag.db',
    kept,
    actor: { id: me.id, username: me.username },
  });
  await app.control.settleInterruptedRestore();
  expect(readdirSync(app.dataDir)).toContain(kept);

  await app.open('/');
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  // The log-in screen's own status, beside the window's (empty) notices region.
  const interrupted = page.getByRole('status').filter({ hasText: 'onderbroken' });
  await expect(interrupted).toContainText('Het terugzetten van de back-up back-up-dinsdag.db werd onderbroken');
  await expect(interrupted).toContainText(`De vervangen database is bewaard als ${kept}.`);
  await app.expectAccessible('herstel afgemaakt');
  await app.screenshot('herstel-afgemaakt');
  await logInThroughForm(app, BEHEERDER.username, BEHEERDER.password);
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await nav.getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('row', { name: /Bram Beheerder/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Lotte Later/ })).toHaveCount(0);
});

test.describe('een beschadigd instellingenbestand', () => {
  // A data folder of its own (the policy's, so the settings file can be there before core starts;
  // core reads it once). The harness removes the folder afterwards.
  const folder = join(tmpdir(), `cter-e2e-instellingen-${randomUUID()}`);
  const damaged = '{ "version": 1, "locale": "nl", "databasePath": "/srv/cter/cter-werk';
  test.use({ adminPolicy: parseAdminPolicy({ DataFolder: folder }) });
  test.beforeAll(() => {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(join(folder, PREFERENCES_FILE), damaged);
  });

  test('wordt uitgelegd, niet als een eerste start: geen wizard, geen terugzetten, het bestand blijft', async ({
    app,
  }) => {
    await app.open('/');
    const { page } = app;
    await expect(page.getByRole('heading', { level: 1, name: 'Het instellingenbestand is beschadigd' })).toBeVisible();
    await expect(page.getByText('De database zelf is niet aangeraakt', { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: /Welkom/ })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Back-up terugzetten' })).toHaveCount(0);
    await app.expectAccessible('instellingen beschadigd');
    await app.screenshot('instellingen-beschadigd');
    expect(readFileSync(join(folder, PREFERENCES_FILE), 'utf8')).toBe(damaged);
  });
});
