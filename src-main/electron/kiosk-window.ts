// The window's side of the evaluations kiosk: core says when the kiosk starts and ends (also when
// a lock ends it), and the main window follows — Electron's kiosk mode (full screen, no way to the
// desktop or other windows) while it runs, its earlier shape afterwards.
import type { BrowserWindow } from 'electron';
import type { WindowService } from '../core/platform';

type KioskWindow = Pick<BrowserWindow, 'isDestroyed' | 'setKiosk' | 'isKiosk' | 'focus'>;

export function createWindowService(getWindow: () => KioskWindow | null): WindowService {
  return {
    setKiosk(on) {
      const win = getWindow();
      if (!win || win.isDestroyed() || win.isKiosk() === on) return;
      win.setKiosk(on);
      if (on) win.focus();
    },
  };
}
