// Where the machine's CPU goes during the server-load bench (issue 18), split by process: the
// `cter server` processes, the PostgreSQL cluster (the postmaster, its live children — backends,
// WAL writer, checkpointer — and the children that exited meanwhile, which the postmaster's
// waited-for-children time holds), the bench's own process (the simulated clients), and the rest
// of the machine (the other work on it: `/proc/stat`'s busy time minus these). Read from /proc
// (Linux only; elsewhere every figure is NaN), in clock ticks, at each phase's end, so a variant's
// share is the CPU its phases used. Divided by the calls answered, the CPU time per call is what a
// call costs each side, far less dependent on the machine's load than a latency.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Milliseconds per clock tick (`getconf CLK_TCK`, 100 on Linux). */
const TICK_MS = (() => {
  try {
    return 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  } catch {
    return 10;
  }
})();

/** CPU time so far, in ms. */
export interface CpuReading {
  server: number;
  postgres: number;
  client: number;
  /** Every process of the machine (`/proc/stat`: all but idle and iowait). */
  machine: number;
}

interface ProcStat {
  ppid: number;
  /** utime + stime, and cutime + cstime (children waited for), in ticks. */
  own: number;
  children: number;
}

function procStat(pid: number | string): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name is in parentheses and may hold spaces: the fields after its last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return {
    ppid: Number(fields[1]),
    own: Number(fields[11]) + Number(fields[12]),
    children: Number(fields[13]) + Number(fields[14]),
  };
}

function machineBusy(): number {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const values = ticks.map(Number);
    // user nice system idle iowait irq softirq steal …: busy is all but idle (3) and iowait (4).
    return values.slice(0, 8).reduce((sum, value, index) => (index === 3 || index === 4 ? sum : sum + value), 0);
  } catch {
    return Number.NaN;
  }
}

/** The CPU used so far by the server processes, the cluster under `postmaster`, this process and the machine. */
export function readCpu(serverPids: readonly number[], postmaster: number): CpuReading {
  let server = 0;
  for (const pid of serverPids) server += procStat(pid)?.own ?? 0;
  const main = procStat(postmaster);
  let postgres = main ? main.own + main.children : Number.NaN;
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    postgres = Number.NaN;
  }
  for (const pid of entries) {
    const stat = procStat(pid);
    if (stat?.ppid === postmaster) postgres += stat.own;
  }
  const usage = process.cpuUsage();
  return {
    server: server * TICK_MS,
    postgres: postgres * TICK_MS,
    client: (usage.user + usage.system) / 1000,
    machine: machineBusy() * TICK_MS,
  };
}

/** CPU used per variant: each phase's difference of readings added to the variant whose phase it was. */
export class CpuLedger<V> {
  private readonly used = new Map<V, CpuReading>();
  private last: CpuReading;

  constructor(private readonly read: () => CpuReading) {
    this.last = read();
  }

  /** Ends the phase of `variant`: what was used since the last call is that variant's. */
  close(variant: V): void {
    const now = this.read();
    const sum = this.used.get(variant) ?? { server: 0, postgres: 0, client: 0, machine: 0 };
    for (const key of ['server', 'postgres', 'client', 'machine'] as const) sum[key] += now[key] - this.last[key];
    this.used.set(variant, sum);
    this.last = now;
  }

  /** CPU ms per call of each side for `variant`, and the rest of the machine's ("others"). */
  perCall(variant: V, calls: number): { server: number; postgres: number; client: number; others: number } {
    const used = this.used.get(variant) ?? { server: 0, postgres: 0, client: 0, machine: 0 };
    const per = (ms: number) => (calls > 0 ? ms / calls : Number.NaN);
    return {
      server: per(used.server),
      postgres: per(used.postgres),
      client: per(used.client),
      others: per(used.machine - used.server - used.postgres - used.client),
    };
  }

  /** The cores busy on average during `variant`'s phases (all processes), given their length in s. */
  coresBusy(variant: V, seconds: number): number {
    const used = this.used.get(variant);
    return used ? used.machine / 1000 / seconds : Number.NaN;
  }
}
