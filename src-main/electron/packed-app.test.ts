// Production is production (issue 23): a packed app (app.isPackaged) has no developer tools, no
// reload and no driver from a path in the environment, whatever the environment says — checked
// through the same pure pieces main.ts, paths.ts, window.ts and menu.ts use.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isDeveloperMode, rendererDevServer } from './dev-mode';
import { chooseNativeBinding, electronNativeFile } from './native-binding';
import { mainWindowPreferences } from './web-preferences';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }));
const { menuTemplate } = await import('./menu');

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

describe('a packed app', () => {
  // Everything a user of a locked-down workstation might set to open the app up.
  const env = {
    CTER_DEV: '1',
    ELECTRON_RENDERER_URL: 'http://localhost:5173',
    CTER_NATIVE_BINDING: '/tmp/elders/kwaad.node',
  };
  const flags = { isPackaged: true, env };

  it('is never in developer mode: no DevTools, no Reload, no dev server', () => {
    const developerMode = isDeveloperMode(flags);
    expect(developerMode).toBe(false);
    expect(rendererDevServer(flags)).toBeUndefined();
    expect(mainWindowPreferences('/app/preload.js', developerMode).devTools).toBe(false);
    const menu = roles(menuTemplate('nl', () => undefined, developerMode));
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(menu).not.toContain(role);
  });

  it('loads the driver it brings (the driver’s own lookup), never one named in the environment', () => {
    const own = electronNativeFile('/opt/cter', '45.5.0');
    const everything = (_path: string) => true;
    expect(
      chooseNativeBinding({
        appPath: '/opt/cter',
        electronVersion: '45.5.0',
        isPackaged: true,
        exists: everything,
        realpath: (path) => (path === own ? own : path),
      }),
    ).toBeUndefined();
  });
});
