import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

// Electron itself cannot run here; the menu's template is plain data.
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }));
const { menuTemplate } = await import('./menu');

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it('has Reload and DevTools only in developer mode', () => {
    const production = roles(menuTemplate('nl', () => undefined, false));
    expect(production).not.toContain('reload');
    expect(production).not.toContain('forceReload');
    expect(production).not.toContain('toggleDevTools');
    expect(production).toContain('quit');
    expect(roles(menuTemplate('nl', () => undefined, true))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });
});
