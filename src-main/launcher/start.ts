// `npm start` (and `npm run dev`): makes sure the Electron binary and the Electron build of the
// database driver are present, builds the app, and starts it. On a fresh online machine the
// first start downloads Electron; on an air-gapped one, set ELECTRON_OVERRIDE_DIST_PATH.
// Only `npm run dev` sets CTER_DEV=1, which gives Reload and DevTools (electron/dev-mode.ts);
// `npm start` removes it, so what runs there is the app as it is used.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findElectron, ROOT } from './electron-binary';
import { DEV_FLAG } from '../electron/dev-mode';
import { ensureElectronNative } from './native';

const dev = process.argv.includes('--dev');

function ensureElectron(): string {
  const found = findElectron();
  if (found.path !== null) return found.path;
  if (process.env['ELECTRON_OVERRIDE_DIST_PATH']) {
    console.error(`Electron niet gevonden: ${found.reason}.`);
    process.exit(1);
  }
  console.info('Electron wordt eenmalig gedownload…');
  const install = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron/install.js')], { stdio: 'inherit' });
  const after = findElectron();
  if (install.status !== 0 || after.path === null) {
    console.error(
      'Electron kon niet worden gedownload. Zonder internet: zie README, "Offline installeren" (ELECTRON_OVERRIDE_DIST_PATH).',
    );
    process.exit(1);
  }
  return after.path;
}

const electronPath = ensureElectron();
ensureElectronNative();
const env: NodeJS.ProcessEnv = { ...process.env };
if (dev) env[DEV_FLAG] = '1';
else delete env[DEV_FLAG];

if (dev) {
  const child = spawn('npx', ['electron-vite', 'dev'], { cwd: ROOT, stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const child = spawn(electronPath, [ROOT], { cwd: ROOT, stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
}
