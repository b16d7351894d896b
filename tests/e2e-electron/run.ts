// `npm run test:electron`: the Electron end-to-end suite, where an Electron binary exists.
// Elsewhere (as on the build machines, which cannot download it) it says so in one line and
// exits 0, so CI stays honest without failing for a missing binary.
import { spawnSync } from 'node:child_process';
import { findElectron, ROOT } from '../../src-main/launcher/electron-binary';
import { ensureElectronNative } from '../../src-main/launcher/native';

const electron = findElectron();
if (electron.path === null) {
  console.info(`Electron end-to-end suite not run: ${electron.reason} (it cannot be downloaded on this machine).`);
  process.exit(0);
}

ensureElectronNative();
const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['playwright', 'test', '--config', 'tests/e2e-electron/playwright.config.ts'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, CTER_ELECTRON_PATH: electron.path },
});
process.exit(run.status ?? 1);
