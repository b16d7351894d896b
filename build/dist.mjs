// `npm run dist`: the installers for the platform this runs on (electron-builder.yml; Windows:
// MSI + NSIS, Linux: deb + AppImage), after `npm run build`. An air-gapped build machine sets
// ELECTRON_CACHE to a folder holding electron-v<version>-<platform>-<arch>.zip: electron-builder
// then takes Electron from that zip (electronDist) and downloads nothing for it; see README,
// "Installatiepakketten bouwen (offline)". Extra arguments go to electron-builder (e.g. --dir).
// electron-builder rebuilds the database driver for Electron in node_modules itself; the Node
// build that tests and the CLI use is put back afterwards, also when the build fails.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const platformFlag = { win32: '--win', linux: '--linux', darwin: '--mac' }[process.platform];
if (!platformFlag) {
  console.error(`[dist] no installers are defined for ${process.platform}`);
  process.exit(1);
}

// The build id the about dialog shows: CTER_BUILD, or the commit and the day of the build.
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim();
const build = process.env['CTER_BUILD'] ?? `${commit || 'unknown'}-${new Date().toISOString().slice(0, 10)}`;

const args = [
  '--config',
  'electron-builder.yml',
  '--publish',
  'never',
  platformFlag,
  `--config.extraMetadata.cterBuild=${build}`,
  ...process.argv.slice(2),
];
const env = { ...process.env };
const cache = process.env['ELECTRON_CACHE'];
if (cache) {
  const zip = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
  if (!existsSync(join(cache, zip))) {
    console.error(`[dist] ELECTRON_CACHE is set, but ${zip} is not in ${cache}`);
    process.exit(1);
  }
  args.push(`--config.electronDist=${cache}`);
  // Whatever @electron/get still fetches (checksums, tools) is read from its cache, never written.
  env['ELECTRON_DOWNLOAD_CACHE_MODE'] = '1';
}

// Offline, the driver is compiled against an unpacked copy of Electron's headers (as `npm start`
// does, src-main/launcher/native.ts) instead of headers fetched from electronjs.org.
if (process.env['ELECTRON_HEADERS_DIR']) env['npm_config_nodedir'] = process.env['ELECTRON_HEADERS_DIR'];

const driverBuild = join(root, 'node_modules/better-sqlite3-multiple-ciphers/build');
const saved = join(mkdtempSync(join(tmpdir(), 'cter-dist-')), 'build');
if (existsSync(driverBuild)) cpSync(driverBuild, saved, { recursive: true });
let status;
try {
  const builder = join(root, 'node_modules/electron-builder/cli.js');
  console.info(`[dist] electron-builder ${args.join(' ')}`);
  status = spawnSync(process.execPath, [builder, ...args], { cwd: root, env, stdio: 'inherit' }).status ?? 1;
} finally {
  if (existsSync(saved)) {
    rmSync(driverBuild, { recursive: true, force: true });
    cpSync(saved, driverBuild, { recursive: true });
    rmSync(join(saved, '..'), { recursive: true, force: true });
  }
}
process.exit(status);
