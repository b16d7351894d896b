// Finds the Electron executable without triggering a download. (Requiring the 'electron'
// package from Node downloads the binary when it is missing; this module never does.)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
const ELECTRON_PACKAGE = join(ROOT, 'node_modules/electron');

function platformExecutable(): string {
  switch (process.platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/** The executable, or null with the reason it is not there. */
export function findElectron(): { path: string } | { path: null; reason: string } {
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const path = join(override, platformExecutable());
    return existsSync(path)
      ? { path }
      : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${path} does not exist` };
  }
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  if (existsSync(pathFile)) {
    const path = join(ELECTRON_PACKAGE, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(path)) return { path };
  }
  return {
    path: null,
    reason: 'no Electron binary in node_modules/electron/dist and ELECTRON_OVERRIDE_DIST_PATH is not set',
  };
}

/** Electron's version, from its package (the binary must match it). */
export function electronVersion(): string {
  return (JSON.parse(readFileSync(join(ELECTRON_PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
}
