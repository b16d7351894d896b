// The bridge the preload exposes; the renderer's only way to the application core.
import type { CterBridge } from '../src-shared/ipc/bridge';

declare global {
  interface Window {
    cter: CterBridge;
  }
}

export {};
