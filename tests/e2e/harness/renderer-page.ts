// The built renderer in a Chromium page, against a core running in this process: the renderer is
// served from out/renderer on a fixed origin (Chromium refuses ES modules from file://), the real
// built preload runs with a stand-in for `require('electron')`, and its ipcRenderer reaches core
// through a Playwright binding. Shared by the end-to-end fixture and the Chromium benchmarks.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ORIGIN = 'http://cter.test';
const ROOT = resolve(__dirname, '../../..');
export const RENDERER_DIR = join(ROOT, 'out/renderer');
const PRELOAD_FILE = join(ROOT, 'out/preload/index.js');

/** The built preload, wrapped in Electron's sandboxed preload environment. */
export function preloadScript(): string {
  const preload = readFileSync(PRELOAD_FILE, 'utf8');
  // The stand-in for Electron's preload environment. contextBridge copies the API onto window,
  // ipcRenderer.invoke goes through the binding, ipcRenderer.on receives core's events.
  return `(() => {
    const listeners = new Set();
    Object.defineProperty(window, '__cterTransportEmit', {
      value: (payload) => { for (const listener of listeners) listener({}, payload); },
    });
    const electronStandIn = {
      contextBridge: {
        exposeInMainWorld(key, api) {
          Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true });
        },
      },
      ipcRenderer: {
        invoke(ipcChannel, channel, input) {
          if (ipcChannel !== 'cter:invoke') return Promise.reject(new Error('unknown ipc channel'));
          return window.__cterTransportInvoke(channel, input);
        },
        on(_ipcChannel, handler) { listeners.add(handler); },
        removeListener(_ipcChannel, handler) { listeners.delete(handler); },
      },
    };
    const requireInSandbox = (name) => {
      if (name === 'electron') return electronStandIn;
      throw new Error('a sandboxed preload may only require electron, not ' + name);
    };
    const preloadModule = { exports: {} };
    (function (require, module, exports) {
      ${preload}
    })(requireInSandbox, preloadModule, preloadModule.exports);
  })();`;
}
