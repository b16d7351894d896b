// Unit tests (beside the code, *.test.ts) and integration tests (tests/integration) under Node,
// in two vitest projects: `sqlcipher` (everything, as always) and `postgres` (the engine-neutral
// integration files once more, each core on a fresh PostgreSQL database: CTER_TEST_ENGINE=postgres,
// see tests/integration/helpers.ts). One engine: `npx vitest run --config tests/vitest.config.mts
// --project postgres <files>`.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Integration files that are engine-neutral: they make their cores with `makeCore` and
 * `withDatabase`, so under CTER_TEST_ENGINE=postgres they run unchanged on PostgreSQL. Left out,
 * and why:
 * - about the SQLCipher file itself (key slots, rekey, file backups and restores, crashes half-way
 *   through a file write, damaged files, page encryption, the key file and the file lock, key-
 *   derivation processes, `cter` on a --db file: backup, rekey, recovery key, what destruction
 *   leaves in the file's pages and the FTS5 index segments): backup, cli, cli-channels, crash,
 *   damaged-files, destruction-copies, destruction-remains-file, rekey, restore-crash,
 *   restore-together, restore-window, retention-rights-file, secrecy, session-slots, slot-crash, throttle-processes.
 * - already both engines inside one file (each test names its store): postgres-*, portable-sql,
 *   storage-errors (a save the disk refuses: full or read-only), migration-failure (a migration
 *   that fails half-way), search-relevance, figure-counts,
 *   convenant-questions-migration (0027 on PostgreSQL; SQLite's
 *   side is beside the migration), name-key-solo-migration (0028, the same), round-house-migration
 *   (0033, the same), name-key-solo-index-migration (0034, the same); or PostgreSQL only, on a store of their own (the CTER server's sessions, its
 *   HTTPS transport, its events and its faults, `cter server init` and `cter server check`, the
 *   desktop's client of it, several houses on one server): server-sessions, server-http,
 *   server-events, server-faults, server-admin, server-client-certificate, server-houses,
 *   team-client. They run in the `sqlcipher` project, which has the run's PostgreSQL cluster too.
 * - no database at all: i18n-*.
 * Unit tests beside the code are not in it: those that open a database (core/access/access.test.ts,
 * db/migrations/*.test.ts) open a SQLCipher file of their own and write through its handle, not
 * through makeCore/withDatabase; their PostgreSQL side is postgres-rls and postgres-schema.
 */
const POSTGRES_FILES = [
  'evaluations-province-pool',
  'audit',
  'case-list-pages',
  'case-dossier',
  'casework',
  'concurrency',
  'convenant',
  'dates-edges',
  'convenant-questions',
  'demo',
  'destruction-remains',
  'disclosure-demo',
  'duplicate-person',
  'duplicate-recall',
  'evaluations',
  'evaluations-demo',
  'evaluations-drafts',
  'evaluations-houses',
  'evaluations-invited',
  'evaluations-kiosk',
  'evaluations-kiosk-window',
  'experts',
  'experts-houses',
  'figures-houses',
  'input-bounds',
  'input-characters',
  'input-dates',
  'input-limits',
  'lists',
  'meetings',
  'meetings-checkin',
  'meetings-colleagues',
  'meetings-context',
  'meetings-lease',
  'meetings-states',
  'mentoring',
  'mentoring-demo',
  'mentoring-houses',
  'my-work-pages',
  'need-to-know-meetings',
  'need-to-know-mentoring',
  'permissions',
  'retention-rights',
  'session',
];

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    // The run's temporary folders in one folder of its own, removed at the end (run-tmp.ts); then
    // one private PostgreSQL cluster per project, in it; each test file makes its own database there.
    globalSetup: ['tests/support/run-tmp.ts', 'tests/support/postgres-global.ts'],
    // A query sent on a PostgreSQL client still running another fails the test (pg 9 will throw).
    // New key slots at scrypt's lowest accepted cost (tests/support/cheap-key-derivation.ts).
    setupFiles: ['tests/support/one-query-per-client.ts', 'tests/support/cheap-key-derivation.ts'],
    // Two test files at a time. Vitest's default is one fewer than the cores, which on the two-core
    // CI machine is one: the whole suite ran file after file (its Duration's parts, 863 of 941 s, add
    // up to the wall time) while much of each file's time is waiting on PostgreSQL, child processes
    // and the disk. Files were already independent (each its own database and temporary folders).
    // On a machine with more cores the default stands (docs/developer/testing.md, "Vitest's workers").
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Key derivation is deliberately slow; give the suites that use it room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The JSON report (both projects in one file) feeds the pass/fail summary of .ci/run.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlcipher',
          include: [
            'src-*/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/bench/**/*.test.ts',
            'tests/docs/**/*.test.ts',
            'tests/lint/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: POSTGRES_FILES.map((file) => `tests/integration/${file}.test.ts`),
          env: { CTER_TEST_ENGINE: 'postgres' },
        },
      },
    ],
  },
});
