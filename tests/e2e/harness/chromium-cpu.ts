// The CPU time of the renderer suite's Chromium processes, by kind (browser, gpu-process, renderer,
// renderer-webui, utilities), which `/usr/bin/time` on the run cannot give: Chromium's zygote is
// re-parented to init, so its renderers are nobody's reaped children. Playwright starts every
// browser in a session of its own; playwright.config.ts puts `--cter-e2e-run=<CTER_E2E_RUN>` on
// its command line, and this samples every process of the sessions whose leader carries it.
//
//   CTER_E2E_RUN=a1 npx playwright test -c tests/e2e/playwright.config.ts … &
//   npx tsx tests/e2e/harness/chromium-cpu.ts a1      # Ctrl+C once the run is over: the totals
//
// On a shared machine only this run's browsers are counted, whatever else runs: compare variants
// on this, not on wall time. A process that ends between two samples (every 150 ms) loses its last
// moments, so the totals are a little low.
import { readdirSync, readFileSync } from 'node:fs';
import { RUN_SWITCH } from './chromium-args';

const TICKS_PER_SECOND = 100;

interface Sample {
  session: number;
  cpuSeconds: number;
  started: string;
}

function sample(pid: string): Sample | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name (which may hold spaces), from the state on.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      session: Number(fields[3]),
      cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      started: fields[19]!,
    };
  } catch {
    return null;
  }
}

function commandLine(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** The kind of a Chromium process by its switches; a zygote's child says so only once it has one. */
function kind(command: string): string {
  const type = /--type=([\w-]+)/.exec(command)?.[1] ?? 'browser';
  const utility = /--utility-sub-type=([\w]+)/.exec(command)?.[1];
  const base = type === 'utility' && utility ? utility : type;
  return command.includes('--top-chrome-webui') ? `${base}-webui` : base;
}

export function chromiumCpuSampler(run: string) {
  const marker = `${RUN_SWITCH}=${run} `;
  const sessions = new Set<number>();
  const processes = new Map<string, { cpuSeconds: number; kind: string }>();
  function tick() {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const now = sample(pid);
      if (!now) continue;
      if (!sessions.has(now.session)) {
        if (Number(pid) !== now.session || !`${commandLine(pid)} `.includes(marker)) continue;
        sessions.add(now.session);
      }
      const key = `${pid}:${now.started}`;
      const known = processes.get(key);
      const current = !known || known.kind === 'zygote' ? kind(commandLine(pid)) : known.kind;
      processes.set(key, { cpuSeconds: Math.max(known?.cpuSeconds ?? 0, now.cpuSeconds), kind: current });
    }
  }
  const timer = setInterval(tick, 150);
  return {
    stop() {
      clearInterval(timer);
      tick();
      const byKind: Record<string, number> = {};
      for (const { kind: name, cpuSeconds } of processes.values())
        byKind[name] = Math.round(((byKind[name] ?? 0) + cpuSeconds) * 100) / 100;
      const total = Object.values(byKind).reduce((sum, seconds) => sum + seconds, 0);
      return {
        browsers: sessions.size,
        processes: processes.size,
        totalSeconds: Math.round(total * 100) / 100,
        byKind,
      };
    },
  };
}

if (process.argv[1] && /chromium-cpu\.ts$/.test(process.argv[1])) {
  const run = process.argv[2];
  if (!run) throw new Error('usage: tsx tests/e2e/harness/chromium-cpu.ts RUN (the CTER_E2E_RUN of the test run)');
  const sampler = chromiumCpuSampler(run);
  const finish = () => {
    process.stdout.write(`${JSON.stringify(sampler.stop())}\n`);
    process.exit(0);
  };
  process.on('SIGINT', finish);
  process.on('SIGTERM', finish);
}
