// The Electron end-to-end suite: the built app in a real Electron, where a binary exists.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e-electron/artifacts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e-electron/results.json' }]],
});
