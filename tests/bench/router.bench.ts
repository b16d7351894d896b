// The bridge's own overhead: a call through router.dispatch (validation, dispatch, result).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../src-main/core/core';
import { memoryLogger } from '../../src-main/core/logger';
import { timeRuns, type BenchSuite } from './bench';

export const suite: BenchSuite = {
  name: 'bridge',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'cter-bench-'));
    const core = createCore({
      dataDir: dir,
      resourcesDir: join(__dirname, '../../resources'),
      appVersion: 'bench',
      logger: memoryLogger(),
      idleCheckMs: 0,
    });
    try {
      const info = await timeRuns(2000, () => core.dispatch('app:info', {}));
      const invalid = await timeRuns(2000, () => core.dispatch('app:set-locale', { locale: 'xx' }));
      return [
        { name: 'router: app:info round trip', unit: 'ms', samples: info, target: { max: 0.5 } },
        { name: 'router: invalid input rejected', unit: 'ms', samples: invalid, target: { max: 0.5 } },
      ];
    } finally {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
