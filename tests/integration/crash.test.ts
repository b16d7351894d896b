// "Never lose a word": a notulist's process is killed (SIGKILL, as in a power cut or crash) while it
// is saving minutes. After reopening, the minutes are there as last acknowledged, or newer.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import { addAccount, call, loginAs, makeCore, RESOURCES_DIR, withDatabase } from './helpers';

const ROOT = resolve(__dirname, '../..');

describe('crash safety of the minutes', () => {
  it('keeps every acknowledged save after SIGKILL', { timeout: 120_000 }, async () => {
    const { core, dataDir } = makeCore();
    await withDatabase(core);
    const notulist = await addAccount(core, { username: 'notulist', roles: ['notulist'], regionIds: [1] });
    await loginAs(core, notulist);
    const meeting = await call<MeetingView>(core, 'meetings:create', {
      type: 'ico',
      title: 'Casusoverleg (fictief)',
      datum: '2026-11-29',
      starttijd: '10:00',
      regionId: 1,
    });
    const agenda = await call<MeetingView>(core, 'meetings:save-agenda', {
      id: meeting.id,
      items: [{ kind: 'overig', title: 'Notulen' }],
    });
    const itemId = agenda.items[0]!.id;
    await core.close();

    const child = spawn(
      join(ROOT, 'node_modules/.bin/tsx'),
      [
        join(__dirname, 'fixtures/minutes-writer.ts'),
        dataDir,
        RESOURCES_DIR,
        notulist.username,
        notulist.password,
        String(itemId),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let acked = 0;
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        for (const match of chunk.toString().matchAll(/ACK (\d+)/g)) acked = Math.max(acked, Number(match[1]));
        // Kill it mid-stream, some saves in: whatever it was doing at that instant is cut off.
        if (acked >= 40) {
          child.kill('SIGKILL');
          done();
        }
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') fail(new Error(`writer stopped by itself (${code}): ${errors}`));
      });
    });
    await new Promise((done) => child.once('close', done));

    const { core: reopened } = makeCore(dataDir);
    await call(reopened, 'session:login', { username: notulist.username, password: notulist.password });
    const after = await call<MeetingView>(reopened, 'meetings:get', { id: meeting.id });
    const text = after.items[0]!.minutes.duiding;
    const words = text.split(' ').length;
    // Exactly the text of one save (never a torn one), and not older than the last acknowledged.
    expect(text).toBe('woord '.repeat(words).trim());
    expect(words).toBeGreaterThanOrEqual(acked);
    expect(after.items[0]!.spentSeconds).toBe(words);
    await reopened.close();
  });
});
