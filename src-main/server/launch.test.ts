// The server's Node flags (launch.ts) are those every place that starts a server passes: the systemd
// unit's ExecStart and `npm run server` carry each flag, before the script (Node's own options), and
// Node accepts them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DUTCH_TIME_ZONE } from '../../src-shared/domain/format';
import { launchedWithServerFlags, SERVER_NODE_FLAGS } from './launch';

const ROOT = join(__dirname, '../..');

/** Node's options in a command line: the words between `node` and the script it runs. */
function nodeOptionsOf(command: string): string[] {
  const words = command.trim().split(/\s+/);
  const node = words.findIndex((word) => word === 'node' || word.endsWith('/node'));
  const script = words.findIndex((word) => word.endsWith('.ts') || word.endsWith('.js'));
  if (node < 0 || script < node) throw new Error(`no node command: ${command}`);
  return words.slice(node + 1, script);
}

describe("the server's launch", () => {
  it('the systemd unit starts Node with the flags', () => {
    const unit = readFileSync(join(ROOT, 'deploy/cter-server.service'), 'utf8');
    const execStart = unit.split('\n').find((line) => line.startsWith('ExecStart='));
    expect(execStart).toBeDefined();
    const options = nodeOptionsOf(execStart!.slice('ExecStart='.length));
    for (const flag of SERVER_NODE_FLAGS) expect(options).toContain(flag);
  });

  it('the systemd unit runs the server in Europe/Amsterdam, the zone of every day core names', () => {
    // A server's system clock is often UTC: there 01-01 00:30 in Amsterdam is still 31-12, and an
    // audit filter's day or "today" would start an hour or two late.
    const unit = readFileSync(join(ROOT, 'deploy/cter-server.service'), 'utf8');
    expect(unit.split('\n')).toContain(`Environment=TZ=${DUTCH_TIME_ZONE}`);
  });

  it('npm run server starts Node with the flags', () => {
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const options = nodeOptionsOf(scripts['server']!);
    for (const flag of SERVER_NODE_FLAGS) expect(options).toContain(flag);
  });

  it('Node accepts the flags', () => {
    const run = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, '-e', '0'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('tells a process started with the flags from one without', () => {
    expect(launchedWithServerFlags([...SERVER_NODE_FLAGS, '--import', 'tsx'])).toBe(true);
    expect(launchedWithServerFlags(['--import', 'tsx'], ` ${SERVER_NODE_FLAGS.join(' ')} `)).toBe(true);
    expect(launchedWithServerFlags(['--import', 'tsx'])).toBe(false);
    expect(launchedWithServerFlags(['--max-semi-space-size=8'], '--max-old-space-size=4096')).toBe(false);
  });
});
