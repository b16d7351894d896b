// `npm run bench [-- --json FILE] [-- --only NAME]`: runs every tests/bench/*.bench.ts suite,
// prints one table, and optionally writes the records as JSON. Exit code 0 even when a target is
// missed: benchmarks inform, they do not gate (timed tests are not used as a gate anywhere).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toRecord, type BenchSuite, type FigureRecord } from './bench';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const format = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(3) : n.toFixed(1)) : '—');

async function main() {
  const only = argument('--only');
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
