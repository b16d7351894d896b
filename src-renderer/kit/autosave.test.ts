import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createAutosave', () => {
  it('saves the newest value once typing pauses', async () => {
    const save = vi.fn(async (_value: string) => '2026-11-24T09:30:01.000Z');
    const autosave = createAutosave({ save, delay: 500 });
    autosave.change('a');
    autosave.change('ab');
    await vi.advanceTimersByTimeAsync(400);
    autosave.change('abc');
    expect(autosave.state().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(499);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save.mock.calls).toEqual([['abc']]);
    expect(autosave.state()).toEqual({ status: 'saved', savedAt: '2026-11-24T09:30:01.000Z', error: null });
  });

  it('runs one save at a time and follows with what was typed meanwhile', async () => {
    const first = deferred<string>();
    const save = vi.fn((value: string) => (value === 'one' ? first.promise : Promise.resolve('t2')));
    const autosave = createAutosave({ save, delay: 100 });
    autosave.change('one');
    await vi.advanceTimersByTimeAsync(100);
    expect(autosave.state().status).toBe('saving');
    autosave.change('two');
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
    first.resolve('t1');
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls.map((c) => c[0])).toEqual(['one', 'two']);
    expect(autosave.state()).toMatchObject({ status: 'saved', savedAt: 't2' });
  });

  it('keeps the value after a failed save and saves it with the next flush', async () => {
    let fail = true;
    const save = vi.fn(async (_value: string) => {
      if (fail) throw new Error('disk full');
      return 't';
    });
    const autosave = createAutosave({ save, delay: 100 });
    autosave.change('tekst');
    await vi.advanceTimersByTimeAsync(100);
    expect(autosave.state().status).toBe('error');
    fail = false;
    await autosave.flush();
    expect(save.mock.calls.map((c) => c[0])).toEqual(['tekst', 'tekst']);
    expect(autosave.state().status).toBe('saved');
  });

  it('flush saves at once without waiting for the pause, and does nothing when nothing waits', async () => {
    const save = vi.fn(async (_value: string) => 't');
    const autosave = createAutosave({ save, delay: 10_000 });
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
    autosave.change('x');
    await autosave.flush();
    expect(save.mock.calls).toEqual([['x']]);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('tells subscribers each state', async () => {
    const autosave = createAutosave({ save: async (_v: string) => 't', delay: 10 });
    const seen: string[] = [];
    autosave.subscribe((state) => seen.push(state.status));
    autosave.change('x');
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toEqual(['pending', 'saving', 'saved']);
  });

  it('tries a save that failed for a passing reason again by itself, without flashing "saving"', async () => {
    // The server dropped mid-save and the notulist stopped typing: without a retry the text waited
    // on screen for a key or a flush, and an idle lock (core's, which flushes nothing) dropped it.
    let fail = true;
    const save = vi.fn(async (_value: string) => {
      if (fail) throw new Error('geen verbinding');
      return '2026-11-24T09:31:00.000Z';
    });
    const autosave = createAutosave({ save, delay: 100, retryAfter: () => 5_000 });
    const seen: string[] = [];
    autosave.change('tekst');
    await vi.advanceTimersByTimeAsync(100);
    autosave.subscribe((state) => seen.push(state.status));
    expect(autosave.state().status).toBe('error');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(save).toHaveBeenCalledTimes(2);
    fail = false;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(save.mock.calls).toEqual([['tekst'], ['tekst'], ['tekst']]);
    expect(autosave.state()).toEqual({ status: 'saved', savedAt: '2026-11-24T09:31:00.000Z', error: null });
    // Screen readers hear the error once and the saved state once, not every retry.
    expect(seen.filter((status) => status !== 'error')).toEqual(['saved']);
  });

  it('waits for the next change after a refusal that a retry cannot cure', async () => {
    const save = vi.fn(async (_value: string): Promise<string> => {
      throw new Error('verouderd');
    });
    const autosave = createAutosave({ save, delay: 100, retryAfter: () => null });
    autosave.change('tekst');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('lets a change made meanwhile win over the retry, and stops retrying once disposed', async () => {
    const save = vi.fn(async (_value: string): Promise<string> => {
      throw new Error('geen verbinding');
    });
    const autosave = createAutosave({ save, delay: 100, retryAfter: () => 5_000 });
    autosave.change('een');
    await vi.advanceTimersByTimeAsync(100);
    autosave.change('een twee');
    await vi.advanceTimersByTimeAsync(100);
    expect(save.mock.calls).toEqual([['een'], ['een twee']]);
    autosave.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(2);
  });
});

describe('createAutosave: what is not saved', () => {
  it('names the newest value until core acknowledges it, also after a refusal', async () => {
    const refusal = deferred<string>();
    const save = vi.fn((_value: string) => refusal.promise);
    const autosave = createAutosave({ save, delay: 100 });
    expect(autosave.unsaved()).toBeNull();
    autosave.change('tekst');
    expect(autosave.unsaved()).toBe('tekst');
    await vi.advanceTimersByTimeAsync(100);
    expect(autosave.state().status).toBe('saving');
    expect(autosave.unsaved()).toBe('tekst');
    refusal.reject(new Error('STALE_VERSION'));
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.state().status).toBe('error');
    expect(autosave.unsaved()).toBe('tekst');
    save.mockImplementation(async () => 't');
    await autosave.flush();
    expect(autosave.unsaved()).toBeNull();
  });
});
