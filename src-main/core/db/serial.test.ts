// The queue's two kinds of work: shared tasks overlap (PostgreSQL transactions), an exclusive one
// (SQLite transactions; opening, closing, rekey) has the database to itself, in the order queued.
import { describe, expect, it } from 'vitest';
import { SerialQueue } from './serial';

/** A task that records its start and end and ends when `release` is called. */
function held(log: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  let started!: () => void;
  const start = new Promise<void>((resolve) => (started = resolve));
  const task = async () => {
    log.push(`${name}+`);
    started();
    await done;
    log.push(`${name}-`);
    return name;
  };
  return { task, release, start };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('SerialQueue', () => {
  it('runs exclusive tasks one after the other, also after a failure', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const a = held(log, 'a');
    const b = held(log, 'b');
    const first = queue.run(async () => {
      await a.task();
      throw new Error('failed');
    });
    const second = queue.run(b.task);
    await a.start;
    await tick();
    expect(log).toEqual(['a+']);
    a.release();
    await expect(first).rejects.toThrow('failed');
    await b.start;
    b.release();
    expect(await second).toBe('b');
    expect(log).toEqual(['a+', 'a-', 'b+', 'b-']);
  });

  it('runs shared tasks side by side', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const a = held(log, 'a');
    const b = held(log, 'b');
    const first = queue.shared(a.task);
    const second = queue.shared(b.task);
    // Both started while neither has ended; the second ends first.
    await Promise.all([a.start, b.start]);
    b.release();
    expect(await second).toBe('b');
    a.release();
    expect(await first).toBe('a');
    expect(log).toEqual(['a+', 'b+', 'b-', 'a-']);
  });

  it('starts an exclusive task after the shared ones before it, and shared ones after it once it ended', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const s1 = held(log, 's1');
    const x = held(log, 'x');
    const s2 = held(log, 's2');
    const shared1 = queue.shared(s1.task);
    const exclusive = queue.run(x.task);
    // Queued after the exclusive task: waits for it although s1 is still running.
    const shared2 = queue.shared(s2.task);
    await s1.start;
    await tick();
    expect(log).toEqual(['s1+']);
    s1.release();
    await x.start;
    await tick();
    expect(log).toEqual(['s1+', 's1-', 'x+']);
    x.release();
    await s2.start;
    s2.release();
    await Promise.all([shared1, exclusive, shared2]);
    expect(log).toEqual(['s1+', 's1-', 'x+', 'x-', 's2+', 's2-']);
  });

  it('lets a failed shared task neither block an exclusive one nor fail it', async () => {
    const queue = new SerialQueue();
    const failed = queue.shared(async () => {
      await tick();
      throw new Error('rolled back');
    });
    const exclusive = queue.run(async () => 'closed');
    await expect(failed).rejects.toThrow('rolled back');
    expect(await exclusive).toBe('closed');
    expect(await queue.shared(async () => 'next')).toBe('next');
  });
});
