// How a CTER server process is started: Node's flags for it, written once here and carried by every
// place that starts one (deploy/cter-server.service's ExecStart, `npm run server`, the installation
// docs; launch.test.ts checks that they agree), and by the engines bench, which measures PostgreSQL's
// core as the server runs it (tests/bench/run.ts).
//
// `--max-semi-space-size`: the young generation's semi-spaces (MB each; V8's default on 64-bit is
// 16). A PostgreSQL call is asynchronous: a scavenge that falls while `pg` reads an answer finds
// its rows and strings alive, copies them, and at the second promotes them to the old generation.
// With larger semi-spaces the server scavenges less often and promotes less (docs/benchmarks.md,
// "The server's young generation"). Its cost: the young generation may grow to three semi-spaces,
// 3 × 64 = 192 MB instead of 48 MB, reserved only as the process needs it.
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/** Whether Node was started with every flag of SERVER_NODE_FLAGS (on its command line or in NODE_OPTIONS). */
export function launchedWithServerFlags(execArgv: readonly string[], nodeOptions = ''): boolean {
  const given = new Set([...execArgv, ...nodeOptions.split(/\s+/).filter(Boolean)]);
  return SERVER_NODE_FLAGS.every((flag) => given.has(flag));
}
