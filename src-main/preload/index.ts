// The sandboxed preload: exposes window.cter and nothing else. It imports no runtime module but
// 'electron' and the bridge factory (bundled in), so it runs under `sandbox: true`.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge } from '../../src-shared/ipc/bridge';
import { IPC_EVENT, IPC_INVOKE } from '../../src-shared/ipc/transport';

const bridge = createBridge({
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE, channel, input),
  subscribe(listener) {
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(IPC_EVENT, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT, handler);
  },
});

contextBridge.exposeInMainWorld('cter', {
  invoke: bridge.invoke,
  onEvent: bridge.onEvent,
});
