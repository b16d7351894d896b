// The client's retry (retry.ts): the same key on every attempt, retries only on connection
// errors and 502/503, bounded by the pauses, anything else returned at once.
import { describe, expect, it } from 'vitest';
import { sendWithRetry, type Delivered } from './retry';

const reset = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
const noSleep = async () => {};

/** A sender that plays `script` in order, recording the keys it was given. */
function scripted(script: (Delivered<string> | Error)[]) {
  const keys: string[] = [];
  const send = async (key: string) => {
    keys.push(key);
    const next = script.shift();
    if (!next) throw new Error('more attempts than scripted');
    if (next instanceof Error) throw next;
    return next;
  };
  return { keys, send };
}

describe('sendWithRetry', () => {
  it('sends the same key again after a reset connection and a 503, and returns the answer', async () => {
    const { keys, send } = scripted([reset(), { status: 503, body: 'weg' }, { status: 200, body: 'ok' }]);
    const slept: number[] = [];
    const outcome = await sendWithRetry(send, { sleep: async (ms) => void slept.push(ms), delaysMs: [10, 20, 30] });
    expect(outcome).toMatchObject({ kind: 'answered', attempts: 3, delivered: { status: 200, body: 'ok' } });
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(outcome.requestKey).toBe(keys[0]);
    expect(slept).toEqual([10, 20]);
  });

  it('uses the key it is given', async () => {
    const { keys, send } = scripted([{ status: 200, body: 'ok' }]);
    const key = '4b1f0c6e-8d2a-4e5b-9c3d-2a1b0c9d8e7f';
    await sendWithRetry(send, { requestKey: key, sleep: noSleep });
    expect(keys).toEqual([key]);
  });

  it('does not retry any other answer: 200 with a refusal, 400, 428, 500', async () => {
    for (const status of [200, 400, 428, 500]) {
      const { keys, send } = scripted([{ status, body: 'antwoord' }]);
      const outcome = await sendWithRetry(send, { sleep: noSleep });
      expect(outcome).toMatchObject({ kind: 'answered', attempts: 1, delivered: { status } });
      expect(keys).toHaveLength(1);
    }
  });

  it('stops after the last pause: the last 502 as the answer, or the connection error', async () => {
    const gateway = scripted([502, 502, 502].map((status) => ({ status, body: 'gateway' })));
    expect(await sendWithRetry(gateway.send, { delaysMs: [1, 1], sleep: noSleep })).toMatchObject({
      kind: 'answered',
      attempts: 3,
      delivered: { status: 502 },
    });
    const refused = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
    const down = scripted([refused, refused]);
    const outcome = await sendWithRetry(down.send, { delaysMs: [1], sleep: noSleep });
    expect(outcome).toMatchObject({ kind: 'unreachable', attempts: 2 });
    expect(down.keys[0]).toBe(down.keys[1]);
  });

  it('throws an error that is not the wire at once', async () => {
    const { keys, send } = scripted([new TypeError('kapot')]);
    await expect(sendWithRetry(send, { sleep: noSleep })).rejects.toThrow('kapot');
    expect(keys).toHaveLength(1);
  });
});
