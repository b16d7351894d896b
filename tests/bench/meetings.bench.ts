// Issue 6's figures: with 10,000 earlier meetings in the database, the autosave round trip of one
// agenda item through the service layer (median and p99), and opening a meeting of 25 items.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertAccount } from '../../src-main/core/accounts/account-service';
import { createCore } from '../../src-main/core/core';
import { memoryLogger } from '../../src-main/core/logger';
import { percentile, timeRuns, type BenchSuite } from './bench';
import { SAMPLE_MINUTES, seedEarlierMeetings } from './meetings-seed';

const PASSWORD = 'meting van de notulen 2026';

export const suite: BenchSuite = {
  name: 'meetings',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'cter-bench-meetings-'));
    const path = join(dir, 'cter.db');
    const core = createCore({
      dataDir: dir,
      databasePath: path,
      resourcesDir: join(__dirname, '../../resources'),
      appVersion: 'bench',
      logger: memoryLogger(),
      idleCheckMs: 0,
    });
    try {
      await core.setup.createDatabase(path, {
        demo: false,
        username: 'beheer',
        password: PASSWORD,
        displayName: 'Beheer',
      });
      const ws = core.workspace;
      const slot = await ws.vault().addPasswordSlot(ws.requireOpen().key, 'notulist', PASSWORD);
      await ws.transaction((m) =>
        insertAccount(m, new Date(), {
          username: 'notulist',
          displayName: 'Notulist',
          roles: ['notulist'],
          regionIds: [1, 2, 3],
          keySlotId: slot,
          mustChangePassword: false,
        }),
      );
      // 10,000 earlier meetings of 8 items each, with realistic minutes.
      seedEarlierMeetings(core);
      const minutes = JSON.stringify(SAMPLE_MINUTES);
      await core.sessions.end('logout');
      await core.dispatch('session:login', { username: 'notulist', password: PASSWORD });

      const created = await core.dispatch('meetings:create', {
        type: 'ico',
        title: 'Bench-overleg',
        datum: '2026-11-29',
        starttijd: '10:00',
        regionId: 1,
      });
      if (!created.ok) throw new Error(created.error.code);
      const id = (created.value as { id: number }).id;
      const items = Array.from({ length: 25 }, (_, i) => ({
        kind: 'overig',
        title: `Agendapunt ${i + 1}`,
        plannedMinutes: 10,
      }));
      const agenda = await core.dispatch('meetings:save-agenda', { id, items });
      if (!agenda.ok) throw new Error(agenda.error.code);
      const itemIds = (agenda.value as { items: { id: number }[] }).items.map((i) => i.id);
      for (const itemId of itemIds) {
        await core.dispatch('meetings:save-item', { itemId, spentSeconds: 0, minutes: JSON.parse(minutes) as object });
      }

      let text = '';
      const autosave = await timeRuns(300, async (n) => {
        text += n % 7 === 0 ? '\n' : 'woord ';
        const result = await core.dispatch('meetings:save-item', {
          itemId: itemIds[n % 25],
          spentSeconds: n,
          minutes: { inbreng: [], duiding: text, besluiten: [], acties: [] },
        });
        if (!result.ok) throw new Error(result.error.code);
      });
      const open = await timeRuns(50, async () => {
        const result = await core.dispatch('meetings:get', { id });
        if (!result.ok) throw new Error(result.error.code);
      });
      return [
        {
          name: 'minutes: autosave round trip (10,000 earlier meetings)',
          unit: 'ms',
          samples: autosave,
          target: { max: 30 },
        },
        {
          name: 'minutes: autosave round trip, p99',
          unit: 'ms',
          samples: [percentile(autosave, 99)],
          target: { max: 30 },
        },
        { name: 'minutes: open a meeting with 25 items', unit: 'ms', samples: open, target: { max: 100 } },
      ];
    } finally {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
