// `cter server --data MAP` (and `npm run server -- --data MAP`): runs the CTER server in the
// foreground until SIGTERM or SIGINT (systemd's stop, Ctrl+C), then stops it cleanly: the listener
// first, then the core and its store. The configuration is the data folder's, as for the other
// commands: store.json (PostgreSQL; the SQLCipher file is refused) and server.json (listener).
import { ServerConfigError } from '../server/config';
import { launchedWithServerFlags, SERVER_NODE_FLAGS } from '../server/launch';
import { startServer } from '../server/run';
import { requireDataFolder } from './args';
import type { CliCommand } from './command';
import { consoleLogger } from '../core/logger';
import { readPackageVersion, RESOURCES_DIR } from './paths';
import { checkCommand } from './server-check';
import { initCommand } from './server-init';

/** Resolves at the first SIGTERM or SIGINT (a second one of either ends the process the usual way). */
function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

export const serverCommands: Record<string, CliCommand> = {
  server: {
    description: 'commands.server',
    synopsis: '--data FOLDER',
    options: ['--data'],
    async run(args, io, t) {
      const dataDir = requireDataFolder(args);
      const logger = consoleLogger('cter-server');
      // Started otherwise than deploy/cter-server.service and `npm run server` start it (launch.ts).
      if (!launchedWithServerFlags(process.execArgv, process.env['NODE_OPTIONS']))
        logger.warn(`server: Node started without ${SERVER_NODE_FLAGS.join(' ')} (src-main/server/launch.ts)`);
      let running;
      try {
        running = await startServer({
          dataDir,
          resourcesDir: RESOURCES_DIR,
          appVersion: readPackageVersion(),
          logger,
        });
      } catch (error) {
        if (!(error instanceof ServerConfigError)) throw error;
        io.err(t(error.key, error.params));
        return 1;
      }
      const { address, port } = running.address;
      io.out(t('server.listening', { host: address.includes(':') ? `[${address}]` : address, port }));
      await untilStopSignal();
      io.out(t('server.stopping'));
      await running.stop();
      io.out(t('server.stopped'));
      return 0;
    },
  },
  // Setting up and checking a server's data folder (server-init.ts, server-check.ts).
  'server init': initCommand,
  'server check': checkCommand,
};
