// Electron's side of the bridge: one ipcMain handler that hands every call to the workstation's
// bridge (core's router, or in team mode the CTER server: workstation.ts), and the event channel
// back to the window. Calls from anything but the app's own top frame are refused.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../../src-shared/ipc/transport';
import { AppError } from '../../src-shared/ipc/errors';
import { toBridgeError } from '../core/router';
import type { BridgeBackend } from '../team/remote-bridge';
import { isAppUrl } from './paths';

function fromAppFrame(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpc(bridge: BridgeBackend, getWindow: () => BrowserWindow | null): void {
  ipcMain.handle(IPC_INVOKE, async (event, channel: unknown, input: unknown) => {
    if (!fromAppFrame(event)) {
      console.warn('[cter] bridge call from an unexpected frame refused');
      return { ok: false, error: toBridgeError(new AppError('FORBIDDEN')) };
    }
    return bridge.dispatch(channel, input);
  });
  bridge.onEvent((appEvent) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT, appEvent);
  });
}
