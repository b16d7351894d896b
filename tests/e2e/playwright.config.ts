// Renderer end-to-end suite: the built renderer in Debian's Chromium, against the real core.
// `npx playwright install` cannot download browsers here, so the executable is always given.
// Three projects: `sqlcipher` runs every spec on the embedded SQLCipher file; `postgres` runs the
// specs in POSTGRES_SPECS with core on a PostgreSQL database of its own per test, in one private
// cluster that globalSetup starts for the run (harness/postgres-global.ts); `server` runs the few
// in SERVER_SPECS in team mode: the page's bridge goes to the desktop's remote bridge, which calls
// a real CTER server over HTTPS on loopback, on a database of that cluster (harness/team-server.ts).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './harness/chromium-args';
import type { EngineOption } from './harness/fixtures';

// Core runs in the test worker and reads calendar days in that process's time zone; the page runs
// in Europe/Amsterdam (timezoneId below). The same zone for both, whatever the machine's is.
process.env['TZ'] = 'Europe/Amsterdam';

export const CHROMIUM_PATH = chromiumPath();

/**
 * The specs that also run against PostgreSQL: the case workflow and the meetings, and the other
 * engine-neutral case work (search with need-to-know, registration, Mijn werk, a shielded agenda
 * item, a stale save refused). Specs about the SQLCipher file itself (set-up wizard, key slots,
 * backups, demo) stay on the file.
 */
export const POSTGRES_SPECS = [
  'casus-werkstroom.spec.ts',
  'overleg.spec.ts',
  'casussen-zoeken.spec.ts',
  'signaal-registreren.spec.ts',
  'mijn-werk.spec.ts',
  'overleg-afgeschermd.spec.ts',
  'gelijktijdig-bewerken.spec.ts',
  'overleg-uitchecken.spec.ts',
];

/**
 * The specs that run in team mode against a real CTER server (issue 18): the case workflow and the
 * meetings with live minutes, their prints to PDF and paper included (the server hands the print
 * view's layout to the workstation, which renders it), plus server.spec.ts (the connection and
 * log-in themselves) and overleg-offline.spec.ts (offline minutes on the laptop), and
 * notuleren-keuzelijst.spec.ts (a choice list and typing while an autosave answers over HTTPS).
 * Few on purpose: each test starts a server, and the other specs' paths through core are the same.
 */
export const SERVER_SPECS = [
  'casus-werkstroom.spec.ts',
  'overleg.spec.ts',
  'server.spec.ts',
  'overleg-offline.spec.ts',
  'notuleren-keuzelijst.spec.ts',
];

/** Specs of team mode itself: on the `server` project only (a CTER server and a workstation). */
const SERVER_ONLY_SPECS = ['server.spec.ts', 'overleg-offline.spec.ts'];

export default defineConfig<object, EngineOption>({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // First the run's temporary folder, in memory where there is room (tests/support/run-tmp.ts, as
  // vitest's): every test's data folder and database, the browsers' profiles and the PostgreSQL
  // cluster go there, and the application's syncs to disk (SQLCipher's synchronous=FULL, fsync of
  // key files and backups) no longer wait on the disk (docs/developer/testing.md, "Keeping the
  // renderer suite fast (2026-12-07)"). Workers inherit TMPDIR. Then core's worker bundled once for
  // the run (harness/core-worker-bundle.ts), then the PostgreSQL cluster.
  globalSetup: ['../support/run-tmp.ts', './harness/core-worker-bundle.ts', './harness/postgres-global.ts'],
  outputDir: '../../test-results/e2e/artifacts',
  // A limit, not a timing: logins, password changes and new accounts each derive a key (scrypt; the
  // harness gives new slots the lowest cost, but a slot of the app's own can cost a second), and
  // with two workers on a two-core machine a keyboard-only registration types a few hundred keys.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e/results.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // `sqlcipher` with the system's animations off (prefers-reduced-motion: the app then draws no
    // transitions, kit/theme.ts): 11 % and 19 % less CPU in two interleaved samples (24 and 20
    // tests), not yet seen in CI's wall time (docs/developer/testing.md, "Reduced motion in the
    // sqlcipher project"). `postgres` and
    // `server` keep the animations users see by default, so both ways are run; harness/motion.ts
    // checks each where a spec runs on more than one project.
    { name: 'sqlcipher', testIgnore: SERVER_ONLY_SPECS, use: { engine: 'sqlcipher', reducedMotion: 'reduce' } },
    { name: 'postgres', testMatch: POSTGRES_SPECS, use: { engine: 'postgres' } },
    // A longer limit: every call is an HTTPS round trip with a TLS handshake of its own (the client
    // pins each connection) and a session read and write at the server; typing live minutes makes
    // many, and on a busy two-core machine one can take a second.
    {
      name: 'server',
      testMatch: SERVER_SPECS,
      timeout: 240_000,
      use: { engine: 'server' },
    },
  ],
});
