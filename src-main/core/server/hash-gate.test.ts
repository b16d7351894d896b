// The gate on password derivations (hash-gate.ts): never more than its size at once, first come
// first served, a place freed by a failure too, and SERVER_BUSY for one that waited too long —
// measured by the order of a fake hasher's starts and ends, not by time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isAppError } from '../../../src-shared/ipc/errors';
import { defaultHashesAtOnce, HashGate } from './hash-gate';

/** A fake hasher: each call waits until the test finishes it; starts and ends are logged in order. */
function fakeHasher() {
  const log: string[] = [];
  const pending = new Map<string, { done: () => void; fail: (error: Error) => void }>();
  let running = 0;
  let most = 0;
  const hash = (name: string) => () =>
    new Promise<string>((resolve, reject) => {
      running += 1;
      most = Math.max(most, running);
      log.push(`start ${name}`);
      const end = (outcome: () => void) => () => {
        running -= 1;
        log.push(`end ${name}`);
        outcome();
      };
      pending.set(name, {
        done: end(() => resolve(name)),
        fail: (error) => end(() => reject(error))(),
      });
    });
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { log, hash, pending, settle, most: () => most };
}

afterEach(() => vi.useRealTimers());

describe('the gate on password derivations', () => {
  it('with a size of 1, two log-ins at once hash one after the other, in the order they came', async () => {
    const gate = new HashGate(1);
    const fake = fakeHasher();
    const first = gate.run(fake.hash('a'));
    const second = gate.run(fake.hash('b'));
    await fake.settle();
    expect(fake.log).toEqual(['start a']);
    expect(gate.load).toEqual({ running: 1, waiting: 1 });
    fake.pending.get('a')!.done();
    await fake.settle();
    fake.pending.get('b')!.done();
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    expect(fake.log).toEqual(['start a', 'end a', 'start b', 'end b']);
    expect(fake.most()).toBe(1);
  });

  it('runs its size at once and queues the rest first come, first served; a failure frees its place', async () => {
    const gate = new HashGate(2);
    const fake = fakeHasher();
    const runs = ['a', 'b', 'c', 'd'].map((name) => gate.run(fake.hash(name)).catch((error: Error) => error.message));
    await fake.settle();
    expect(fake.log).toEqual(['start a', 'start b']);
    fake.pending.get('b')!.fail(new Error('kapot'));
    await fake.settle();
    fake.pending.get('a')!.done();
    await fake.settle();
    fake.pending.get('c')!.done();
    fake.pending.get('d')!.done();
    expect(await Promise.all(runs)).toEqual(['a', 'kapot', 'c', 'd']);
    expect(fake.log).toEqual(['start a', 'start b', 'end b', 'start c', 'end a', 'start d', 'end c', 'end d']);
    expect(fake.most()).toBe(2);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses one that waited too long with SERVER_BUSY; it never runs, the next in line still does', async () => {
    vi.useFakeTimers();
    const gate = new HashGate(1, 1_000);
    const fake = fakeHasher();
    const first = gate.run(fake.hash('a'));
    const late = gate.run(fake.hash('b')).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(999);
    const third = gate.run(fake.hash('c'));
    await vi.advanceTimersByTimeAsync(1);
    const refused = await late;
    expect(isAppError(refused) && refused.code).toBe('SERVER_BUSY');
    fake.pending.get('a')!.done();
    await fake.settle();
    fake.pending.get('c')!.done();
    expect(await Promise.all([first, third])).toEqual(['a', 'c']);
    expect(fake.log).toEqual(['start a', 'end a', 'start c', 'end c']);
  });

  it('takes a larger size at once, and its default from the cores (at least 1, at most 3)', async () => {
    const gate = new HashGate(1);
    const fake = fakeHasher();
    void gate.run(fake.hash('a'));
    void gate.run(fake.hash('b'));
    await fake.settle();
    gate.resize(2);
    await fake.settle();
    expect(fake.log).toEqual(['start a', 'start b']);
    expect([1, 2, 4, 64].map((cores) => defaultHashesAtOnce(cores))).toEqual([1, 2, 3, 3]);
    expect(() => new HashGate(0)).toThrow(RangeError);
    expect(() => gate.resize(1.5)).toThrow(RangeError);
  });
});
