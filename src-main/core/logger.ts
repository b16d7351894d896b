// A minimal logger for core. Log lines never contain personal data: callers pass channel names,
// codes and exceptions, not inputs. Main writes them to stderr (and later a local log file).
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export function consoleLogger(prefix = 'cter'): Logger {
  return {
    info: (m) => console.info(`[${prefix}] ${m}`),
    warn: (m) => console.warn(`[${prefix}] ${m}`),
    error: (m, e) => console.error(`[${prefix}] ${m}`, e instanceof Error ? (e.stack ?? e.message) : (e ?? '')),
  };
}

/** Collects lines in memory; for tests that assert what was (not) logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m, e) => lines.push(`error ${m} ${e instanceof Error ? e.message : ''}`),
  };
}
