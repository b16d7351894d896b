// Issue 20: what in the database open at unlock grows from 10k to 300k persons, measured without
// the clock where it can be. `npx tsx tests/bench/scale-open.ts PERSONS FOLDER`:
//
// - makes (or reuses, when FOLDER already holds one) the scale suite's database (mijn-werk.bench.ts's
//   prepare()), logs in as the scale suite does and awaits the background check;
// - CTER_BENCH_OPEN_HOLD=1 holds, as the scale suite does during its open loop, the generated
//   persons in memory (a heap the size of the data, which the application never has);
// - then closes (not timed) and opens (timed) the workspace's database SAMPLES times, as the scale
//   suite's open loop does, and per open records: the garbage collector's pauses inside it
//   (PerformanceObserver 'gc'), the process's read and write calls and bytes (/proc/self/io), and
//   the -wal file's size before it.
import { readFileSync, readdirSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { createCore } from '../../src-main/core/core';
import { generate } from './engines.bench';
import { ADMIN, ok, options } from './bench-core';
import { prepare } from './mijn-werk.bench';
import { percentile } from './bench';

const MARK = process.env['CTER_BENCH_OPEN_MARK'] === '1';
const SAMPLES = Number(process.env['CTER_BENCH_OPEN_SAMPLES'] ?? 50);

function io(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of readFileSync('/proc/self/io', 'utf8').trim().split('\n')) {
    const [name, value] = line.split(':');
    out[name!.trim()] = Number(value);
  }
  return out;
}

async function main() {
  const persons = Number(process.argv[2] ?? 10_000);
  const folder = process.argv[3] ?? `/tmp/cter-scale-open-${persons}`;
  mkdirSync(folder, { recursive: true });
  if (readdirSync(folder).length === 0) {
    const start = Date.now();
    await prepare(folder, persons);
    console.info(`loaded ${persons} persons in ${((Date.now() - start) / 1000).toFixed(0)} s`);
  }
  const held = process.env['CTER_BENCH_OPEN_HOLD'] === '1' ? generate(new Map(), persons).people : [];
  const core = createCore(options(folder));
  await ok(core, 'session:login', { username: ADMIN.username, password: ADMIN.password });
  await core.workspace.integrity.settled();
  const ws = core.workspace;
  const { database, key: heldKey } = ws.requireOpen();
  if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
  const key = Buffer.from(heldKey);
  const path = database.path;
  const session = ws.current()!;
  console.info(
    `${persons} persons: file ${(statSync(path).size / 1024 / 1024).toFixed(0)} MB; held ${held.length} persons; heap ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`,
  );

  const gcs: { start: number; duration: number; kind: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcs.push({
        start: entry.startTime,
        duration: entry.duration,
        kind: (entry as unknown as { detail: { kind: number } }).detail.kind,
      });
    }
  });
  observer.observe({ entryTypes: ['gc'] });

  const rows: {
    ms: number;
    cpu: number;
    gc: number;
    gcKinds: string;
    syscr: number;
    rchar: number;
    syscw: number;
    wchar: number;
    wal: number;
  }[] = [];
  const windows: [number, number][] = [];
  for (let i = 0; i < SAMPLES + 3; i++) {
    await ws.close(true);
    const wal = existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : -1;
    // A mark in an strace of the run (strace -f -e trace=all): the open's system calls lie between.
    if (MARK) existsSync(`/cter-open-mark-begin-${i}`);
    const before = io();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await ws.open(path, key);
    const t1 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const after = io();
    if (MARK) existsSync(`/cter-open-mark-end-${i}`);
    ws.startSession(session.user, session.slotId);
    if (i < 3) continue;
    windows.push([t0, t1]);
    rows.push({
      ms: t1 - t0,
      cpu: (cpu.user + cpu.system) / 1000,
      gc: 0,
      gcKinds: '',
      syscr: after['syscr']! - before['syscr']!,
      rchar: after['rchar']! - before['rchar']!,
      syscw: after['syscw']! - before['syscw']!,
      wchar: after['wchar']! - before['wchar']!,
      wal,
    });
  }
  // Let the observer deliver the last entries, then place each pause in its open.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  rows.forEach((row, n) => {
    const [t0, t1] = windows[n]!;
    const inside = gcs.filter((g) => g.start >= t0 && g.start <= t1);
    row.gc = inside.reduce((sum, g) => sum + g.duration, 0);
    row.gcKinds = inside.map((g) => `${g.kind}:${g.duration.toFixed(1)}`).join(' ');
  });
  console.info(
    `GC pauses seen in the whole loop: ${gcs.length}, summed ${gcs.reduce((a, g) => a + g.duration, 0).toFixed(0)} ms`,
  );
  const col = (name: keyof (typeof rows)[number]) => rows.map((r) => r[name] as number);
  const ms = col('ms');
  const noGc = rows.filter((r) => r.gc === 0).map((r) => r.ms);
  console.info(
    `open: median ${percentile(ms, 50).toFixed(1)} / p95 ${percentile(ms, 95).toFixed(1)} ms (${ms.length}); ` +
      `opens with a GC pause inside: ${rows.filter((r) => r.gc > 0).length}; GC inside summed ${col('gc')
        .reduce((a, b) => a + b, 0)
        .toFixed(
          0,
        )} ms; without a GC pause median ${noGc.length ? percentile(noGc, 50).toFixed(1) : '-'} / p95 ${noGc.length ? percentile(noGc, 95).toFixed(1) : '-'} ms (${noGc.length})`,
  );
  for (const name of ['cpu', 'syscr', 'rchar', 'syscw', 'wchar', 'wal'] as const) {
    const values = col(name);
    console.info(
      `  ${name}: min ${Math.min(...values)} median ${percentile(values, 50)} p95 ${percentile(values, 95)} max ${Math.max(...values)}`,
    );
  }
  const slowest = [...rows].sort((a, b) => b.ms - a.ms).slice(0, 5);
  for (const r of slowest)
    console.info(`  slow: ${r.ms.toFixed(1)} ms, cpu ${r.cpu.toFixed(1)} ms, gc ${r.gc.toFixed(1)} ms [${r.gcKinds}]`);
  console.info(`uptime: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  await core.close();
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
