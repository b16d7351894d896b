// The server-load bench's log-in burst (server-load.bench.ts describes the bench): after the run
// every user logs in again at once, through the workstation's client, against a fresh server
// process per setting of server.json's `passwordHashesAtOnce` (core/server/hash-gate.ts): first
// without a bound of its own (64: only libuv's four threads bound the scrypts, as before the gate),
// then the default. Per setting: each log-in's time, the refused ones by reason (SERVER_BUSY after
// the gate's wait, a call timeout of the workstation's 30 s), and the server's peak resident memory
// (sampled every 50 ms from /proc, and the kernel's high-water mark).
import { readFileSync } from 'node:fs';
import { defaultHashesAtOnce } from '../../src-main/core/server/hash-gate';
import type { Figure } from './bench';
import { percentile } from './bench';
import { elapsed, SIZE, startServer, stopServer, workstationClient, type Seeded } from './server-load-setup';
import { failureOf, logIn } from './server-load-users';

/** A line of /proc/PID/status in MiB (VmRSS, VmHWM); 0 where there is no /proc. */
function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export interface BurstSetting {
  label: string;
  settings: Record<string, unknown>;
}

export const BURST_SETTINGS: BurstSetting[] = [
  { label: 'no bound but libuv’s 4 threads (64)', settings: { passwordHashesAtOnce: 64 } },
  { label: `the default bound (${defaultHashesAtOnce()} at once)`, settings: {} },
];

export interface BurstOutcome {
  setting: BurstSetting;
  times: number[];
  refused: Map<string, number>;
  /** MiB: resident before the burst, the most sampled during it, the kernel's high-water mark. */
  rssBefore: number;
  rssPeak: number;
  highWater: number;
}

/** Every user logs in at once against a fresh server process with `setting`. */
export async function loginBurst(
  dir: string,
  root: string,
  seeded: Seeded,
  tls: { certificateFile: string; keyFile: string; fingerprint: string },
  probeFile: string,
  setting: BurstSetting,
): Promise<BurstOutcome> {
  const { child, port } = await startServer(dir, root, seeded.store, tls, probeFile, setting.settings);
  try {
    const pid = child.pid!;
    const client = workstationClient(port, tls.fingerprint);
    const rssBefore = memoryOf(pid, 'VmRSS');
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, memoryOf(pid, 'VmRSS'))), 50);
    const refused = new Map<string, number>();
    const times = await Promise.all(
      seeded.users.map(async (user) => {
        const begin = process.hrtime.bigint();
        try {
          await logIn(client, user);
          return elapsed(begin);
        } catch (error) {
          const what = failureOf(error);
          refused.set(what, (refused.get(what) ?? 0) + 1);
          return null;
        }
      }),
    );
    clearInterval(sampler);
    const highWater = memoryOf(pid, 'VmHWM');
    return {
      setting,
      times: times.filter((ms): ms is number => ms !== null),
      refused,
      rssBefore,
      rssPeak,
      highWater,
    };
  } finally {
    await stopServer(child);
  }
}

/** The burst's lines and figures, per setting. */
export function burstReport(outcomes: BurstOutcome[], users: number): { lines: string[]; figures: Figure[] } {
  const lines: string[] = [];
  const figures: Figure[] = [];
  for (const outcome of outcomes) {
    const { setting, times, refused } = outcome;
    const refusedCount = [...refused.values()].reduce((sum, n) => sum + n, 0);
    lines.push(
      `   log-in burst, ${setting.label}: ${times.length} of ${users} at once answered, median ` +
        `${percentile(times, 50).toFixed(0)} ms, slowest ${percentile(times, 100).toFixed(0)} ms; server RSS ` +
        `${outcome.rssBefore.toFixed(0)} → peak ${outcome.rssPeak.toFixed(0)} MiB (high-water ${outcome.highWater.toFixed(0)})` +
        `${refused.size ? `; refused: ${JSON.stringify(Object.fromEntries(refused))}` : ''}`,
    );
    const name = `${SIZE}: log-in, ${users} at once, ${setting.label}`;
    figures.push(
      { name, unit: 'ms', samples: times, target: {} },
      { name: `${name}, refused`, unit: 'calls', samples: [refusedCount], target: {} },
      { name: `${name}, server peak RSS`, unit: 'MiB', samples: [outcome.rssPeak], target: {} },
    );
  }
  return { lines, figures };
}
