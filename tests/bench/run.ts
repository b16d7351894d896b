// `npm run bench [-- --json FILE] [-- --only NAME]`: runs every tests/bench/*.bench.ts suite,
// prints one table, and optionally writes the records as JSON. Exit code 0 even when a target is
// missed: benchmarks inform, they do not gate (timed tests are not used as a gate anywhere).
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchedWithServerFlags, SERVER_NODE_FLAGS } from '../../src-main/server/launch';
import { toRecord, type BenchSuite, type FigureRecord } from './bench';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const format = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(3) : n.toFixed(1)) : '—');

/**
 * `--only engines` measures PostgreSQL's core as the CTER server runs it: in a Node started with the
 * server's flags (src-main/server/launch.ts), so this process runs itself again with them (its
 * SQLCipher figures do not move by them: docs/benchmarks.md, "The server's young generation").
 * CTER_BENCH_PLAIN_NODE=1 runs without them, to compare. Signals to stop (CTER_BENCH_KEEP's) are
 * passed on. Answers the exit code, or null when this process is already the one to run.
 */
async function withServerFlags(only: string | undefined): Promise<number | null> {
  if (!only || !'engines'.includes(only) || process.env['CTER_BENCH_PLAIN_NODE'] === '1') return null;
  if (launchedWithServerFlags(process.execArgv, process.env['NODE_OPTIONS'])) return null;
  const child = spawn(process.execPath, [...process.execArgv, ...SERVER_NODE_FLAGS, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  const pass = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', pass);
  process.on('SIGTERM', pass);
  return new Promise((done) => child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0))));
}

async function main() {
  const only = argument('--only');
  const again = await withServerFlags(only);
  if (again !== null) {
    process.exitCode = again;
    return;
  }
  if (only && 'engines'.includes(only)) {
    const flags = launchedWithServerFlags(process.execArgv, process.env['NODE_OPTIONS']);
    console.info(
      `node ${flags ? `with the server's flags: ${SERVER_NODE_FLAGS.join(' ')}` : "without the server's flags"}`,
    );
  }
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith('.bench.ts'))
    .sort();
  const records: (FigureRecord & { suite: string })[] = [];
  for (const file of files) {
    const { suite } = (await import(join(__dirname, file))) as { suite: BenchSuite };
    if (only && !suite.name.includes(only)) continue;
    console.info(`… ${suite.name}`);
    for (const figure of await suite.run()) records.push({ suite: suite.name, ...toRecord(figure) });
  }
  const rows = [
    ['figure', 'median', 'p95', 'unit', 'target', 'ok'],
    ...records.map((r) => [r.name, format(r.median), format(r.p95), r.unit, r.target, r.ok ? 'yes' : 'NO']),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  for (const row of rows) console.info(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
  const json = argument('--json');
  if (json) {
    writeFileSync(
      json,
      `${JSON.stringify(
        records.map(({ suite: _suite, ...record }) => record),
        null,
        2,
      )}\n`,
    );
    console.info(`written: ${json}`);
  }
}

void main();
