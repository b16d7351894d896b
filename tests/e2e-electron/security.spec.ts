// The built app in Electron: window security settings, navigation refused, no network, the
// bridge answering only the app's own frame, and the Dutch menu.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { getApplicationMenu, ipcMainInvokeHandler } from 'electron-playwright-helpers';
import { ROOT } from '../../src-main/launcher/electron-binary';

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cter-electron-'));
  app = await electron.launch({
    executablePath: process.env['CTER_ELECTRON_PATH'],
    args: [join(ROOT, 'out/main/index.js')],
    // As `npm start` runs it: no CTER_DEV, so no developer tools.
    env: { ...process.env, CTER_DEV: '', CTER_DATA_DIR: dataDir },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the window runs isolated and sandboxed, without Node', async () => {
  // getLastWebPreferences is not in Electron's typings; where it exists it shows the real values.
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
      getLastWebPreferences?: () => { contextIsolation?: boolean; sandbox?: boolean; nodeIntegration?: boolean };
    };
    const web = contents.getLastWebPreferences?.();
    return web
      ? { contextIsolation: web.contextIsolation, sandbox: web.sandbox, nodeIntegration: web.nodeIntegration }
      : null;
  });
  if (prefs) expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  // Whatever the API says, the page itself sees no Node and only the frozen bridge.
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(page.url()).toMatch(/^app:\/\/cter\//);
  expect(await page.evaluate(() => Object.keys((window as unknown as { cter: object }).cter).sort())).toEqual([
    'invoke',
    'onEvent',
  ]);
});

test('navigation to an external address and new windows are refused', async () => {
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('a request to the network is blocked', async () => {
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('https://example.org/');
      return 'loaded';
    } catch {
      return 'blocked';
    }
  });
  expect(outcome).toBe('blocked');
});

test('the bridge answers the app, and refuses a caller that is not the app frame', async () => {
  const info = await page.evaluate(() =>
    (window as unknown as { cter: { invoke(c: string, i: unknown): Promise<unknown> } }).cter.invoke('app:info', {}),
  );
  expect(info).toMatchObject({ ok: true, value: { databasePath: expect.stringContaining(dataDir) } });
  const forged = await ipcMainInvokeHandler(app, 'cter:invoke', 'app:info', {});
  expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('the menu is Dutch and has Afdrukken and Vergrendelen', async () => {
  const menu = await getApplicationMenu(app);
  expect(menu.map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
  const file = menu[0]!.submenu!.map((item) => item.label);
  expect(file).toEqual(expect.arrayContaining(['Afdrukken…', 'Vergrendelen']));
  // Started as `npm start` starts it: no Reload and no DevTools, and DevTools cannot be opened.
  const view = menu[2]!.submenu!.map((item) => item.label);
  expect(view).not.toContain('Opnieuw laden');
  expect(view).not.toContain('Ontwikkelhulpmiddelen');
  const devToolsOpen = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    contents.openDevTools();
    return contents.isDevToolsOpened();
  });
  expect(devToolsOpen).toBe(false);
});
