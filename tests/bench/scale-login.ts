// Run by scale.bench.ts in a fresh process: logs in on the data folder given as its argument (the
// account from CTER_BENCH_LOGIN, JSON) and prints, as one JSON line, the process's RSS right after
// the log-in and again after the background check of the file and the start page (Mijn werk).
import { createCore } from '../../src-main/core/core';
import { ok, options } from './bench-core';

async function main() {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: scale-login.ts DATA_DIR');
  const account = JSON.parse(process.env['CTER_BENCH_LOGIN'] ?? '{}') as { username: string; password: string };
  const core = createCore(options(dataDir));
  try {
    await ok(core, 'session:login', account);
    const afterLogin = process.memoryUsage().rss;
    await core.workspace.integrity.settled();
    await ok(core, 'work:mine', {});
    const afterStart = process.memoryUsage().rss;
    console.info(JSON.stringify({ afterLogin, afterStart }));
  } finally {
    await core.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
