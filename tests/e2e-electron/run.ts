// `npm run test:electron`: the Electron end-to-end suite, where an Electron binary exists.
// Elsewhere (as on the build machines, which cannot download it) it says so in one line and
// exits 0, so CI stays honest without failing for a missing binary.
//
// First, where `npm run dist` left a packed app in dist/, its fuses are checked against the
// security model (build/after-pack.mjs, CTER_FUSES): a packed app with a fuse as Electron ships
// it fails the run. Without a packed app it says so in one line.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findElectron, ROOT } from '../../src-main/launcher/electron-binary';
import { ensureElectronNative } from '../../src-main/launcher/native';

/** Where electron-builder leaves the packed executable (directories.output: dist), per platform. */
const PACKED = [
  'linux-unpacked/cter-werkplaats',
  'linux-arm64-unpacked/cter-werkplaats',
  'win-unpacked/CTER Werkplaats.exe',
  'mac/CTER Werkplaats.app',
  'mac-arm64/CTER Werkplaats.app',
].map((file) => join(ROOT, 'dist', file));

/** 0 when every packed app in dist/ has the security model's fuses (or there is none). */
async function checkPackedFuses(): Promise<number> {
  const hook = (await import(join(ROOT, 'build/after-pack.mjs'))) as {
    wrongCterFuses(file: string): Promise<string[]>;
  };
  const packed = PACKED.filter((file) => existsSync(file));
  if (packed.length === 0)
    console.info('Fuses of a packed app not checked: no packed app in dist/ (npm run dist makes one).');
  for (const file of packed) {
    const wrong = await hook.wrongCterFuses(file);
    if (wrong.length > 0) {
      console.error(`The packed app ${file} has fuses not as the security model sets them: ${wrong.join(', ')}.`);
      return 1;
    }
    console.info(`Fuses of the packed app ${file}: as the security model sets them.`);
  }
  return 0;
}

function runSuite(): number {
  const electron = findElectron();
  if (electron.path === null) {
    console.info(`Electron end-to-end suite not run: ${electron.reason} (it cannot be downloaded on this machine).`);
    return 0;
  }

  ensureElectronNative();
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
  const run = spawnSync('npx', ['playwright', 'test', '--config', 'tests/e2e-electron/playwright.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CTER_ELECTRON_PATH: electron.path },
  });
  return run.status ?? 1;
}

void checkPackedFuses().then((status) => process.exit(status || runSuite()));
