// The log of the admin CLI's core. A command's stdout is its answer, which scripts read (`accounts`
// one account a line, `recover-key` the key), and its stderr the one-line Dutch message: core's log
// lines go to stderr only, its informational ones and stack traces only with CTER_DEBUG set.
import type { Logger } from '../core/logger';

export function cliLogger(
  env: NodeJS.ProcessEnv,
  write: (text: string) => void = (text) => process.stderr.write(text),
): Logger {
  const debug = Boolean(env['CTER_DEBUG']);
  const line = (level: string, message: string) => write(`[cter-cli] ${level}: ${message}\n`);
  return {
    info: (message) => {
      if (debug) line('info', message);
    },
    warn: (message) => line('warn', message),
    error: (message, error) => {
      line('error', message);
      if (debug && error instanceof Error) write(`${error.stack ?? error.message}\n`);
    },
  };
}
