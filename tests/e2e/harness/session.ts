/// <reference lib="dom" />
// Helpers to reach a logged-in state fast. The set-up wizard itself is tested through the UI once
// (setup.spec.ts); every other test starts from an installation made here, through core's router
// (the same dispatch the page uses), and then opens the page.
import type { Role } from '../../../src-shared/domain/roles';
import { describeServerAddress } from '../../../src-shared/domain/server-address';
import { BEHEERDER, installFirstBeheerder } from './first-beheerder';
import { expect, type AppHarness } from './fixtures';
import { field } from './locators';

export { BEHEERDER };

async function dispatch<T>(app: AppHarness, channel: string, input: unknown): Promise<T> {
  const result = await app.bridge.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
  return result.value as T;
}

/**
 * Installs a new database with BEHEERDER logged in (in core); open the page afterwards. On a
 * PostgreSQL store the same two calls make the first beheerder in the empty database. On the
 * `server` project the server's database has its first beheerder already (team-server.ts, as
 * `cter server init` leaves it): BEHEERDER logs in there through the workstation instead.
 */
export async function setUp(
  app: AppHarness,
  admin: { displayName: string; username: string; password: string } = BEHEERDER,
) {
  return app.timed('setup:install', async () => {
    if (app.engine !== 'server')
      return installFirstBeheerder((channel, input) => app.core.dispatch(channel, input), admin);
    if (admin.username !== BEHEERDER.username)
      throw new Error('server project: the server database’s first beheerder is BEHEERDER (team-server.ts)');
    await dispatch(app, 'session:login', { username: admin.username, password: admin.password });
  });
}

/**
 * On the `server` project: the app bar says which CTER server the workstation is connected to
 * (team mode). Elsewhere nothing is checked (team.spec.ts shows the status with its stand-in).
 */
export async function expectConnectionShown(app: AppHarness) {
  const status = app.page.getByRole('status', { name: 'Verbinding met de CTER-server' });
  if (!app.server) return;
  await expect(status).toHaveText(`Verbonden met ${describeServerAddress(app.server)}`);
}

/** Sets up and opens the app at `route`, logged in as BEHEERDER. */
export async function openAsBeheerder(app: AppHarness, route = '/') {
  await setUp(app);
  await app.open(route);
  await expect(app.page.getByRole('button', { name: /gebruikersmenu/ })).toBeVisible();
  await expectConnectionShown(app);
}

/** Adds an account through core, as the beheerder logged in there; returns its temporary password. */
export async function addAccount(
  app: AppHarness,
  account: { username: string; displayName: string; roles: Role[]; temporaryPassword?: string },
): Promise<string> {
  const created = await app.timed('setup:account', () =>
    dispatch<{ temporaryPassword: string }>(app, 'accounts:create', account),
  );
  return created.temporaryPassword;
}

/** Logs in through the login screen (which must be shown). */
export async function logInThroughForm(app: AppHarness, username: string, password: string) {
  const { page } = app;
  await field(page, 'Gebruikersnaam').fill(username);
  await field(page, 'Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

/** Logs out through the user menu. */
export async function logOut(app: AppHarness) {
  const { page } = app;
  await page.getByRole('button', { name: /gebruikersmenu/ }).click();
  await page.getByRole('menuitem', { name: 'Afmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
}
