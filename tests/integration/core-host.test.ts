// Core in its worker thread (src-main/core-host), as Electron's main process runs it: bridge calls
// answered as the router answers them, core's events, the platform calls core makes answered on
// the main side (with their AppError codes), the shared clock, a worker that stops (CORE_STOPPED for
// the call under way and every later one, never a hang) and a clean close (the file free again).
// The worker loads worker.ts from source through tsx (entry.ts sourceEntry), with the suites' cheap
// key derivation loaded first.
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../src-shared/i18n/messages';
import { AppError, type Result } from '../../src-shared/ipc/errors';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { SetupProposal } from '../../src-shared/ipc/session';
import { sourceEntry } from '../../src-main/core-host/entry';
import { startCoreWorker, type CoreHost } from '../../src-main/core-host/host';
import { sharedManualClock } from '../../src-main/core-host/shared-clock';
import { memoryLogger } from '../../src-main/core/logger';
import type { Platform } from '../../src-main/core/platform';
import { controlOf } from '../../src-main/core-host/control';
import { CONTROL_MODULE, controls } from './core-host-control';
import { BEHEERDER, RESOURCES_DIR, tempDir } from './helpers';

const PRELOAD = [resolve(__dirname, '../support/cheap-key-derivation.ts'), resolve(__dirname, 'core-host-crash.ts')];
const hosts: CoreHost[] = [];

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

function start(dataDir: string, platform?: Partial<Platform>, control?: string) {
  const logger = memoryLogger();
  const clock = sharedManualClock(new Date('2026-11-29T09:00:00Z'));
  const locales: string[] = [];
  const host = startCoreWorker({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    appVersion: '9.9.9-test',
    logger,
    clock,
    idleCheckMs: 0,
    onLocaleChanged: (locale) => locales.push(locale),
    entry: sourceEntry(PRELOAD),
    ...(control ? { control } : {}),
    platform: {
      print: { pdf: async () => new Uint8Array(), print: async () => false },
      files: {
        saveAs: async () => ({ saved: false }),
        chooseSaveLocation: async () => null,
        chooseFile: async () => null,
        chooseFolder: async () => null,
      },
      ...platform,
    },
  });
  hosts.push(host);
  const events: AppEvent[] = [];
  host.onEvent((event) => events.push(event));
  return { host, logger, clock, locales, events };
}

const value = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`failed: ${result.error.code}`);
  return result.value as T;
};
const errorLines = (logger: { lines: string[] }) =>
  logger.lines.filter((line) => line.startsWith('error')).map((line) => line.trimEnd());
const codeOf = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code);

async function install(host: CoreHost) {
  const proposal = value<SetupProposal>(await host.dispatch('vault:prepare-setup', {}));
  const groups = proposal.recoveryKey?.split('-') ?? [];
  value(
    await host.dispatch('vault:setup', {
      ...BEHEERDER,
      passwordRepeat: BEHEERDER.password,
      folder: null,
      confirm: proposal.confirmGroups.map((n) => groups[n - 1] ?? ''),
    }),
  );
}

describe('core in a worker thread', () => {
  it('answers bridge calls with the router’s Results, unchanged', async () => {
    const { host, locales } = start(tempDir());
    expect(value<{ version: string }>(await host.dispatch('app:info', {})).version).toBe('9.9.9-test');
    expect(await host.dispatch('no:such-channel', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: formatMessage('nl', 'errors.UNKNOWN_CHANNEL') },
    });
    const invalid = await host.dispatch('app:set-locale', { locale: 'fr' });
    expect(codeOf(invalid)).toBe('INVALID_INPUT');
    expect(value(await host.dispatch('app:set-locale', { locale: 'en' }))).toEqual({ locale: 'en' });
    // core's onLocaleChanged reaches main (which rebuilds its menu there).
    expect(locales).toEqual(['en']);
  });

  it('asks the main side for the platform’s services and keeps their error codes', async () => {
    const folders: (() => Promise<string | null>)[] = [
      async () => '/srv/cter-voorbeeld',
      async () => {
        throw new AppError('FILE_FAILED');
      },
      async () => {
        throw new Error('dialog broke');
      },
    ];
    const { host, logger } = start(tempDir(), {
      files: {
        saveAs: async () => ({ saved: false }),
        chooseSaveLocation: async () => null,
        chooseFile: async () => null,
        chooseFolder: () => folders.shift()!(),
      },
      team: {
        probe: async () => ({ host: 'cter.voorbeeld.nl', port: 8443, fingerprint: 'AA' }),
        connect: async () => undefined,
        current: () => ({ host: 'cter.voorbeeld.nl', port: 8443, connected: false }),
      },
    });
    expect(value(await host.dispatch('vault:choose-folder', {}))).toEqual({ folder: '/srv/cter-voorbeeld' });
    expect(codeOf(await host.dispatch('vault:choose-folder', {}))).toBe('FILE_FAILED');
    expect(codeOf(await host.dispatch('vault:choose-folder', {}))).toBe('INTERNAL');
    expect(logger.lines.some((line) => line.startsWith('error') && line.includes('dialog broke'))).toBe(true);
    // The synchronous `current` of the team service is read on the main side with each call.
    const status = value<{ state: string; team: unknown }>(await host.dispatch('vault:status', {}));
    expect(status.team).toEqual({ host: 'cter.voorbeeld.nl', port: 8443, connected: false });
    expect(status.state).toBe('no-connection');
  });

  it('sends core’s events to main and follows the host’s clock', async () => {
    const { host, clock, events } = start(tempDir());
    await install(host);
    expect(value<{ state: string }>(await host.dispatch('vault:status', {})).state).toBe('unlocked');
    // Idle for longer than the policy's 10 minutes on the host's clock: the worker's core sees it.
    expect(await host.checkIdle()).toBe(false);
    clock.advance(11 * 60_000);
    expect(await host.checkIdle()).toBe(true);
    expect(events).toContainEqual({ type: 'session-ended', reason: 'idle' });
    // Main's own events (the menu) reach the listeners too.
    host.emit({ type: 'menu', action: 'lock' });
    expect(events.at(-1)).toEqual({ type: 'menu', action: 'lock' });
  });

  it('answers the call under way and every later one with CORE_STOPPED when the worker stops', async () => {
    let asked = () => {};
    const askedOnce = new Promise<void>((resolve) => (asked = resolve));
    const { host, logger } = start(tempDir(), {
      files: {
        saveAs: async () => ({ saved: false }),
        chooseSaveLocation: async () => null,
        chooseFile: async () => null,
        // The dialog stays open: the call waits in the worker when it stops.
        chooseFolder: () => {
          asked();
          return new Promise<string | null>(() => undefined);
        },
      },
    });
    const underWay = host.dispatch('vault:choose-folder', {});
    await askedOnce;
    host.worker.postMessage({ type: 'test-crash' });
    const stopped = { ok: false, error: { code: 'CORE_STOPPED', message: formatMessage('nl', 'errors.CORE_STOPPED') } };
    expect(await underWay).toEqual(stopped);
    expect(await host.dispatch('app:info', {})).toEqual(stopped);
    expect(await host.checkIdle()).toBe(false);
    expect(logger.lines.some((line) => line.startsWith('error core worker stopped'))).toBe(true);
    expect(formatMessage('nl', 'errors.CORE_STOPPED')).toMatch(/onverwacht gestopt/);
  });

  it('closes core cleanly: the session ends and the database is free for the next start', async () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    await install(first.host);
    await first.host.close();
    hosts.splice(hosts.indexOf(first.host), 1);
    expect(first.logger.lines.filter((line) => line.startsWith('error'))).toEqual([]);
    expect(codeOf(await first.host.dispatch('app:info', {}))).toBe('CORE_STOPPED');

    const second = start(dataDir);
    expect(value<{ state: string }>(await second.host.dispatch('vault:status', {})).state).toBe('locked');
    const login = await second.host.dispatch('session:login', {
      username: BEHEERDER.username,
      password: BEHEERDER.password,
    });
    expect(codeOf(login)).toBe('ok');
  });

  it('runs a test’s control handlers in the worker, only when started with their module', async () => {
    const { host, logger, events } = start(tempDir(), undefined, CONTROL_MODULE);
    const control = controlOf(controls, (name, input) => host.control(name, input));
    await install(host);
    expect(await control.username()).toBe(BEHEERDER.username);
    // Structured-clone data both ways; the handler runs on the worker's own core.
    const echoed = await control.echo({ bytes: Uint8Array.from([1, 2, 3]) });
    expect(echoed.sum).toBe(6);
    expect(Array.from(echoed.bytes)).toEqual([1, 2, 3]);
    await control.endSession();
    expect(await control.username()).toBeNull();
    expect(events).toContainEqual(expect.objectContaining({ type: 'session-ended' }));
    expect(value<{ state: string }>(await host.dispatch('vault:status', {})).state).toBe('locked');
    // A handler's failure rejects with its message; an unknown name is refused.
    await expect(control.fail()).rejects.toThrow('control fail: Error: kapot (voorbeeld)');
    await expect(host.control('toString')).rejects.toThrow('no control "toString"');
    // The bridge has no way to it: a channel of that name is just unknown to the router.
    expect(codeOf(await host.dispatch('username', {}))).toBe('UNKNOWN_CHANNEL');
    expect(errorLines(logger)).toEqual(['error core worker: control "toString" refused']);
  });

  it('refuses every control message when started without a control module (as main.ts starts it)', async () => {
    const { host, logger } = start(tempDir());
    await install(host);
    await expect(host.control('username')).rejects.toThrow('no control "username"');
    await expect(host.control('endSession')).rejects.toThrow('no control "endSession"');
    // The session is still there: nothing ran.
    expect(value<{ state: string }>(await host.dispatch('vault:status', {})).state).toBe('unlocked');
    expect(errorLines(logger)).toEqual([
      'error core worker: control "username" refused',
      'error core worker: control "endSession" refused',
    ]);
  });
});
