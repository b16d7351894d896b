// The laptop's workstation in a process of its own, for the `server` project's specs that kill it
// (SIGKILL) as a crash or a pulled plug would: the workstation as Electron's main makes it
// (createWorkstation with team.json: its remote bridge, the meetings kept in `<dataDir>/offline/`),
// reached by the test's process over Node's IPC channel (team-server.ts, `restartWorkstation({
// childProcess: true })` and `killWorkstation`). Only the transport differs from the in-process
// workstation: the calls, answers and events cross as structured clones, its log lines go to the
// test's workstation logger. Its clock stands at the moment it was started with (the harness's
// clock is not shared across processes), and it has no file dialogs or printer (headless). Not
// part of the app.
import { manualClock } from '../../../src-main/core/clock';
import type { Logger } from '../../../src-main/core/logger';
import { useProductionScryptCost } from '../../../src-main/core/vault/kdf';
import { createWorkstation } from '../../../src-main/electron/workstation';
import type { Result } from '../../../src-shared/ipc/errors';
import type { AppEvent } from '../../../src-shared/ipc/events';

/** What the test's process hands the child (its one argument, as JSON). */
export interface WorkstationProcessConfig {
  dataDir: string;
  resourcesDir: string;
  appVersion: string;
  /** The harness clock's "now" when the child starts (ISO). */
  now: string;
  workstation: string;
  returnProbeMs: number;
}

export type ToWorkstation =
  | { kind: 'dispatch'; id: number; channel: unknown; input: unknown }
  | { kind: 'emit'; event: AppEvent }
  | { kind: 'close' };

export type FromWorkstation =
  | { kind: 'ready' }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'event'; event: AppEvent }
  | { kind: 'log'; level: 'info' | 'warn' | 'error'; message: string };

function run() {
  // New key slots at scrypt's lowest accepted cost, as in the test's process (fixtures.ts).
  useProductionScryptCost(false);
  const config = JSON.parse(process.argv[2] ?? '{}') as WorkstationProcessConfig;
  const send = (message: FromWorkstation) => process.send?.(message);
  const logger: Logger = {
    info: (message) => send({ kind: 'log', level: 'info', message }),
    warn: (message) => send({ kind: 'log', level: 'warn', message }),
    error: (message, error) =>
      send({ kind: 'log', level: 'error', message: `${message} ${error instanceof Error ? error.message : ''}` }),
  };
  const workstation = createWorkstation({
    dataDir: config.dataDir,
    resourcesDir: config.resourcesDir,
    appVersion: config.appVersion,
    logger,
    clock: manualClock(new Date(config.now)),
    idleCheckMs: 0,
    team: { workstation: config.workstation, returnProbeMs: config.returnProbeMs },
  });
  workstation.onEvent((event) => send({ kind: 'event', event }));
  process.on('message', (message: ToWorkstation) => {
    if (message.kind === 'dispatch') {
      void workstation
        .dispatch(message.channel, message.input)
        .then((result) => send({ kind: 'result', id: message.id, result }));
    } else if (message.kind === 'emit') {
      workstation.emit(message.event);
    } else {
      // As the app quits: the session logged out at the server (as far as it answers), then gone.
      void workstation.close().finally(() => process.exit(0));
    }
  });
  // The test's process gone (its run ended or failed): nothing keeps this one.
  process.on('disconnect', () => process.exit(0));
  send({ kind: 'ready' });
}

run();
