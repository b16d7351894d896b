import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/ipc/errors';
import { plain, type Handlers } from './handlers';
import { memoryLogger } from './logger';
import { createRouter } from './router';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app:info': plain(() => ({
      version: '1',
      build: 'dev',
      databasePath: '/x',
      schemaVersion: null,
      locale: 'nl' as const,
      managed: [],
      policyProblems: [],
      demoOffered: true,
      retentionMinimumYears: null,
    })),
    'app:set-locale': plain<'app:set-locale'>(({ locale }) => ({ locale })),
    ...overrides,
  } as Handlers;
}

describe('router', () => {
  it('passes parsed input to the handler and wraps the value', async () => {
    const router = createRouter(handlers(), memoryLogger());
    await expect(router.dispatch('app:set-locale', { locale: 'en' })).resolves.toEqual({
      ok: true,
      value: { locale: 'en' },
    });
  });

  it('rejects an unknown channel with a code and a Dutch message', async () => {
    const router = createRouter(handlers(), memoryLogger());
    for (const name of ['bestaat:niet', '__proto__', 'constructor', 42, undefined]) {
      const result = await router.dispatch(name, {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'Deze opdracht kent de applicatie niet.' },
      });
    }
  });

  it('rejects invalid input with field errors, without calling the handler', async () => {
    let called = false;
    const router = createRouter(
      handlers({
        'app:set-locale': plain(() => {
          called = true;
          return { locale: 'nl' as const };
        }),
      }),
      memoryLogger(),
    );
    const result = await router.dispatch('app:set-locale', { locale: 'fr', extra: 1 });
    expect(called).toBe(false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/^Niet alle gegevens/);
    expect(result.error.fields).toEqual({
      locale: { key: 'validation.invalidChoice' },
      _: { key: 'validation.unknownField' },
    });
  });

  it('turns an unexpected exception into INTERNAL without leaking its text', async () => {
    const logger = memoryLogger();
    const router = createRouter(
      handlers({
        'app:info': plain(() => {
          throw new Error('SQLITE_CORRUPT: near "SELECT": /home/geheim/pad.db');
        }),
      }),
      logger,
    );
    const result = await router.dispatch('app:info', {});
    expect(result.ok).toBe(false);
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/SQLITE|SELECT|geheim|\.db|at /);
    expect(result).toMatchObject({ error: { code: 'INTERNAL' } });
    // The detail is in the local log for the administrator, not in the answer.
    expect(logger.lines.join('\n')).toContain('SQLITE_CORRUPT');
  });

  it('passes an AppError through with its code and params', async () => {
    const router = createRouter(
      handlers({
        'app:info': plain(() => {
          throw new AppError('FORBIDDEN');
        }),
      }),
      memoryLogger(),
    );
    await expect(router.dispatch('app:info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'U heeft geen toestemming voor deze handeling.' },
    });
  });

  it('authorises before it validates, and reports every refused or failed call', async () => {
    const failed: string[] = [];
    const router = createRouter(handlers(), memoryLogger(), {
      authorize(channel) {
        if (channel === 'app:set-locale') throw new AppError('FORBIDDEN');
      },
      failed: async (channel, error) => void failed.push(`${channel}:${error.code}`),
    });
    await router.dispatch('app:info', {});
    await router.dispatch('app:set-locale', { locale: 'en' });
    // Invalid input from a caller without access is refused as such: nothing about the input leaks.
    await router.dispatch('app:set-locale', { locale: 'xx' });
    await router.dispatch('app:info', { onbekend: 1 });
    expect(failed).toEqual(['app:set-locale:FORBIDDEN', 'app:set-locale:FORBIDDEN', 'app:info:INVALID_INPUT']);
  });
});
