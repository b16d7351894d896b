// The CTER server under load (issue 18): USERS simulated users (accounts of three roles in three
// regions, one server session each) against one `cter server` process on loopback, for SECONDS,
// each doing a realistic mix with a think time between actions: case search (names, years, case
// numbers from casework.bench.ts's mix), open a dossier found by the search, Mijn werk, register a
// signal (the roles that may), autosave the minutes of an agenda item of their own. Measured in the
// client: per operation the time from sending the request to the whole answer, p50/p95/p99. The
// calls go as a workstation sends them (server-load-users.ts: the workstation's own client, a TLS
// connection per call, a change sent again with its request key after a broken connection or a
// 502/503); a call that still fails (an error Result, no answer) counts as an error (aim 0).
// Afterwards the audit chain must verify and every acknowledged write must be in the database (each
// signal by its id; each item's minutes at the version of its last acknowledged save). Aim: p95 <
// 150 ms. The files: server-load-setup.ts (settings, data, server processes), server-load-users.ts
// (the mix and how it is sent), server-load-report.ts (checks and figures), server-load-burst.ts
// (the log-in burst), server-load-timeline.ts, -cpu.ts, -probe.ts (when, and at what CPU cost).
//
// The data: the engines bench's generator (generate() in engines.bench.ts: persons, casus, signals,
// actions, monitoring) at PERSONS persons, loaded as the superuser into a private PostgreSQL cluster
// started here with fsync and synchronous commit on; the application and the server connect as the
// ordinary role `cter_app` (row security on), as in production. The server is a child process
// (`cter server --data`, as deploy/cter-server.service starts it), so its event loop is not the
// clients'; the clients and the server share the machine's cores.
//
// Overridable for a quick run: CTER_BENCH_LOAD_PERSONS (default 50,000: at 100,000 a year holds more than the 9,999 case numbers CTER-yyyy-nnnn has room for), CTER_BENCH_USERS (50),
// CTER_BENCH_SECONDS (60), CTER_BENCH_THINK_MS (mean think time between a user's actions, 1,000:
// a real user acts every few seconds at most, so this is a heavy hour's load).
// `CTER_BENCH_LOAD_PERSONS=2000 CTER_BENCH_SECONDS=10 npm run bench -- --only server-load`.
// CTER_BENCH_SERVER_NODE_ARGS passes Node options to the server processes, e.g.
// `--cpu-prof --cpu-prof-dir=/tmp/prof` (written when the bench stops them with SIGTERM).
//
// Growing by processes (issue 18, item 5: sessions in PostgreSQL, no state in the process):
// CTER_BENCH_SERVERS=2 starts two `cter server` processes on the same database and compares, in one
// run, one process (every call to the first) with two (each user's calls alternating between them,
// as a load balancer without sticky sessions sends them), in phases of PHASE_SECONDS taking turns
// (A B A B …) so the machine's load falls on both alike; SECONDS is then each variant's total.
//
// Comparing two versions of the server (e.g. before and after a change): CTER_BENCH_COMPARE_ROOT=DIR
// names another checkout of the repository (with node_modules; the same schema version, as both
// serve one database). One server process runs from DIR, one from this checkout, and the phases
// take turns between them (every call of a phase to the one process), as with CTER_BENCH_SERVERS.
// Per variant the bench also reports the CPU time per call of the server processes, PostgreSQL,
// its own clients and the rest of the machine (server-load-cpu.ts), the case search per kind of
// query, and how many connections the clients opened (one per attempt: the retries).
//
// When the slow calls happen (server-load-timeline.ts): each call's start, operation and time,
// printed per 5 s window beside PostgreSQL's application backends (sampled: most at once, busy,
// newly opened), its checkpoints and autovacuum runs (its log), and each server process's GC and
// event-loop delay (server-load-probe.ts, loaded into the servers with --import); each operation's
// p95 also without the first 5 s. The log-ins before the run go one at a time (each timed: a
// team's log-ins come over the morning). Then, per process, every user's first call (Mijn werk) at
// once, and the same call at once again: their own figures, before the measured run (a failed one
// is an error of the run); with CTER_BENCH_FIRST_CALLS=in-run none, and the run starts cold. After the run every user logs in again at once, against a fresh process
// per setting of the password-hash bound (server-load-burst.ts): its own figures, so it neither
// warms nor loads the measured run.
import { mkdtempSync, rmSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TeamClient } from '../../src-main/team/client';
import { percentile, type BenchSuite, type Figure } from './bench';
import { CpuLedger, readCpu } from './server-load-cpu';
import {
  ActivitySampler,
  logCheckpointsAndAutovacuum,
  readPostgresLog,
  readProbe,
  timelineReport,
} from './server-load-timeline';
import { BURST_SETTINGS, burstReport, loginBurst, type BurstOutcome } from './server-load-burst';
import { checkAfterwards, runReport } from './server-load-report';
import {
  elapsed,
  makeTls,
  PHASE_SECONDS,
  ROOTS,
  SECONDS,
  seed,
  SERVERS,
  startServer,
  stopServer,
  USERS,
  VARIANTS,
  workstationClient,
  type Opened,
} from './server-load-setup';
import { allAtOnce, counting, logIn, runUser, RunLedger, type RunContext } from './server-load-users';

/**
 * CTER_BENCH_FIRST_CALLS=in-run: no calls before the measured run, whose first seconds are then the
 * server's first calls (each user's first action within one think time of the start, as users
 * come); default `apart`: every user's first call at once before it, its own figure.
 */
const FIRST_CALLS_APART = process.env['CTER_BENCH_FIRST_CALLS'] !== 'in-run';
const slowest = (list: number[]) => percentile(list, 100).toFixed(0);

export const suite: BenchSuite = {
  name: 'server-load',
  async run(): Promise<Figure[]> {
    const dir = mkdtempSync(join(tmpdir(), 'cter-bench-load-'));
    const opened: Opened = {};
    const servers: ChildProcess[] = [];
    try {
      const started = process.hrtime.bigint();
      const seeded = await seed(dir, opened);
      const { cluster, superuser, users } = seeded;
      console.info(`   set-up: ${(elapsed(started) / 1000).toFixed(1)} s`);

      // The servers: processes of their own on loopback; the workstation's client for each.
      const tls = makeTls(dir);
      const probeFile = join(dir, 'probe.jsonl');
      await logCheckpointsAndAutovacuum(superuser);
      const tally = { attempts: 0 };
      const clients: TeamClient[] = [];
      for (let n = 0; n < SERVERS; n++) {
        const { child, port } = await startServer(dir, ROOTS[n]!, seeded.store, tls, probeFile);
        servers.push(child);
        clients.push(counting(workstationClient(port, tls.fingerprint), tally));
      }

      // One after the other, as a team's log-ins come over the morning; a burst of them all at once
      // is measured on its own after the run (so it does not warm the server for the run).
      const oneByOne: number[] = [];
      for (const user of users) {
        const begin = process.hrtime.bigint();
        user.token = await logIn(clients[0]!, user);
        oneByOne.push(elapsed(begin));
      }
      const ledger = new RunLedger(VARIANTS);
      // The first calls after a process started, every user's at once (Mijn werk), and then the same
      // again at once: their own figures, before the measured run (docs/benchmarks.md). A call of
      // either not answered is an error of the run. With more than one process each answers them,
      // so none starts the comparison cold.
      const firstCalls: number[] = [];
      const secondCalls: number[] = [];
      for (const client of FIRST_CALLS_APART ? clients : []) {
        firstCalls.push(...(await allAtOnce(client, users, ledger, 'first call after start')));
        secondCalls.push(...(await allAtOnce(client, users, ledger, 'the same call again')));
      }
      if (FIRST_CALLS_APART)
        console.info(
          `   first calls after start: ${firstCalls.length} of ${users.length * clients.length} answered, ` +
            `slowest ${slowest(firstCalls)} ms; the same again at once: slowest ${slowest(secondCalls)} ms`,
        );

      // The run.
      let phase = VARIANTS[0]!;
      const loadStart = loadavg()[0]!;
      const pids = () => servers.map((server) => server.pid!);
      const cpu = new CpuLedger<(typeof VARIANTS)[number]>(() => readCpu(pids(), cluster.pid));
      const until = Date.now() + SECONDS * 1000 * VARIANTS.length;
      const phases =
        VARIANTS.length > 1
          ? setInterval(() => {
              cpu.close(phase);
              phase = VARIANTS[(VARIANTS.indexOf(phase) + 1) % VARIANTS.length]!;
            }, PHASE_SECONDS * 1000)
          : undefined;
      const context: RunContext = { seeded, clients, ledger, phase: () => phase, until };
      const sampler = new ActivitySampler(superuser, () => readCpu(pids(), cluster.pid));
      await sampler.start();
      tally.attempts = 0;
      const errorsBefore = ledger.errorCount;
      const runStart = process.hrtime.bigint();
      const runStartedAt = Date.now();
      await Promise.all(users.map((user) => runUser(context, user)));
      clearInterval(phases);
      cpu.close(phase);
      sampler.stop();
      const attempts = tally.attempts;
      const attempted = ledger.calls() + ledger.errorCount - errorsBefore;
      const runSeconds = elapsed(runStart) / 1000;
      const loadEnd = loadavg()[0]!;
      for (const line of timelineReport(
        runStartedAt,
        ledger.timeline,
        sampler.samples,
        readProbe(probeFile),
        readPostgresLog(join(cluster.socketDir, 'server.log'), runStartedAt),
      ))
        console.info(line);

      // Afterwards: the chain verifies, and every acknowledged write is there.
      const afterwards = await checkAfterwards(seeded, ledger);
      const report = runReport({
        ...{ ledger, afterwards, cpu, runSeconds, runStartedAt, loadStart, loadEnd },
        ...{ attempts, attempted, oneByOne, firstCalls, secondCalls },
      });
      for (const line of report.lines) console.info(line);

      // The log-in burst, against fresh processes (the run's are stopped first: their cores free).
      for (const server of servers) await stopServer(server);
      const outcomes: BurstOutcome[] = [];
      // CTER_BENCH_BURST=0 leaves it out (a quick run about the steady state or the start).
      for (const setting of process.env['CTER_BENCH_BURST'] === '0' ? [] : BURST_SETTINGS)
        outcomes.push(await loginBurst(dir, ROOTS.at(-1)!, seeded, tls, probeFile, setting));
      const burst = burstReport(outcomes, USERS);
      for (const line of burst.lines) console.info(line);
      return [...report.figures, ...burst.figures];
    } finally {
      for (const server of servers) await stopServer(server);
      await opened.superuser?.end().catch(() => undefined);
      await opened.admin?.close().catch(() => undefined);
      opened.cluster?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
