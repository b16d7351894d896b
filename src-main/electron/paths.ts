// Where the built pieces live at run time, relative to out/main/index.js.
import { join } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'cter';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const rendererDir = join(__dirname, '../renderer');
export const preloadFile = join(__dirname, '../preload/index.js');

/** Set by `electron-vite dev`: the renderer then comes from Vite's dev server. */
export const devServerUrl = process.env['ELECTRON_RENDERER_URL'];

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
    return devServerUrl !== undefined && parsed.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}
