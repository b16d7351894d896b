// What electron-builder.yml promises an IT department (issue 23), read through electron-builder's
// own loader and schema check, so a key it would ignore or reject fails here and not on a build
// machine: per-machine installers, the MSI upgrade code that never changes, records kept on
// uninstall, the native driver outside the asar, the fuse hook wired, no secrets in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'app-builder-lib';
// electron-builder's loader and validator (a dependency of electron-builder itself).
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const CONFIG_FILE = 'electron-builder.yml';
/** Windows Installer knows a newer MSI as an upgrade of the installed one by this; never change it. */
const UPGRADE_CODE = '6f1c3b2e-8a4d-4c7e-9b15-2d7e0a9c4f31';

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(ROOT, CONFIG_FILE, null);
  await validateConfiguration(config, new DebugLogger(false));
});

describe('electron-builder.yml', () => {
  it('builds a per-machine MSI with the fixed upgrade code', () => {
    expect(config.win?.target).toEqual(expect.arrayContaining(['msi', 'nsis']));
    expect(config.msi?.perMachine).toBe(true);
    expect(config.msi?.upgradeCode).toBe(UPGRADE_CODE);
  });

  it('builds a per-machine NSIS installer that never deletes the data on uninstall', () => {
    expect(config.nsis?.perMachine).toBe(true);
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('builds deb and AppImage on Linux', () => {
    expect(config.linux?.target).toEqual(expect.arrayContaining(['deb', 'AppImage']));
  });

  it('packs the app into an asar, with the native database driver unpacked beside it', () => {
    expect(config.asar).toBe(true);
    const unpacked = ([] as string[]).concat(config.asarUnpack ?? []);
    expect(unpacked.some((glob) => glob.startsWith('node_modules/better-sqlite3-multiple-ciphers/'))).toBe(true);
    // The driver main loads is the one the driver's own lookup finds (electron/native-binding.ts).
    expect(config.npmRebuild).toBe(true);
  });

  it('wires the fuse hook, which exists and exports afterPack', async () => {
    expect(config.afterPack).toBe('./build/after-pack.mjs');
    const hook = (await import(join(ROOT, 'build/after-pack.mjs'))) as { afterPack: unknown; default: unknown };
    expect(typeof hook.afterPack).toBe('function');
    expect(hook.default).toBe(hook.afterPack);
    // electron-builder's own fuse setting would flip them a second time, without our test.
    expect(config.electronFuses ?? null).toBeNull();
  });

  it('publishes nothing: updates are the IT department’s', () => {
    expect(config.publish ?? null).toBeNull();
  });

  it('holds no secrets: signing comes from the environment only', () => {
    const text = readFileSync(join(ROOT, CONFIG_FILE), 'utf8');
    const withoutComments = text
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'))
      .join('\n');
    expect(withoutComments).not.toMatch(/password|cscLink|cscKey|certificateFile|certificateSha1|token|-----BEGIN/i);
    const win = config.win as Record<string, unknown> | undefined;
    for (const key of ['certificateFile', 'certificatePassword', 'certificateSubjectName', 'certificateSha1']) {
      expect(win?.[key]).toBeUndefined();
    }
  });

  it('npm run dist builds for this platform with the dist script', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['dist']).toBe('npm run build && node build/dist.mjs');
    const script = readFileSync(join(ROOT, 'build/dist.mjs'), 'utf8');
    expect(script).toContain('ELECTRON_CACHE');
    expect(script).toContain('--config.electronDist=');
  });
});
