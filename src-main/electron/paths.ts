// Where the built pieces live at run time, relative to out/main/index.js.
import { app } from 'electron';
import { join } from 'node:path';
import { isDeveloperMode, rendererDevServer } from './dev-mode';

export const APP_SCHEME = 'app';
export const APP_HOST = 'cter';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The app's own folder (the checkout, or the packaged app): out/main/index.js is two below it. */
export const appRoot = join(__dirname, '../..');
export const rendererDir = join(__dirname, '../renderer');
export const preloadFile = join(__dirname, '../preload/index.js');

/** Reload and DevTools: only in `npm run dev` (see dev-mode.ts). */
export const developerMode = isDeveloperMode({ isPackaged: app.isPackaged, env: process.env });

/** Set by `electron-vite dev`: the renderer then comes from Vite's dev server (developer mode only). */
export const devServerUrl = rendererDevServer({ isPackaged: app.isPackaged, env: process.env });

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
    return devServerUrl !== undefined && parsed.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}
