// The core worker: a Node worker_thread that runs core (createCore) and nothing else, so that
// better-sqlite3's synchronous queries never hold up the thread that runs Electron's window
// (issue 20). The main side (host.ts) forwards bridge calls and answers the platform calls core
// makes (print, files, window, team), which stay on the main thread where Electron is.
// Built as out/main/core-worker.js for the app (electron.vite.config.ts); under Node's tests and
// tools it is loaded from source through tsx (entry.ts).
import { createRequire } from 'node:module';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { AppError, type Result } from '../../src-shared/ipc/errors';
import { createCore, type Core } from '../core/core';
import { systemClock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { FileService, Platform, PrintService } from '../core/platform';
import { toBridgeError } from '../core/router';
import { controlHandler, type ControlHandlers } from './control';
import type {
  ControlAnswer,
  FromWorker,
  PlatformAnswer,
  PlatformService,
  TeamSnapshot,
  ToWorker,
  WorkerSetup,
} from './protocol';
import { clockOf } from './shared-clock';

/** Runs core for the host at the other end of `port` until it asks to close. */
export function serveCore(port: MessagePort, setup: WorkerSetup): void {
  const post = (message: FromWorker) => port.postMessage(message);
  const waiting = new Map<number, (answer: PlatformAnswer) => void>();
  let nextId = 1;
  let team: TeamSnapshot = null;

  const ask = (service: PlatformService, method: string, args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (answer) => {
        if (answer.ok) return resolve(answer.value);
        const { error } = answer;
        if (error.code === null) return reject(new Error(error.message));
        reject(new AppError(error.code, error.params, error.fields as ConstructorParameters<typeof AppError>[2]));
      });
      post({ type: 'platform', id, service, method, args });
    });
  const method =
    <T>(service: PlatformService, name: string) =>
    (...args: unknown[]) =>
      ask(service, name, args) as Promise<T>;

  const shape = setup.platform;
  const print: PrintService = { pdf: method('print', 'pdf'), print: method('print', 'print') };
  const files: FileService = {
    saveAs: method('files', 'saveAs'),
    chooseSaveLocation: method('files', 'chooseSaveLocation'),
    chooseFile: method('files', 'chooseFile'),
    chooseFolder: method('files', 'chooseFolder'),
    ...(shape.openFile ? { openFile: method<Uint8Array | null>('files', 'openFile') } : {}),
  };
  const platform: Platform = {
    print,
    files,
    ...(shape.window
      ? {
          window: {
            // The window's answer is not awaited (setKiosk is synchronous); it reaches main before
            // the answer of the call that made it, as messages keep their order.
            setKiosk: (on: boolean) => void ask('window', 'setKiosk', [on]).catch(() => undefined),
          },
        }
      : {}),
    ...(shape.team
      ? {
          team: {
            probe: method('team', 'probe'),
            connect: method('team', 'connect'),
            // Read on the main side as each call was sent (protocol.ts TeamSnapshot).
            ...(shape.teamCurrent ? { current: () => team } : {}),
          },
        }
      : {}),
  };
  const forward =
    (level: 'info' | 'warn' | 'error') =>
    (message: string, error?: unknown): void =>
      post({
        type: 'log',
        level,
        message,
        ...(error instanceof Error ? { error: { name: error.name, message: error.message } } : {}),
      });
  const logger: Logger = { info: forward('info'), warn: forward('warn'), error: forward('error') };

  const core: Core = createCore({
    ...setup.options,
    logger,
    clock: setup.clock ? clockOf(setup.clock) : systemClock,
    platform,
    onLocaleChanged: (locale) => post({ type: 'locale', locale }),
  });
  core.onEvent((event) => post({ type: 'event', event }));
  // Tests only: the harness's control handlers, from the module the host named at the start.
  const controls: ControlHandlers | null = setup.control
    ? (createRequire(setup.control)(setup.control) as { controls: ControlHandlers }).controls
    : null;

  const answer = (id: number, value: unknown) => {
    try {
      post({ type: 'answer', id, value });
    } catch (error) {
      // Something in the answer cannot be cloned: a bug in a handler; the caller hears INTERNAL.
      logger.error('core worker: answer could not be sent', error);
      const failed: Result<unknown> = { ok: false, error: toBridgeError(new AppError('INTERNAL')) };
      post({ type: 'answer', id, value: failed });
    }
  };

  const internal = (id: number) => (error: unknown) => {
    logger.error('core worker: call failed', error);
    answer(id, { ok: false, error: toBridgeError(new AppError('INTERNAL')) });
  };

  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'dispatch':
        if (message.team !== undefined) team = message.team;
        core
          .dispatch(message.channel, message.input)
          .then((result) => answer(message.id, result), internal(message.id));
        return;
      case 'control': {
        const handler = controlHandler(controls, message.name);
        if (!handler) {
          // The app's worker has no control module: nothing but a test's host could send this.
          logger.error(`core worker: control "${message.name}" refused`);
          answer(message.id, { ok: false, message: `no control "${message.name}"` } satisfies ControlAnswer);
          return;
        }
        Promise.resolve()
          .then(() => handler(core, message.input))
          .then(
            (value) => answer(message.id, { ok: true, value } satisfies ControlAnswer),
            (error: unknown) =>
              answer(message.id, {
                ok: false,
                message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
              } satisfies ControlAnswer),
          );
        return;
      }
      case 'check-idle':
        void core.checkIdle().then((locked) => answer(message.id, locked));
        return;
      case 'close':
        void core.close().then(
          () => answer(message.id, null),
          (error: unknown) => {
            logger.error('core worker: close failed', error);
            answer(message.id, null);
          },
        );
        return;
      case 'platform-answer': {
        const settle = waiting.get(message.id);
        waiting.delete(message.id);
        settle?.(message.answer);
        return;
      }
    }
  });
}

if (parentPort) serveCore(parentPort, (workerData as { setup: WorkerSetup }).setup);
