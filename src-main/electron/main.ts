// Electron main process: lifecycle, one window, the app:// scheme, hardening, the bridge and the
// menu. Everything else lives in core, which knows nothing of Electron and runs in a worker thread
// of its own (src-main/core-host: out/main/core-worker.js beside this bundle), so that its
// synchronous SQL never holds up the window; in team mode (team.json) the bridge goes to the CTER
// server instead (workstation.ts chooses, src-main/team forwards).
import type { BrowserWindow } from 'electron';
import { app, dialog, Menu } from 'electron';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { translator } from '../../src-shared/i18n/messages';
import type { MenuAction } from '../../src-shared/ipc/events';
import { readAdminPolicy } from './admin-policy';
import { builtEntry } from '../core-host/entry';
import { startCoreWorker } from '../core-host/host';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { chooseNativeBinding } from './native-binding';
import { appRoot, developerMode } from './paths';
import { createWindowService } from './kiosk-window';
import { createFileService, createPrintService } from './print';
import { handleAppScheme, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';
import { createWorkstation, type Workstation } from './workstation';
import type { ClientIdentity } from '../team/client';
import { readClientIdentity } from '../team/client-identity';

let mainWindow: BrowserWindow | null = null;
let workstation: Workstation | null = null;

// The administrator's policy, read once at start (admin-policy.ts). Only an unpacked checkout
// may point at another policy file (CTER_POLICY_FILE, for trying one out); a packed app reads the
// machine's. Values it cannot use are logged here and shown in the about dialog.
const adminPolicy = readAdminPolicy({
  platform: process.platform,
  ...(!app.isPackaged && process.env['CTER_POLICY_FILE'] ? { file: process.env['CTER_POLICY_FILE'] } : {}),
});
for (const problem of adminPolicy.problems) {
  console.error(`[cter] administrator policy: ${problem.key} ignored (${problem.reason})`);
}

/** This workstation's client certificate, when the policy names one (team/client-identity.ts). */
function clientIdentity(): ClientIdentity | undefined {
  const files = adminPolicy.policy.clientCertificate;
  if (!files) return undefined;
  const read = readClientIdentity(files);
  if (read.problem)
    console.error(`[cter] administrator policy: the workstation certificate is ignored (${read.problem})`);
  return read.identity ?? undefined;
}

function dataDir(): string {
  // The administrator's policy first; an administrator may also set CTER_DATA_DIR (e.g. an encrypted volume).
  return adminPolicy.policy.dataFolder ?? process.env['CTER_DATA_DIR'] ?? join(app.getPath('userData'), 'data');
}

/** The build id electron-builder wrote into the packed package.json (build/dist.mjs); `dev` otherwise. */
function appBuild(): string {
  try {
    const meta = JSON.parse(readFileSync(join(app.getAppPath(), 'package.json'), 'utf8')) as { cterBuild?: unknown };
    return typeof meta.cterBuild === 'string' ? meta.cterBuild : 'dev';
  } catch {
    return 'dev';
  }
}

function onMenu(action: MenuAction): void {
  workstation?.emit({ type: 'menu', action });
}

async function start(): Promise<void> {
  hardenSession();
  handleAppScheme();
  const getWindow = () => mainWindow;
  workstation = createWorkstation({
    dataDir: dataDir(),
    resourcesDir: join(app.getAppPath(), 'resources'),
    appVersion: app.getVersion(),
    appBuild: appBuild(),
    adminPolicy,
    policyServer: adminPolicy.policy.server,
    team: { identity: clientIdentity() },
    platform: {
      print: createPrintService(getWindow),
      files: createFileService(getWindow),
      window: createWindowService(getWindow),
    },
    // Only the driver built into the app's own folder; never a path from the environment.
    nativeBinding: chooseNativeBinding({
      appPath: appRoot,
      electronVersion: process.versions.electron,
      isPackaged: app.isPackaged,
      exists: existsSync,
      realpath: realpathSync,
    }),
    onLocaleChanged: (locale) => Menu.setApplicationMenu(buildMenu(locale, onMenu, developerMode)),
    // Core in its worker thread; the system clock (no clock is given here, nor shared with it).
    startCore: ({ clock: _systemClock, ...options }) => startCoreWorker({ ...options, entry: builtEntry(__dirname) }),
  });
  registerIpc(workstation, getWindow);
  const info = await workstation.dispatch('app:info', {});
  const locale = info.ok ? (info.value as { locale: 'nl' | 'en' }).locale : 'nl';
  Menu.setApplicationMenu(buildMenu(locale, onMenu, developerMode));
  mainWindow = createMainWindow(translator(locale)('app.name'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  // A second instance would open the same database twice; the first one is brought forward.
  app.quit();
} else {
  registerAppScheme();
  hardenWebContents();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // Close the database cleanly (audit "logout", checkpoint the WAL) before the process ends.
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed || !workstation) return;
    event.preventDefault();
    const closing = workstation;
    workstation = null;
    closing
      .close()
      .catch((error: unknown) => console.error('[cter] closing failed', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[cter] start failed', error);
      dialog.showErrorBox(translator('nl')('app.name'), translator('nl')('errors.INTERNAL'));
      app.quit();
    });
}
