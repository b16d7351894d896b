// The one bridge object the renderer sees as `window.cter`. The Electron preload builds it over
// ipcRenderer; the Chromium test harness builds the same object over Playwright bindings. Only
// types are imported, so the sandboxed preload stays free of zod and every other runtime module.
import type { AppEvent } from './events';
import type { Result } from './errors';
import type { ChannelName, InputOf, OutputOf } from './contract';

export interface Transport {
  invoke(channel: string, input: unknown): Promise<unknown>;
  subscribe(listener: (event: unknown) => void): () => void;
}

export interface CterBridge {
  invoke<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

const transportFailure = {
  ok: false,
  error: { code: 'TRANSPORT', message: 'De verbinding met de applicatie is onderbroken.' },
} as const;

export function createBridge(transport: Transport): CterBridge {
  return {
    async invoke(channel, input) {
      try {
        // Main answers with a Result; a rejection means the transport itself failed.
        return (await transport.invoke(channel, input)) as never;
      } catch {
        return transportFailure as never;
      }
    },
    onEvent(listener) {
      return transport.subscribe((event) => listener(event as AppEvent));
    },
  };
}
