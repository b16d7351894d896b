/// <reference lib="dom" />
// Set-up for the case-work specs: an installation with a beheerder, a procesregisseur who works in
// all three ZVH regions and one who works only in another region, made directly through core (as
// tests/integration/helpers.ts does: no temporary password to replace; on either engine; on the
// `server` project in the server's core), and signals registered through the page's bridge, the
// same dispatch the page uses (on `server`: the workstation's, over HTTPS).
import type { Page } from '@playwright/test';
import { isoDay } from '../../../src-shared/domain/format';
import type { Role } from '../../../src-shared/domain/roles';
import type { RegisteredSignal } from '../../../src-shared/ipc/signals';
import { expect, HARNESS_START, type AppHarness } from './fixtures';
import { field } from './locators';
import { expectConnectionShown, setUp } from './session';

/** The regions and some municipalities of the default (fictitious) reference data. */
export const NOORD = 1;
export const MIDDEN = 2;
export const ZUID = 3;
export const ALDERVOORT = 1;
export const BEEKWOLDE = 2;
export const BERKENSTEIN = 12;

export interface TestAccount {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  regionIds: number[];
}

export const REGISSEUR: TestAccount = {
  username: 'rik',
  displayName: 'Rik Regisseur',
  password: 'Rik regisseert de casussen van de drie regio’s',
  roles: ['procesregisseur'],
  regionIds: [NOORD, MIDDEN, ZUID],
};

export const ANDERE_REGIO: TestAccount = {
  username: 'mila',
  displayName: 'Mila Midden',
  password: 'Mila werkt alleen in de regio Midden',
  roles: ['procesregisseur'],
  regionIds: [MIDDEN],
};

async function dispatch<T>(app: AppHarness, channel: string, input: unknown): Promise<T> {
  const result = await app.bridge.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
  return result.value as T;
}

/**
 * Adds an account with its own password and the account row, as a beheerder would: the secret
 * comes from core's credentials (a key slot on the SQLCipher file, a password verifier on
 * PostgreSQL).
 */
export async function addAccountDirectly(app: AppHarness, account: TestAccount): Promise<number> {
  return app.timed('setup:account', () => app.control.addAccount(account));
}

/**
 * Logs whoever is logged in out of core and `account` in (before the page is opened). On the
 * `server` project through the workstation: its log-in ends the session it held at the server.
 */
export async function logInInCore(app: AppHarness, account: Pick<TestAccount, 'username' | 'password'>) {
  await app.timed('setup:login-core', async () => {
    if (app.engine !== 'server') await app.control.endSession();
    await dispatch(app, 'session:login', { username: account.username, password: account.password });
  });
}

/** The installation with its three accounts; the procesregisseur is logged in (in core). */
export async function setUpCasework(app: AppHarness): Promise<{ regisseurId: number; andereRegioId: number }> {
  await setUp(app);
  const regisseurId = await addAccountDirectly(app, REGISSEUR);
  const andereRegioId = await addAccountDirectly(app, ANDERE_REGIO);
  await logInInCore(app, REGISSEUR);
  return { regisseurId, andereRegioId };
}

/** Sets up, then opens the app at `route` as the procesregisseur. */
export async function openAsRegisseur(app: AppHarness, route = '/') {
  const ids = await setUpCasework(app);
  await app.open(route);
  await expect(app.page.getByRole('button', { name: `${REGISSEUR.displayName}, gebruikersmenu` })).toBeVisible();
  await expectConnectionShown(app);
  return ids;
}

/** A calendar date `days` from `today` (negative: in the past), as core and the forms use it. */
/**
 * Ctrl+L, then `password` (the procesregisseur's unless given): the caller checks what is back (a
 * dialog open hides the page's heading).
 */
export async function lockAndUnlock(page: Page, password = REGISSEUR.password): Promise<void> {
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { level: 1, name: 'Vergrendeld' })).toBeVisible();
  await field(page, 'Wachtwoord').fill(password);
  await page.keyboard.press('Enter');
}

export function day(days: number, today: Date = HARNESS_START): string {
  return isoDay(new Date(today.getTime() + days * 24 * 60 * 60 * 1000));
}

export interface PersonData {
  naam: string;
  roepnaam?: string;
  aliases?: string[];
  geboortedatum?: string | null;
  geboortejaar?: number | null;
  gemeenteId?: number;
  bsn?: string;
}

/** Registers a signal about a new person through core (as the logged-in account). */
export async function registerSignal(
  app: AppHarness,
  person: PersonData,
  signal: Record<string, unknown> = {},
): Promise<RegisteredSignal> {
  return app.timed('setup:signal', () => registerSignalNow(app, person, signal));
}

/** The input of `signals:register` about a new person, as the helpers send it. */
function registerInput(person: PersonData, signal: Record<string, unknown>) {
  return {
    person: { nieuw: { gemeenteId: ALDERVOORT, geboortedatum: '2006-05-12', ...person } },
    signal: {
      melderPartner: 'politie',
      melderContact: 'Wijkagent De Boer (fictief)',
      ontvangen: day(-3),
      omschrijving: 'Deelt online oproepen tot geweld (voorbeeld — fictief).',
      ideologie: 'jihadistisch',
      ernst: 'ernstig',
      bron: 'online',
      ...signal,
    },
  };
}

async function registerSignalNow(
  app: AppHarness,
  person: PersonData,
  signal: Record<string, unknown>,
): Promise<RegisteredSignal> {
  return dispatch<RegisteredSignal>(app, 'signals:register', registerInput(person, signal));
}

/**
 * Registers a signal about each new person, in order, as `registerSignal` does one by one: the same
 * calls (each its own transaction and audit entry, as the logged-in account), made inside core's
 * thread through the control channel (`dispatchMany`) instead of one crossing each; for large test
 * data. On `server` the calls go through the workstation one by one, as there the session is its.
 */
export async function registerSignals(
  app: AppHarness,
  persons: PersonData[],
  signal: Record<string, unknown> = {},
): Promise<RegisteredSignal[]> {
  return app.timed('setup:signal', async () => {
    if (app.engine === 'server') {
      const registered: RegisteredSignal[] = [];
      for (const person of persons) registered.push(await registerSignalNow(app, person, signal));
      return registered;
    }
    const inputs = persons.map((person) => registerInput(person, signal));
    return (await app.control.dispatchMany({ channel: 'signals:register', inputs })) as RegisteredSignal[];
  });
}

export { dispatch };
