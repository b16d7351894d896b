import { describe, expect, it } from 'vitest';
import { createBridge } from './bridge';

describe('createBridge', () => {
  it('passes calls and results through the transport unchanged', async () => {
    const seen: unknown[] = [];
    const bridge = createBridge({
      invoke: async (channel, input) => {
        seen.push([channel, input]);
        return { ok: true, value: { locale: 'en' } };
      },
      subscribe: () => () => undefined,
    });
    await expect(bridge.invoke('app:set-locale', { locale: 'en' })).resolves.toEqual({
      ok: true,
      value: { locale: 'en' },
    });
    expect(seen).toEqual([['app:set-locale', { locale: 'en' }]]);
  });

  it('answers a failing transport with a TRANSPORT error instead of throwing', async () => {
    const bridge = createBridge({
      invoke: () => Promise.reject(new Error('Error invoking remote method: /pad/naar/iets')),
      subscribe: () => () => undefined,
    });
    const result = await bridge.invoke('app:info', {});
    expect(result).toEqual({ ok: false, error: { code: 'TRANSPORT', message: expect.stringMatching(/verbinding/) } });
  });

  it('delivers events and stops after unsubscribe', () => {
    let deliver: (event: unknown) => void = () => undefined;
    const bridge = createBridge({
      invoke: async () => undefined,
      subscribe(listener) {
        deliver = listener;
        return () => {
          deliver = () => undefined;
        };
      },
    });
    const received: unknown[] = [];
    const stop = bridge.onEvent((event) => received.push(event));
    deliver({ type: 'menu', action: 'print' });
    stop();
    deliver({ type: 'menu', action: 'lock' });
    expect(received).toEqual([{ type: 'menu', action: 'print' }]);
  });
});
