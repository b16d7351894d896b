// Starting and stopping a CTER server (`cter server`, `npm run server`): the configuration of the
// data folder (server.json for the listener, store.json for the store: PostgreSQL only, the
// SQLCipher file is one workstation's and is refused), one core for every session, the HTTPS
// listener in front of it. The store must be set up (`cter init --data`) before it serves.
// `stop` ends the listener first (no new calls), then closes the core and with it the store.
import type { AddressInfo } from 'node:net';
import { AppError, type ErrorCode } from '../../src-shared/ipc/errors';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { createCore, type Core, type CoreOptions } from '../core/core';
import type { Logger } from '../core/logger';
import { readServerConfig, ServerConfigError } from './config';
import { createCterServer } from './https-server';

export interface ServerStartOptions {
  /** The data folder: server.json and store.json. */
  dataDir: string;
  resourcesDir: string;
  appVersion: string;
  logger: Logger;
  /** The core's clock (default the system's): the renderer suite runs a server on its test clock. */
  clock?: CoreOptions['clock'];
}

export interface RunningServer {
  address: AddressInfo;
  /** The one core behind the listener: for tests that arrange data in its store directly. */
  core: Core;
  stop(): Promise<void>;
}

export async function startServer(options: ServerStartOptions): Promise<RunningServer> {
  // The listener's files first: a missing certificate is said before the database is asked.
  const config = readServerConfig(options.dataDir);
  const core = createCore({
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    appVersion: options.appVersion,
    logger: options.logger,
    ...(options.clock ? { clock: options.clock } : {}),
    // No desktop session to lock: a server session's idle time is checked at its next call.
    idleCheckMs: 0,
  });
  try {
    if (!core.workspace.storeConfig()) throw new ServerConfigError('server.notPostgres');
    const status = await core.dispatch('vault:status', {});
    if (!status.ok) throw new AppError(status.error.code);
    const { state, problem } = status.value as VaultStatus;
    if (problem) throw new AppError(problem as ErrorCode);
    if (state === 'no-database') throw new AppError('DATABASE_MISSING');
    await core.server.open();
    // Every pooled connection opened and warmed, every input schema built, before the first call
    // (core/server/pool-warmth.ts, code-warmth.ts).
    const warmth = await core.server.warm();
    options.logger.info(
      `server: ${warmth.connections} database connections opened and warmed (${warmth.tables} tables); ` +
        `${warmth.schemas} input schemas built`,
    );
    if (config.passwordHashesAtOnce !== undefined) core.server.hashes.resize(config.passwordHashesAtOnce);
    options.logger.info(`server: at most ${core.server.hashes.limit} passwords checked at once`);
    const listener = createCterServer(core, options.logger, config);
    const address = await listener.listen(config.host, config.port).catch((error: unknown) => {
      const code = (error as { code?: string }).code ?? '';
      if (!['EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL'].includes(code)) throw error;
      throw new ServerConfigError('server.portInUse', { host: config.host, port: String(config.port) });
    });
    options.logger.info(`server: listening on ${address.address}:${address.port}`);
    return {
      address,
      core,
      async stop() {
        await listener.close();
        await core.close();
      },
    };
  } catch (error) {
    await core.close();
    throw error;
  }
}
