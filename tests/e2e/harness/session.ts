/// <reference lib="dom" />
// Helpers to reach a logged-in state fast. The set-up wizard itself is tested through the UI once
// (setup.spec.ts); every other test starts from an installation made here, through core's router
// (the same dispatch the page uses), and then opens the page.
import type { Role } from '../../../src-shared/domain/roles';
import type { SessionUser, SetupProposal } from '../../../src-shared/ipc/session';
import { expect, type AppHarness } from './fixtures';
import { field } from './locators';

export const BEHEERDER = {
  displayName: 'Bram Beheerder',
  username: 'bram',
  password: 'Zeven zwanen zwommen zuidwaarts',
} as const;

async function dispatch<T>(app: AppHarness, channel: string, input: unknown): Promise<T> {
  const result = await app.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
  return result.value as T;
}

/**
 * Installs a new database with BEHEERDER logged in (in core); open the page afterwards. On a
 * PostgreSQL store the same two calls make the first beheerder in the empty database (there is no
 * recovery key, so there are no groups to type back).
 */
export async function setUp(
  app: AppHarness,
  admin: { displayName: string; username: string; password: string } = BEHEERDER,
) {
  const proposal = await dispatch<SetupProposal>(app, 'vault:prepare-setup', {});
  const groups = proposal.recoveryKey?.split('-') ?? [];
  await dispatch<{ user: SessionUser }>(app, 'vault:setup', {
    ...admin,
    passwordRepeat: admin.password,
    folder: null,
    confirm: proposal.confirmGroups.map((n) => groups[n - 1] ?? ''),
  });
}

/** Sets up and opens the app at `route`, logged in as BEHEERDER. */
export async function openAsBeheerder(app: AppHarness, route = '/') {
  await setUp(app);
  await app.open(route);
  await expect(app.page.getByRole('button', { name: /gebruikersmenu/ })).toBeVisible();
}

/** Adds an account through core, as the beheerder logged in there; returns its temporary password. */
export async function addAccount(
  app: AppHarness,
  account: { username: string; displayName: string; roles: Role[]; temporaryPassword?: string },
): Promise<string> {
  const created = await dispatch<{ temporaryPassword: string }>(app, 'accounts:create', account);
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
