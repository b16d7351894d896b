// Unit tests (beside the code, *.test.ts) and integration tests (tests/integration) under Node.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: [
      'src-*/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/bench/**/*.test.ts',
      'tests/docs/**/*.test.ts',
      'tests/lint/**/*.test.ts',
    ],
    environment: 'node',
    // One private PostgreSQL cluster for the run; each test file makes its own database in it.
    globalSetup: ['tests/support/postgres-global.ts'],
    // Key derivation is deliberately slow; give the suites that use it room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The JSON report feeds the pass/fail summary of .ci/run.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
