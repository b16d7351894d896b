// Hardening that applies to every web contents and the session: no permissions, no navigation
// away from the app, no new windows, no webviews, and no request to any network.
import { app, session, type WebContents } from 'electron';
import { devServerUrl, isAppUrl } from './paths';

const NETWORK_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  ses.setSpellCheckerEnabled(false);
  // Should spell-checking ever be switched on, dictionaries are looked for on the app's own
  // origin (which has none), never on Chromium's CDN.
  ses.setSpellCheckerDictionaryDownloadURL('app://cter/geen-woordenboeken/');
  ses.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (details, callback) => {
    // In development the renderer is served by Vite on localhost; that origin alone is let through.
    const allowed = devServerUrl !== undefined && details.url.startsWith(new URL(devServerUrl).origin);
    if (!allowed) console.warn('[cter] network request blocked');
    callback({ cancel: !allowed });
  });
}

function denyNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => denyNavigation(contents));
}
