// "Never lose a word": a notulist's process is killed (SIGKILL, as in a power cut or crash) while it
// is saving minutes, again and again at random moments. After each kill the database opens and the
// minutes are there as last acknowledged, or newer: the text of one whole save, never a torn one.
// The process killed is the one that writes (node with tsx as a loader, not the tsx wrapper, whose
// child would survive the wrapper's death and die later, between saves).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import { addAccount, call, loginAs, makeCore, RESOURCES_DIR, withDatabase } from './helpers';

const ROOT = resolve(__dirname, '../..');
/** Rounds are started until this much time has gone by (each logs in: a slow key derivation)... */
const BUDGET_MS = 25_000;
/** ...but never fewer or more than these. */
const MIN_ROUNDS = 3;
const MAX_ROUNDS = 30;

interface Minutes {
  duiding: string;
  spentSeconds: number;
}

/** Exactly the text of one save (never a torn one), not older than the last acknowledged. */
function expectWhole(minutes: Minutes, acked: number) {
  const words = minutes.duiding ? minutes.duiding.split(' ').length : 0;
  expect(minutes.duiding).toBe('woord '.repeat(words).trim());
  expect(words).toBeGreaterThanOrEqual(acked);
  expect(minutes.spentSeconds).toBe(words);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface Round {
  seen: Minutes;
  acked: number;
}

interface Writer {
  /** Lets the loaded writer open the database and save; kills it at a random moment. */
  run(): Promise<Round>;
  /** Ends a writer that never ran. */
  discard(): void;
}

/**
 * Starts a writer process, which loads and then waits: loading (tsx, TypeORM) is the slow part on
 * a busy machine, so the next writer loads while the current one saves.
 */
function writer(args: string[]): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fixtures/minutes-writer.ts'), ...args], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const killAfter = 1 + Math.floor(Math.random() * 25);
  const extraDelayMs = Math.random() < 0.5 ? 0 : Math.random() * 15;
  let out = '';
  let errors = '';
  let acked = 0;
  let writerPid = 0;
  let seen: Minutes | null = null;
  let killing = false;
  let loaded: () => void = () => undefined;
  const isLoaded = new Promise<void>((done) => (loaded = done));
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const finished = new Promise<Round>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split('\n');
      out = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('PID ')) {
          writerPid = Number(line.slice(4));
          loaded();
        } else if (line.startsWith('SEEN ')) seen = JSON.parse(line.slice(5)) as Minutes;
        else if (line.startsWith('ACK ')) acked = Math.max(acked, Number(line.slice(4)));
      }
      if (!killing && seen && acked - seenWords(seen) >= killAfter) {
        killing = true;
        // Whatever it is doing at that instant (mostly: in the middle of a save) is cut off.
        setTimeout(() => child.kill('SIGKILL'), extraDelayMs);
      }
    });
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' || !seen) fail(new Error(`writer stopped by itself (${code ?? signal}): ${errors}`));
      else done({ seen, acked });
    });
  });
  return {
    async run() {
      await Promise.race([isLoaded, finished]);
      // The process to be killed is the writer itself, not a wrapper around it...
      expect(writerPid).toBe(child.pid);
      child.stdin.write('GO\n');
      const result = await finished;
      // ...and once killed, it is gone.
      expect(alive(writerPid)).toBe(false);
      return result;
    },
    discard() {
      finished.catch(() => undefined);
      child.kill('SIGKILL');
    },
  };
}

function seenWords(seen: Minutes): number {
  return seen.duiding ? seen.duiding.split(' ').length : 0;
}

describe('crash safety of the minutes', () => {
  it(
    'keeps every acknowledged save after SIGKILL of the writing process, many times',
    { timeout: 120_000 },
    async () => {
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

      const args = [dataDir, RESOURCES_DIR, notulist.username, notulist.password, String(meeting.id), String(itemId)];
      const started = Date.now();
      let lastAcked = 0;
      let rounds = 0;
      let next = writer(args);
      try {
        while (rounds < MIN_ROUNDS || (rounds < MAX_ROUNDS && Date.now() - started < BUDGET_MS)) {
          const current = next;
          next = writer(args);
          const result = await current.run();
          // The writer opened the database after the previous kill and found the last acknowledged save.
          expectWhole(result.seen, lastAcked);
          expect(result.acked).toBeGreaterThan(seenWords(result.seen));
          lastAcked = result.acked;
          rounds += 1;
        }
      } finally {
        next.discard();
      }

      // And after the last kill, as the app would open it.
      const { core: reopened } = makeCore(dataDir);
      await call(reopened, 'session:login', { username: notulist.username, password: notulist.password });
      const after = await call<MeetingView>(reopened, 'meetings:get', { id: meeting.id });
      expectWhole({ duiding: after.items[0]!.minutes.duiding, spentSeconds: after.items[0]!.spentSeconds }, lastAcked);
      await reopened.close();
      console.info(`crash test: ${rounds} kills in ${Math.round((Date.now() - started) / 1000)} s`);
    },
  );
});
