// Electron's side of the bridge: one ipcMain handler that hands every call to core's router, and
// the event channel back to the window. Calls from anything but the app's own top frame are refused.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../../src-shared/ipc/transport';
import { AppError } from '../../src-shared/ipc/errors';
import type { Core } from '../core/core';
import { toBridgeError } from '../core/router';
import { isAppUrl } from './paths';

function fromAppFrame(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpc(core: Core, getWindow: () => BrowserWindow | null): void {
  ipcMain.handle(IPC_INVOKE, async (event, channel: unknown, input: unknown) => {
    if (!fromAppFrame(event)) {
      console.warn('[cter] bridge call from an unexpected frame refused');
      return { ok: false, error: toBridgeError(new AppError('FORBIDDEN')) };
    }
    return core.dispatch(channel, input);
  });
  core.onEvent((appEvent) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT, appEvent);
  });
}
