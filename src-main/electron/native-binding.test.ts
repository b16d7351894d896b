import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseNativeBinding, electronNativeFile } from './native-binding';

const appPath = '/opt/cter';
const own = electronNativeFile(appPath, '45.1.0');

function flags(files: Record<string, string>, isPackaged = false) {
  return {
    appPath,
    electronVersion: '45.1.0',
    isPackaged,
    exists: (path: string) => path in files,
    realpath: (path: string) => files[path] ?? path,
  };
}

describe('native binding', () => {
  it('is the Electron build in the app’s own folder', () => {
    expect(own).toBe(join(appPath, '.electron-native', '45.1.0', 'better_sqlite3.node'));
    expect(chooseNativeBinding(flags({ [own]: own }))).toBe(own);
  });

  it('falls back to the driver’s own lookup when packaged or not built', () => {
    expect(chooseNativeBinding(flags({ [own]: own }, true))).toBeUndefined();
    expect(chooseNativeBinding(flags({}))).toBeUndefined();
  });

  it('refuses a link out of the app’s folder', () => {
    expect(chooseNativeBinding(flags({ [own]: '/tmp/elders/kwaad.node' }))).toBeUndefined();
    expect(chooseNativeBinding(flags({ [own]: join(appPath, 'andere.node') }))).toBeUndefined();
  });

  it('takes no path from the environment', () => {
    process.env['CTER_NATIVE_BINDING'] = '/tmp/elders/kwaad.node';
    try {
      expect(chooseNativeBinding(flags({ [own]: own, '/tmp/elders/kwaad.node': '/tmp/elders/kwaad.node' }))).toBe(own);
      expect(chooseNativeBinding(flags({ '/tmp/elders/kwaad.node': '/tmp/elders/kwaad.node' }))).toBeUndefined();
    } finally {
      delete process.env['CTER_NATIVE_BINDING'];
    }
  });
});
