// The one main window, with the webPreferences the security model requires.
import { BrowserWindow } from 'electron';
import { APP_ORIGIN, developerMode, devServerUrl, preloadFile } from './paths';
import { mainWindowPreferences } from './web-preferences';

export function createMainWindow(title: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title,
    backgroundColor: '#f4f6f8',
    autoHideMenuBar: false,
    webPreferences: mainWindowPreferences(preloadFile, developerMode),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}
