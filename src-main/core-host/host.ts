// The core host: core in a worker thread (worker.ts) behind the same bridge as the embedded core
// (dispatch, events, close), for Electron's main process and the Chromium test harness. The main
// thread only forwards: a bridge call goes to the worker and its Result comes back unchanged; the
// platform calls core makes (print, files, window, team) come back to be answered here, where the
// window is, with the same AppError codes. If the worker stops unexpectedly every call under way,
// and every later one, is answered CORE_STOPPED (a Dutch message), never left hanging.
import { Worker } from 'node:worker_threads';
import { AppError, isAppError, type Result } from '../../src-shared/ipc/errors';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { Core, CoreOptions } from '../core/core';
import { consoleLogger } from '../core/logger';
import { headlessPlatform } from '../core/platform';
import { toBridgeError } from '../core/router';
import type { WorkerEntry } from './entry';
import {
  PLATFORM_METHODS,
  type CrossedError,
  type FromWorker,
  type PlatformAnswer,
  type ControlAnswer,
  type ToWorker,
  type WorkerSetup,
} from './protocol';
import type { SharedClock } from './shared-clock';

/** The embedded core as the bridge sees it: in this thread (createCore) or in the worker. */
export type HostedCore = Pick<Core, 'dispatch' | 'onEvent' | 'emit' | 'checkIdle' | 'close'>;

export interface CoreHostOptions extends Omit<CoreOptions, 'clock'> {
  /** Which script the worker runs (entry.ts: the built file in the app, the source under tsx). */
  entry: WorkerEntry;
  /** A clock the host moves (tests); absent: the system clock. */
  clock?: SharedClock;
  /**
   * Tests only: the module (an absolute path) whose `controls` the worker loads to answer
   * `control` (control.ts). Never given in the app: there the worker refuses every control message.
   */
  control?: string;
}

export interface CoreHost extends HostedCore {
  /** The worker's thread, for tests that make it fail. */
  readonly worker: Worker;
  /**
   * Tests only: runs the control handler `name` on the worker's core (control.ts; typed by
   * `controlOf`). Rejects with the handler's error message, or when the host was started without
   * a control module or the worker has stopped. Not part of HostedCore: the bridge never has it.
   */
  control(name: string, input?: unknown): Promise<unknown>;
}

/** A request to the worker before the host numbers it. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<Exclude<ToWorker, { type: 'platform-answer' }>>;

const stoppedResult = (): Result<unknown> => ({ ok: false, error: toBridgeError(new AppError('CORE_STOPPED')) });

function crossed(error: unknown): CrossedError {
  if (isAppError(error)) {
    return {
      code: error.code,
      ...(error.params ? { params: error.params } : {}),
      ...(error.fields ? { fields: error.fields } : {}),
    };
  }
  return { code: null, message: error instanceof Error ? error.message : String(error) };
}

/** Starts core in a worker thread; it opens nothing until the first call asks for it, as createCore. */
export function startCoreWorker(options: CoreHostOptions): CoreHost {
  const {
    entry,
    clock,
    control,
    logger = consoleLogger(),
    platform = headlessPlatform,
    onLocaleChanged,
    ...data
  } = options;
  const setup: WorkerSetup = {
    options: data,
    clock: clock?.buffer ?? null,
    control: control ?? null,
    platform: {
      window: platform.window !== undefined,
      team: platform.team !== undefined,
      teamCurrent: platform.team?.current !== undefined,
      openFile: platform.files.openFile !== undefined,
    },
  };
  const worker = new Worker(entry.script, { eval: entry.eval, workerData: { setup, boot: entry.boot } });
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => {
    for (const listener of listeners) listener(event);
  };
  /** Requests to the worker not yet answered, each with what it gets when the worker has stopped. */
  const pending = new Map<number, { settle: (value: unknown) => void; stopped: unknown }>();
  let nextId = 1;
  let stopped = false;
  let closing = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const { settle, stopped: fallback } of pending.values()) settle(fallback);
    pending.clear();
  };
  const request = <T>(message: Request, fallback: T): Promise<T> => {
    if (stopped) return Promise.resolve(fallback);
    return new Promise<T>((resolve) => {
      const id = nextId++;
      pending.set(id, { settle: resolve as (value: unknown) => void, stopped: fallback });
      try {
        worker.postMessage({ ...message, id } as ToWorker);
      } catch (error) {
        // The input cannot be cloned (no renderer sends such a thing): refused as core would.
        pending.delete(id);
        logger.error('core host: call could not be sent', error);
        const refused: Result<unknown> = { ok: false, error: toBridgeError(new AppError('INVALID_INPUT')) };
        resolve(refused as unknown as T);
      }
    });
  };

  const answerPlatform = async (message: Extract<FromWorker, { type: 'platform' }>) => {
    let answer: PlatformAnswer;
    try {
      const allowed: readonly string[] = PLATFORM_METHODS[message.service];
      const service = platform[message.service] as unknown as Record<string, unknown> | undefined;
      const method = allowed.includes(message.method) ? service?.[message.method] : undefined;
      if (typeof method !== 'function') throw new Error(`no platform ${message.service}.${message.method}`);
      const value: unknown = await (method as (...args: unknown[]) => unknown).apply(service, message.args);
      answer = { ok: true, value };
    } catch (error) {
      answer = { ok: false, error: crossed(error) };
    }
    if (!stopped) worker.postMessage({ type: 'platform-answer', id: message.id, answer } satisfies ToWorker);
  };

  worker.on('message', (message: FromWorker) => {
    switch (message.type) {
      case 'answer': {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        waiting?.settle(message.value);
        return;
      }
      case 'event':
        emit(message.event);
        return;
      case 'log': {
        const error = message.error
          ? Object.assign(new Error(message.error.message), { name: message.error.name })
          : undefined;
        if (message.level === 'error') logger.error(message.message, error);
        else logger[message.level](message.message);
        return;
      }
      case 'locale':
        onLocaleChanged?.(message.locale);
        return;
      case 'platform':
        void answerPlatform(message);
        return;
    }
  });
  worker.on('error', (error) => {
    logger.error('core worker stopped with an error', error);
    stop();
  });
  worker.on('messageerror', (error) => logger.error('core host: a message from the worker could not be read', error));
  worker.on('exit', (code) => {
    if (!closing) logger.error(`core worker stopped (exit code ${code})`);
    stop();
  });

  return {
    worker,
    dispatch(channel, input) {
      const team = platform.team?.current ? platform.team.current() : undefined;
      return request({ type: 'dispatch', channel, input, ...(team !== undefined ? { team } : {}) }, stoppedResult());
    },
    checkIdle: () => request({ type: 'check-idle' }, false),
    async control(name, input) {
      const stoppedAnswer: ControlAnswer = { ok: false, message: 'the core worker has stopped' };
      const answer = await request<ControlAnswer>({ type: 'control', name, input }, stoppedAnswer);
      // `message` is absent when the input could not be sent (refused as INVALID_INPUT by request).
      if (!answer.ok) throw new Error(`control ${name}: ${answer.message ?? 'the input cannot cross to the worker'}`);
      return answer.value;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // Events from main (the menu) go straight to the listeners, as the embedded core's emit does.
    emit,
    async close() {
      closing = true;
      await request({ type: 'close' }, null);
      stop();
      await worker.terminate();
      listeners.clear();
    },
  };
}
