// Composition root of core: builds the services for one installation and the router in front of
// them. Electron's main process and the Chromium test harness both call createCore; neither
// reaches a service except through `dispatch`.
import type { Locale } from '../../src-shared/domain/locale';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { Result } from '../../src-shared/ipc/errors';
import { appHandlers } from './app/handlers';
import { PreferencesStore } from './app/preferences';
import type { Handlers } from './handlers';
import { consoleLogger, type Logger } from './logger';
import { createRouter } from './router';

export interface CoreOptions {
  /** Folder for the settings file and (by default) the database. */
  dataDir: string;
  appVersion: string;
  logger?: Logger;
  /** Called after the user chose another UI language (main rebuilds its menu). */
  onLocaleChanged?: (locale: Locale) => void;
}

export interface Core {
  dispatch(channel: unknown, rawInput: unknown): Promise<Result<unknown>>;
  /** Subscribe to events for the renderer; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
  emit(event: AppEvent): void;
  close(): Promise<void>;
}

export function createCore(options: CoreOptions): Core {
  const logger = options.logger ?? consoleLogger();
  const preferences = new PreferencesStore(options.dataDir, logger);
  const listeners = new Set<(event: AppEvent) => void>();

  const handlers: Handlers = {
    ...appHandlers({
      version: options.appVersion,
      preferences,
      schemaVersion: () => null,
      onLocaleChanged: options.onLocaleChanged,
    }),
  };
  const router = createRouter(handlers, logger);

  return {
    dispatch: (channel, rawInput) => router.dispatch(channel, rawInput),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of listeners) listener(event);
    },
    async close() {
      listeners.clear();
    },
  };
}
