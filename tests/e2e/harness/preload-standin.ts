// The built preload (out/preload/index.js) as an init script for a plain Chromium page, with a
// stand-in for `require('electron')`: contextBridge copies the API onto window, ipcRenderer.invoke
// goes through the page binding `__cterTransportInvoke` (which the caller exposes and answers with
// core.dispatch), and core's events arrive through `window.__cterTransportEmit`. Only Electron's
// transport is swapped. Used by the e2e fixture and by the Chromium benchmarks (tests/bench).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PRELOAD_FILE = join(resolve(__dirname, '../../..'), 'out/preload/index.js');

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
