import { describe, expect, it } from 'vitest';
import { cliLogger } from './log';

function written(env: NodeJS.ProcessEnv) {
  const lines: string[] = [];
  return { logger: cliLogger(env, (text) => lines.push(text)), lines };
}

describe('the CLI log', () => {
  it('keeps informational lines and stack traces out of an administrator’s output', () => {
    const { logger, lines } = written({});
    logger.info('integrity: the file changed while it was checked; the result is not kept');
    logger.warn('preferences: the settings file is damaged');
    logger.error('router: backup:create failed', new Error('SQLITE_IOERR: at /var/lib/cter/x.db'));
    expect(lines).toEqual([
      '[cter-cli] warn: preferences: the settings file is damaged\n',
      '[cter-cli] error: router: backup:create failed\n',
    ]);
  });

  it('tells everything, stack included, with CTER_DEBUG', () => {
    const { logger, lines } = written({ CTER_DEBUG: '1' });
    logger.info('integrity: the check stopped');
    logger.error('router: backup:create failed', new Error('kapot'));
    expect(lines[0]).toBe('[cter-cli] info: integrity: the check stopped\n');
    expect(lines[1]).toBe('[cter-cli] error: router: backup:create failed\n');
    expect(lines[2]).toMatch(/^Error: kapot\n {4}at /);
  });
});
