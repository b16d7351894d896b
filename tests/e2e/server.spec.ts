/// <reference lib="dom" />
// Team mode against a real CTER server (issue 18; only on the `server` project): the page's bridge
// goes to the workstation's remote bridge, which calls `startServer` over HTTPS on loopback with
// the pinned certificate (harness/team-server.ts). The login screen names the server, a log-in
// through the form is a session at the server (its row names this workstation), the app bar says
// where it is connected, a logout ends that session; and when the server goes away the app bar
// says so at once (the session's event stream breaks) and comes back when the server does, still
// logged in (sessions live in PostgreSQL, not in the process). A server that does not answer when
// the window opens shows the problem screen, which notices its return by itself (the workstation's
// return watch: no click) and gives way to the log-in screen.
import { describeServerAddress } from '../../src-shared/domain/server-address';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import { dispatch, openAsRegisseur, registerSignal } from './harness/casework';
import { minutesOfOneItem } from './harness/minutes';
import { expect, test, type AppHarness } from './harness/fixtures';
import { BEHEERDER, logInThroughForm } from './harness/session';
import { RETURN_PROBE_E2E_MS, WORKSTATION_NAME } from './harness/team-server';
import { resizeWindow } from './harness/sizes';

interface SessionRow {
  account: string;
  workstation: string;
  ended: boolean;
  end_reason: string | null;
}

/** The server's session rows, oldest first (read in its store, past the transport). */
async function serverSessions(app: AppHarness): Promise<SessionRow[]> {
  return (await app.sql`SELECT a.username AS account, s.workstation, s.ended_at IS NOT NULL AS ended, s.end_reason
     FROM server_session s JOIN account a ON a.id = s.account_id ORDER BY s.created_at, s.id`) as unknown as SessionRow[];
}

const connection = (app: AppHarness) => app.page.getByRole('status', { name: 'Verbinding met de CTER-server' });

test('inloggen bij de CTER-server: het scherm noemt de server, de balk de verbinding; afmelden beëindigt de sessie', async ({
  app,
}) => {
  const { page } = app;
  const server = describeServerAddress(app.server!);
  await app.open('/');
  await expect(page.getByRole('heading', { level: 1, name: `Inloggen bij ${server}` })).toBeVisible();
  await app.expectAccessible('inloggen bij de server');
  await app.screenshot('1-inloggen-bij-de-server');
  expect(await serverSessions(app)).toEqual([]);

  await logInThroughForm(app, BEHEERDER.username, BEHEERDER.password);
  await expect(page.getByRole('button', { name: `${BEHEERDER.displayName}, gebruikersmenu` })).toBeVisible();
  await expect(connection(app)).toHaveText(`Verbonden met ${server}`);
  // The log-in went over the wire: the server holds the session, named after this workstation.
  expect(await serverSessions(app)).toEqual([
    { account: BEHEERDER.username, workstation: WORKSTATION_NAME, ended: false, end_reason: null },
  ]);
  // Nothing the renderer holds names the token (main keeps it).
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toMatch(/token/i);
  await app.expectAccessible('verbonden');
  await app.screenshot('2-verbonden');

  // The server owns the session's idle time: a minute before it, its event stream warns (WCAG
  // 2.2.1), and a key counts as activity at the server at once.
  await app.callsSettled();
  app.clock.advance(9 * 60 * 1000);
  const warning = page.getByRole('alert', { name: 'Het scherm wordt zo vergrendeld' });
  await expect(warning).toBeVisible();
  await page.keyboard.press('a');
  await expect(warning).toHaveCount(0);
  await expect.poll(() => app.calls.filter((c) => c.channel === 'session:activity').length).toBe(1);
  // Past the first idle time: the next call finds the session open (without the key it would lock).
  app.clock.advance(2 * 60 * 1000);
  await page.getByRole('link', { name: 'Auditlog', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auditlog' })).toBeVisible();
  expect((await serverSessions(app))[0]?.ended).toBe(false);

  // Logged out: the login screen of the server again.
  await page.getByRole('button', { name: /gebruikersmenu/ }).click();
  await page.getByRole('menuitem', { name: 'Afmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Inloggen bij ${server}` })).toBeVisible();
  expect(await serverSessions(app)).toEqual([
    { account: BEHEERDER.username, workstation: WORKSTATION_NAME, ended: true, end_reason: 'logout' },
  ]);
});

test('de server valt weg en komt terug: Geen verbinding, dan weer Verbonden, nog steeds aangemeld', async ({ app }) => {
  await openAsRegisseur(app);
  const { page } = app;
  const server = describeServerAddress(app.server!);
  const signal = await registerSignal(app, { naam: 'Sam Verbinding (fictief)' });
  await app.open(`/casussen/${signal.caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Verbinding (fictief)' })).toBeVisible();

  await app.server!.stop();
  await expect(connection(app)).toHaveText('Geen verbinding');
  // The user stays where they were.
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Verbinding (fictief)' })).toBeVisible();
  await app.expectAccessible('geen verbinding');
  await app.screenshot('geen-verbinding');

  await app.server!.start();
  // The event stream is opened again (after 1 s, doubling): the app bar follows without a call.
  await expect(connection(app)).toHaveText(`Verbonden met ${server}`, { timeout: 40_000 });
  await page.getByRole('tab', { name: 'Signalen (1)' }).click();
  await expect(page.getByRole('button', { name: 'Wegen' })).toBeVisible();
});

test('de server valt weg terwijl de notulist typt: de tekst komt er vanzelf in als hij terug is, zonder toets', async ({
  app,
}) => {
  // Core's idle lock flushes nothing: text that waited for the next key after a failed save was
  // dropped with the screen. Now the autosave tries again by itself while the server is away.
  const { meeting, duiding } = await minutesOfOneItem(app);
  const { page } = app;

  await app.server!.stop();
  await expect(connection(app)).toHaveText('Geen verbinding');
  const typed = 'School meldt verzuim; de wijkagent gaat langs (fictief).';
  await duiding.fill(typed);
  await expect(page.getByRole('alert').filter({ hasText: 'Niet opgeslagen' })).toBeVisible();
  await app.expectAccessible('notuleren, server weg');
  await app.screenshot('notuleren-server-weg');

  await app.server!.start();
  // No key, no click: the retry (every 5 s) reaches the server once it answers.
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen \d{2}:\d{2}:\d{2}$/, { timeout: 40_000 });
  const stored = await dispatch<MeetingView>(app, 'meetings:get', { id: meeting.id });
  expect(stored.items[0]!.minutes.duiding).toBe(typed);
});

test('de server antwoordt niet bij de start: Geen verbinding, en zodra hij weer antwoordt het inlogscherm, zonder klik', async ({
  app,
}) => {
  const { page } = app;
  const server = describeServerAddress(app.server!);
  // Before the window opens: the workstation starts without its server.
  await app.server!.stop();
  await app.open('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen verbinding met de CTER-server' })).toBeVisible();
  await expect(page.getByText('Deze werkplek vraagt het de server zelf steeds opnieuw')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
  await app.expectAccessible('geen verbinding bij de start');
  await app.screenshot('geen-verbinding-bij-de-start');
  await resizeWindow(page, { width: 1024, height: 768 });
  await app.screenshot('geen-verbinding-bij-de-start-1024');
  await resizeWindow(page, { width: 1366, height: 900 });

  // The server comes back; nobody clicks. The workstation asks it every few seconds (the harness's
  // short interval; 15–30 s in the app) and the window moves on to the log-in screen.
  await app.server!.start();
  await expect(page.getByRole('heading', { level: 1, name: `Inloggen bij ${server}` })).toBeVisible({
    timeout: 3 * RETURN_PROBE_E2E_MS + 2_000,
  });
  await app.screenshot('server-terug-inloggen');
  await logInThroughForm(app, BEHEERDER.username, BEHEERDER.password);
  await expect(connection(app)).toHaveText(`Verbonden met ${server}`);
});
