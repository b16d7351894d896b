// The database driver is a native module. Tests and the CLI run it under Node, Electron needs it
// built for Electron's ABI. Rebuilding in place would break one of the two, so the Electron build
// goes to .electron-native/<electron version>/ in the app's own folder, the one place main loads
// it from (electron/native-binding.ts; no environment variable can point it elsewhere).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronNativeFile } from '../electron/native-binding';
import { electronVersion, ROOT } from './electron-binary';

const MODULE = 'better-sqlite3-multiple-ciphers';

export function electronNativePath(): string {
  return electronNativeFile(ROOT, electronVersion());
}

/**
 * Builds the driver for Electron's ABI once per Electron version. Online it fetches Electron's
 * headers from electronjs.org; offline, point ELECTRON_HEADERS_DIR at an unpacked copy of
 * node-v<version>-headers for this Electron version (see README, "Offline installeren").
 */
export function ensureElectronNative(): string {
  const target = electronNativePath();
  if (existsSync(target)) return target;
  const version = electronVersion();
  console.info(`Building ${MODULE} for Electron ${version} (once)…`);
  const work = mkdtempSync(join(tmpdir(), 'cter-native-'));
  try {
    const source = join(ROOT, 'node_modules', MODULE);
    cpSync(source, work, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
    const headers = process.env['ELECTRON_HEADERS_DIR'];
    const args = [
      join(ROOT, 'node_modules/node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${version}`,
      '--runtime=electron',
      `--arch=${process.arch}`,
      ...(headers ? [`--nodedir=${headers}`] : ['--dist-url=https://electronjs.org/headers']),
    ];
    execFileSync(process.execPath, args, { cwd: work, stdio: 'inherit' });
    mkdirSync(join(target, '..'), { recursive: true });
    cpSync(join(work, 'build/Release/better_sqlite3.node'), target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
