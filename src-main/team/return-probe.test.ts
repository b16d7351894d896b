// The offline session's probe for the server's return (return-probe.ts), on fake timers: when it
// asks, how its pauses grow while the server stays away, that it asks one question at a time, stops
// at the first answer, and asks nothing once stopped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReturnProbe, RETURN_PROBE_MAX_MS, RETURN_PROBE_MS } from './return-probe';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A probe whose server answers when `answers` says so; the moments it was asked, from the start. */
function probeWith(options: { intervalMs?: number; maxIntervalMs?: number } = {}) {
  const started = Date.now();
  const asked: number[] = [];
  const returned: number[] = [];
  let answers = false;
  const probe = createReturnProbe({
    ...options,
    ask: async () => {
      asked.push(Date.now() - started);
      return answers;
    },
    onReturn: () => returned.push(Date.now() - started),
  });
  return {
    probe,
    asked,
    returned,
    serverBack: () => (answers = true),
  };
}

describe('createReturnProbe', () => {
  it('asks after 15 s, then each pause half as long again up to 30 s', async () => {
    const { probe, asked } = probeWith();
    probe.start();
    await vi.advanceTimersByTimeAsync(RETURN_PROBE_MS - 1);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toEqual([15_000]);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    // 15 s, then +22.5 s, then +30 s each time (the longest pause).
    expect(asked.slice(0, 5)).toEqual([15_000, 37_500, 67_500, 97_500, 127_500]);
    const pauses = asked.slice(1).map((at, i) => at - asked[i]!);
    expect(Math.max(...pauses)).toBe(RETURN_PROBE_MAX_MS);
    probe.stop();
  });

  it('stops at the first answer and says so once', async () => {
    const { probe, asked, returned, serverBack } = probeWith({ intervalMs: 1_000 });
    probe.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(asked).toEqual([1_000]);
    serverBack();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(returned).toEqual([2_500]);
    expect(probe.running).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toEqual([1_000, 2_500]);
    expect(returned).toHaveLength(1);
  });

  it('with only a short interval (tests), backs off to twice that', async () => {
    const { probe, asked } = probeWith({ intervalMs: 100 });
    probe.start();
    await vi.advanceTimersByTimeAsync(1_000);
    const pauses = asked.map((at, i) => at - (asked[i - 1] ?? 0));
    expect(pauses.slice(0, 4)).toEqual([100, 150, 200, 200]);
    probe.stop();
  });

  it('asks nothing once stopped, and ignores an answer that arrives after the stop', async () => {
    let release: (answer: boolean) => void = () => {};
    let questions = 0;
    const returned: number[] = [];
    const probe = createReturnProbe({
      intervalMs: 100,
      ask: () => {
        questions++;
        return new Promise<boolean>((done) => (release = done));
      },
      onReturn: () => returned.push(1),
    });
    probe.start();
    await vi.advanceTimersByTimeAsync(100);
    expect(questions).toBe(1);
    // One question at a time: a slow answer holds the next one back.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(questions).toBe(1);
    probe.stop();
    release(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(returned).toEqual([]);
    expect(questions).toBe(1);
  });

  it('counts a question that fails as no answer, and may be started again after a stop', async () => {
    let fails = true;
    const asked: number[] = [];
    const returned: number[] = [];
    const probe = createReturnProbe({
      intervalMs: 100,
      ask: async () => {
        asked.push(Date.now());
        if (fails) throw new Error('unexpected');
        return true;
      },
      onReturn: () => returned.push(1),
    });
    probe.start();
    probe.start(); // no second chain of questions
    await vi.advanceTimersByTimeAsync(100);
    expect(asked).toHaveLength(1);
    expect(probe.running).toBe(true);
    probe.stop();
    fails = false;
    probe.start();
    await vi.advanceTimersByTimeAsync(99);
    expect(asked).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toHaveLength(2);
    expect(returned).toEqual([1]);
  });
});
