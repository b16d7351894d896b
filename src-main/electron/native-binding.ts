// Where the Electron build of the database driver is loaded from. `npm start` / `npm run dev`
// build it into the app's own folder (.electron-native/<electron version>/, see
// launcher/native.ts); main loads it only from there — never from a path named in the
// environment, which would let anyone who can set a variable load any native code. A packaged
// build brings its own driver in node_modules (undefined: the driver's normal lookup). Pure.
import { join, relative, isAbsolute } from 'node:path';

export const NATIVE_DIR = '.electron-native';

export function electronNativeFile(appRoot: string, electronVersion: string): string {
  return join(appRoot, NATIVE_DIR, electronVersion, 'better_sqlite3.node');
}

export interface NativeBindingFlags {
  appPath: string;
  electronVersion: string;
  isPackaged: boolean;
  exists: (path: string) => boolean;
  /** Resolves links, so a link out of the folder is seen for what it is. */
  realpath: (path: string) => string;
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export function chooseNativeBinding(flags: NativeBindingFlags): string | undefined {
  if (flags.isPackaged) return undefined;
  const file = electronNativeFile(flags.appPath, flags.electronVersion);
  if (!flags.exists(file)) return undefined;
  let real: string;
  let folder: string;
  try {
    real = flags.realpath(file);
    folder = flags.realpath(join(flags.appPath, NATIVE_DIR));
  } catch {
    return undefined;
  }
  return inside(folder, real) ? real : undefined;
}
